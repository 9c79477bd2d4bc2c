export { FactsTable, type Fact } from './facts-table.tsx';
