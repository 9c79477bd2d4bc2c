export {
  PipelineDetails,
  type DetailHeader,
  type PipelineDetailsProps,
} from './pipeline-details.tsx';
export type { VersionGraphProps } from './version-section.tsx';
export { GraphWithPanel } from './graph-layout.tsx';
