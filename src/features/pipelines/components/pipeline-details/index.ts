export {
  PipelineDetails,
  type DetailHeader,
  type PipelineDetailsProps,
  type VersionGraphProps,
} from './pipeline-details';
export { GraphWithPanel } from './graph-layout';
