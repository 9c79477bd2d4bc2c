export {
  RecurringRunsTable,
  type RecurringRunsTableProps,
} from './components/recurring-runs-table';
export { recurringRunKeys, type RecurringRunListRequest } from './api/recurring-run-keys';
export { recurringRunQueries, useSetRecurringRunsEnabled } from './api/recurring-run-queries';
export {
  RecurringRunActions,
  RecurringRunDetails,
  RecurringRunStatus,
} from './components/recurring-run-details';
export { recurringRunDetailQueries } from './api/recurring-run-detail-queries';
