export { PipelineDetails, type DetailHeader, type PipelineDetailsProps } from './pipeline-details';
export type { VersionGraphProps } from './version-section';
export { GraphWithPanel } from './graph-layout';
