export { ExperimentsTable } from './components/experiments-table';
export { experimentKeys, type ExperimentListRequest } from './api/experiment-keys';
export {
  experimentQueries,
  useExperimentBulkAction,
  type ExperimentBulkAction,
} from './api/experiment-queries';
