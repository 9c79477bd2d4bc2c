export { RunsTable, type RunsTableProps } from './components/runs-table';
export { runKeys, type RunListRequest } from './api/run-keys';
export { ACTIVE_REFRESH_MS, runQueries } from './api/run-queries';
export { useRunBulkAction, type RunBulkAction } from './api/run-mutations';
