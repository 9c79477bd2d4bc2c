export { RunTable, type RunTableRow } from './run-table.tsx';
