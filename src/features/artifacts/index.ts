/** Public surface of the artifacts feature: ML Metadata's artifacts and executions pages. */
export { ArtifactsTable } from './components/artifacts-table.tsx';
export { ExecutionsTable } from './components/executions-table.tsx';
export { ArtifactDetails, type ArtifactDetailsProps } from './components/artifact-details.tsx';
export { ExecutionDetails, type ExecutionDetailsProps } from './components/execution-details.tsx';
export { NO_METADATA, describeMetadataError, isNoMetadata } from './model/metadata-failure.ts';
export { recordKeys } from './api/record-keys.ts';
