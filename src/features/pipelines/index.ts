export { PipelinesTable, type PipelinesTableProps } from './components/pipelines-table.tsx';
export {
  pipelineKeys,
  type PipelineListRequest,
  type VersionListRequest,
} from './api/pipeline-keys.ts';
export { pipelineQueries } from './api/pipeline-queries.ts';
