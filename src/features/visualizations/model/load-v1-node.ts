import { metricsFromJson } from './build-metrics.ts';
import { METRICS_JSON_BYTES, UI_METADATA_BYTES } from './limits.ts';
import { loadUiMetadataViewers, type LoadedViewers, type LoadOptions } from './load-viewers.ts';
import { toErrorConfig } from './viewer-config.ts';

/** Reads one of the node's output artifacts (ReadArtifact, unpacked) as text, at most `maxBytes`. */
export type ReadNodeArtifact = (name: string, maxBytes: number) => Promise<string>;

const isNamed = (suffix: string) => (name: string) =>
  name === suffix || name.endsWith(`-${suffix}`);

/** `mlpipeline-ui-metadata` (or `<step>-mlpipeline-ui-metadata`, as KFP 1.x names it in Argo). */
export const isV1UiMetadataArtifact = isNamed('mlpipeline-ui-metadata');
/** `mlpipeline-metrics` (or `<step>-mlpipeline-metrics`). */
export const isV1MetricsArtifact = isNamed('mlpipeline-metrics');

/** Whether a v1 node's output artifacts include anything the viewers show. */
export function hasV1Visualizations(artifactNames: readonly string[]): boolean {
  return artifactNames.some((name) => isV1UiMetadataArtifact(name) || isV1MetricsArtifact(name));
}

/**
 * A v1 node's viewers: its `mlpipeline-ui-metadata` outputs, then its `mlpipeline-metrics` as a metrics
 * table. Without artifact names, only `mlpipeline-ui-metadata` is read. A bad metrics file is an error
 * card next to the other viewers.
 */
export async function loadV1NodeViewers(
  artifactNames: readonly string[] | undefined,
  read: ReadNodeArtifact,
  options: LoadOptions,
): Promise<LoadedViewers> {
  const metadataName =
    artifactNames === undefined
      ? 'mlpipeline-ui-metadata'
      : artifactNames.find(isV1UiMetadataArtifact);
  const metricsName = artifactNames?.find(isV1MetricsArtifact);
  const [fromMetadata, metrics] = await Promise.all([
    metadataName === undefined
      ? undefined
      : read(metadataName, UI_METADATA_BYTES).then((text) => loadUiMetadataViewers(text, options)),
    metricsName === undefined
      ? undefined
      : read(metricsName, METRICS_JSON_BYTES).then((text) => {
          // A bad file is an error card; a failed read fails the load (and is retried) like the metadata's.
          try {
            return metricsFromJson(text);
          } catch (error) {
            return toErrorConfig(error, 'metrics');
          }
        }),
  ]);
  const configs = [...(fromMetadata?.configs ?? []), ...(metrics === undefined ? [] : [metrics])];
  return { configs, skipped: fromMetadata?.skipped ?? [] };
}
