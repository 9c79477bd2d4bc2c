import { metricNumber } from './build-metrics.ts';
import { MAX_METRICS } from './limits.ts';
import type { OutputSource } from './output-source.ts';
import { parseStorageUri, type StorageLocation } from '@/lib/kfp/storage-uri.ts';
import { artifactTitle, type V2Artifact } from './v2-artifact.ts';
import { confusionMatrixFromV2, rocFromV2 } from './v2-classification.ts';
import { guarded, toErrorConfig, type MetricScalar, type ViewerConfig } from './viewer-config.ts';

/** What a task's v2 artifacts give: ready configs, files to load, and v1-format metadata files to read. */
export interface V2Visualizations {
  /** Metrics, confusion matrices, ROC curves (not yet merged: pass through mergeViewers) and errors. */
  configs: ViewerConfig[];
  /** system.HTML / system.Markdown: a file at the artifact URI to read, then build with buildViewer. */
  sources: OutputSource[];
  /** Artifacts named `mlpipeline-ui-metadata`: read each file and parse it with parseUiMetadataText. */
  uiMetadata: Array<{ title: string; location: StorageLocation }>;
}

/** Turns a task's output artifacts into viewers. One bad artifact gives one error config, nothing more. */
export function visualizationsFromV2Artifacts(artifacts: readonly V2Artifact[]): V2Visualizations {
  const result: V2Visualizations = { configs: [], sources: [], uiMetadata: [] };
  const metrics = new Map<string, MetricScalar[]>();
  for (const artifact of artifacts) {
    const title = artifactTitle(artifact);
    switch (artifact.kind) {
      case 'metrics':
        collectScalars(artifact, metrics);
        break;
      case 'classification-metrics':
        if (artifact.metadata.confusionMatrix !== undefined) {
          result.configs.push(
            guarded(
              'confusion matrix',
              () => confusionMatrixFromV2(artifact.metadata.confusionMatrix, title),
              title,
            ),
          );
        }
        if (artifact.metadata.confidenceMetrics !== undefined) {
          result.configs.push(
            guarded('roc', () => rocFromV2(artifact.metadata.confidenceMetrics, title), title),
          );
        }
        break;
      case 'html':
      case 'markdown':
        addFileSource(artifact, artifact.kind === 'html' ? 'web-app' : 'markdown', title, result);
        break;
      case 'other':
        if (isUiMetadataName(artifact.name) || isUiMetadataName(artifact.outputKey ?? ''))
          addUiMetadata(artifact, title, result);
        break;
    }
  }
  for (const [title, scalars] of metrics) {
    result.configs.push({ type: 'metrics', scalars: scalars.slice(0, MAX_METRICS), title });
  }
  return result;
}

/**
 * system.Metrics: either one artifact with a metadata map of numbers (grouped by its display name),
 * or, in the newer API, one `Metric` artifact per scalar with `number_value` (grouped by output key).
 */
function collectScalars(artifact: V2Artifact, groups: Map<string, MetricScalar[]>): void {
  const add = (group: string, scalar: MetricScalar): void => {
    const list = groups.get(group) ?? [];
    list.push(scalar);
    groups.set(group, list);
  };
  if (artifact.numberValue !== undefined) {
    add(artifact.outputKey ?? 'metrics', {
      name: artifact.name,
      value: artifact.numberValue,
      format: 'RAW',
    });
    return;
  }
  const group = artifactTitle(artifact);
  for (const [name, raw] of Object.entries(artifact.metadata)) {
    const value = name === 'display_name' ? undefined : metricNumber(raw);
    if (value !== undefined) add(group, { name, value, format: 'RAW' });
  }
}

function addFileSource(
  artifact: V2Artifact,
  type: 'web-app' | 'markdown',
  title: string,
  result: V2Visualizations,
): void {
  try {
    if (artifact.uri === undefined) throw new Error('the artifact has no URI');
    const location = parseStorageUri(artifact.uri);
    result.sources.push({ type, content: { storage: 'uri', uri: artifact.uri, location }, title });
  } catch (error) {
    result.configs.push(toErrorConfig(error, type, title));
  }
}

function addUiMetadata(artifact: V2Artifact, title: string, result: V2Visualizations): void {
  try {
    if (artifact.uri === undefined) throw new Error('the artifact has no URI');
    result.uiMetadata.push({ title, location: parseStorageUri(artifact.uri) });
  } catch (error) {
    result.configs.push(toErrorConfig(error, 'ui metadata', title));
  }
}

/**
 * Whether a task's artifacts give any viewer: the kinds drawn above, or a v1-format metadata file under
 * any spelling of its name (kfp 2 components write `mlpipeline_ui_metadata`, a Python identifier).
 */
export function hasV2Viewers(artifacts: readonly V2Artifact[]): boolean {
  return artifacts.some(
    (a) => a.kind !== 'other' || isUiMetadataName(a.name) || isUiMetadataName(a.outputKey ?? ''),
  );
}

/** `mlpipeline-ui-metadata`, `mlpipeline_ui_metadata`, `MLPipeline UI Metadata`… */
export function isUiMetadataName(name: string): boolean {
  return name.replace(/[\W_]+/g, '-').toLowerCase() === 'mlpipeline-ui-metadata';
}
