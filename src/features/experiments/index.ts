export { ExperimentsTable } from './components/experiments-table.tsx';
export { experimentKeys, type ExperimentListRequest } from './api/experiment-keys.ts';
export {
  experimentQueries,
  useExperimentBulkAction,
  type ExperimentBulkAction,
} from './api/experiment-queries.ts';
