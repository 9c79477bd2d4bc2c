export {
  RecurringRunsTable,
  type RecurringRunsTableProps,
} from './components/recurring-runs-table.tsx';
export { recurringRunKeys, type RecurringRunListRequest } from './api/recurring-run-keys.ts';
export { recurringRunQueries, useSetRecurringRunsEnabled } from './api/recurring-run-queries.ts';
export {
  RecurringRunActions,
  RecurringRunDetails,
  RecurringRunStatus,
} from './components/recurring-run-details';
export { recurringRunDetailQueries } from './api/recurring-run-detail-queries.ts';
