export { PipelinesTable, type PipelinesTableProps } from './components/pipelines-table';
export {
  pipelineKeys,
  type PipelineListRequest,
  type VersionListRequest,
} from './api/pipeline-keys';
export { pipelineQueries } from './api/pipeline-queries';
