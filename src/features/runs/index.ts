export { RunsTable, type RunsTableProps } from './components/runs-table.tsx';
export { runKeys, type RunListRequest } from './api/run-keys.ts';
export { ACTIVE_REFRESH_MS, runQueries } from './api/run-queries.ts';
export { useRunBulkAction, type RunBulkAction } from './api/run-mutations.ts';
export { RunForm, type RunFormProps } from './components/run-form';
export {
  useRunFormSource,
  type RunFormSource,
  type RunFormSourceParams,
} from './api/create-run-source.ts';
export type { CreatedRun } from './api/create-run-mutations.ts';
export * from './components/run-details';
export { runDetailKeys, runDetailQueries } from './api/run-detail.ts';
export {
  useRunPageData,
  type BuiltGraph,
  type MetadataRead,
  type RunPageSources,
  type RunStateAnswers,
} from './api/use-run-page-data.ts';
export { useRunDetailAction, type RunDetailAction } from './api/run-detail-mutations.ts';
export {
  availableActions,
  experimentIdOf,
  isActiveRunState,
  isArgoWorkflow,
  NODE_TAB_LABELS,
  NODE_TABS,
  parseNodeTab,
  parseRunTab,
  RUN_TAB_LABELS,
  RUN_TABS,
  runParameters,
  specOfRun,
  type NodeTab,
  type RunParameterValue,
  type RunSpecSource,
  type RunTab,
} from './model/run-detail.ts';
