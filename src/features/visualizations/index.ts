/** Public surface of the visualizations feature: routes and other layers import from here. */

// Viewer configs (what is drawn)
export type {
  ConfusionMatrixConfig,
  ErrorConfig,
  MarkdownConfig,
  MetricFormat,
  MetricScalar,
  MetricsConfig,
  RocConfig,
  RocCurve,
  RocPoint,
  TableConfig,
  TensorboardConfig,
  ViewerConfig,
  ViewerType,
  WebAppConfig,
} from './model/viewer-config.ts';

// Loading: v1 mlpipeline-ui-metadata, v2 task artifacts
export {
  loadParsedOutputs,
  loadSourceViewer,
  loadUiMetadataViewers,
  loadV2Viewers,
  readBudget,
  type LoadedViewers,
  type LoadMode,
  type LoadOptions,
  type ReadRequest,
  type ReadText,
  type SkippedOutput,
} from './model/load-viewers.ts';
export { loadedTextFromBytes, peekFor } from './model/read-limit.ts';
export {
  hasV1Visualizations,
  loadV1NodeViewers,
  type ReadNodeArtifact,
} from './model/load-v1-node.ts';
export {
  parseUiMetadata,
  parseUiMetadataText,
  type UiMetadataResult,
} from './model/parse-ui-metadata.ts';
export { buildViewer, mergeViewers, type LoadedText } from './model/build-viewers.ts';
export { metricsFromJson } from './model/build-metrics.ts';
export { decodeReadArtifactResponse } from './model/v1-artifact.ts';
export {
  artifactsFromTaskOutputs,
  readV2Artifact,
  type V2Artifact,
  type V2ArtifactKind,
} from './model/v2-artifact.ts';
export {
  isUiMetadataName,
  visualizationsFromV2Artifacts,
  type V2Visualizations,
} from './model/from-v2-artifacts.ts';
export type { OutputSource, ParsedOutput, SourceContent } from './model/output-source.ts';

export * as limits from './model/limits.ts';
export { formatMetricValue } from './model/format-metric.ts';

// Viewers
export {
  Viewer,
  ViewerCard,
  type ViewerCardProps,
  type ViewerProps,
} from './components/viewer.tsx';
export { VIEWERS, viewerFor, type ViewerEntry } from './components/registry.ts';
export { ViewerSettingsContext, type ViewerSettings } from './components/viewer-settings.ts';
export { tensorboardUrl } from './model/tensorboard-url.ts';

// Data hooks: artifacts/get and ReadArtifact through lib/kfp
export { artifactReader, readV1ArtifactText } from './api/artifact-reader.ts';
export {
  hasV2Visualizations,
  viewerQueries,
  visualizationKeys,
  type V1ViewerTarget,
  type V2ViewerTarget,
} from './api/viewer-queries.ts';

// An artifact's file: size, download, full view, preview (artifacts/get, peek-bounded)
export { ArtifactFile } from './components/artifact-file/artifact-file.tsx';
export {
  ARTIFACT_PEEK_BYTES,
  artifactFileKeys,
  artifactPeekQuery,
  type ArtifactPeek,
} from './api/artifact-file.ts';
export {
  describeSize,
  FULL_VIEW_BYTES,
  sizeFromRead,
  type ArtifactSize,
} from './model/artifact-file.ts';
