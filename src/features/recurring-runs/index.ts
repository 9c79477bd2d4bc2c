export { RecurringRunsTable, type RecurringRunsTableProps } from './components/recurring-runs-table';
export { recurringRunKeys, type RecurringRunListRequest } from './api/recurring-run-keys';
export { recurringRunQueries, useSetRecurringRunsEnabled } from './api/recurring-run-queries';
