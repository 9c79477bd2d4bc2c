export { RunTable, type RunTableProps, type RunTableRow } from './run-table';
