import {
  buildFromCsv,
  buildViewer,
  csvRowCap,
  inlineText,
  mergeViewers,
  type LoadedText,
} from './build-viewers.ts';
import { parseCsvAsync } from './csv.ts';
import { visualizationsFromV2Artifacts } from './from-v2-artifacts.ts';
import { formatBytes } from '@/lib/format-bytes.ts';
import { FULL_BYTES, PREVIEW_BYTES, UI_METADATA_BYTES } from './limits.ts';
import {
  isCsvSource,
  outputTypeLabel,
  type OutputSource,
  type ParsedOutput,
} from './output-source.ts';
import { parseUiMetadataText } from './parse-ui-metadata.ts';
import { formatStorageLocation, type StorageLocation } from '@/lib/kfp/storage-uri.ts';
import type { V2Artifact } from './v2-artifact.ts';
import { toErrorConfig, type ViewerConfig } from './viewer-config.ts';

export interface ReadRequest {
  location: StorageLocation;
  /** Read at most this many bytes (see read-limit.ts for doing it with `peek`). */
  maxBytes: number;
}

/** Reads a file through `artifacts/get`; `truncated` when it is longer than `maxBytes`. May reject. */
export type ReadText = (request: ReadRequest) => Promise<LoadedText>;

export type LoadMode = 'preview' | 'full';

export interface LoadOptions {
  read: ReadText;
  /** `preview` (default) reads tables up to PREVIEW_BYTES; `full` ("load all") up to FULL_BYTES. */
  mode?: LoadMode;
  /** Between CSV chunks (tests pass a counter; default: a zero-delay timer). */
  pause?: () => Promise<void>;
}

export interface SkippedOutput {
  type: string;
  reason: string;
}

export interface LoadedViewers {
  configs: ViewerConfig[];
  skipped: SkippedOutput[];
}

/** Bytes to read for a source: a table's first look is a preview; every other viewer needs the whole file. */
export function readBudget(source: OutputSource, mode: LoadMode = 'preview'): number {
  return source.type === 'table' && mode === 'preview' ? PREVIEW_BYTES : FULL_BYTES;
}

/** Loads (if needed) and builds one source; never rejects. */
export async function loadSourceViewer(
  source: OutputSource,
  options: LoadOptions,
): Promise<ViewerConfig> {
  const what = outputTypeLabel(source.type);
  let loaded: LoadedText | undefined = inlineText(source);
  if (!loaded && source.type !== 'tensorboard' && source.content.storage === 'uri') {
    const { location } = source.content;
    try {
      loaded = await options.read({ location, maxBytes: readBudget(source, options.mode) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return toErrorConfig(
        new Error(`could not read ${formatStorageLocation(location)} (${reason})`),
        what,
        source.title,
      );
    }
  }
  // A file the viewer read from storage: its card offers the file itself (size, download, full view).
  const sourceUri =
    source.type !== 'tensorboard' && source.content.storage === 'uri'
      ? formatStorageLocation(source.content.location)
      : undefined;
  const withSource = (config: ViewerConfig): ViewerConfig =>
    sourceUri !== undefined && config.type !== 'error' ? { ...config, sourceUri } : config;
  if (loaded && isCsvSource(source)) {
    const csv = await parseCsvAsync(loaded.text, {
      maxRows: csvRowCap(source),
      cut: loaded.truncated,
      ...(options.pause ? { pause: options.pause } : {}),
    });
    return withSource(buildFromCsv(source, csv));
  }
  return withSource(buildViewer(source, loaded));
}

/** Loads every valid output; invalid ones become error configs; ROC curves and tensorboards merge. */
export async function loadParsedOutputs(
  outputs: readonly ParsedOutput[],
  options: LoadOptions,
): Promise<LoadedViewers> {
  const skipped: SkippedOutput[] = [];
  const configs = await Promise.all(
    outputs.map(async (output): Promise<ViewerConfig | undefined> => {
      if (output.status === 'skipped') {
        skipped.push({ type: output.type, reason: output.reason });
        return undefined;
      }
      return output.status === 'invalid' ? output.error : loadSourceViewer(output.source, options);
    }),
  );
  return { configs: mergeViewers(configs.filter((config) => config !== undefined)), skipped };
}

/** The whole v1 path: the text of an `mlpipeline-ui-metadata` file → viewer configs. */
export async function loadUiMetadataViewers(
  text: string,
  options: LoadOptions,
): Promise<LoadedViewers> {
  const parsed = parseUiMetadataText(text);
  if (!parsed.ok) return { configs: [parsed.error], skipped: [] };
  return loadParsedOutputs(parsed.outputs, options);
}

/** The v2 path: a task's output artifacts → viewer configs (HTML, Markdown and ui-metadata files read). */
export async function loadV2Viewers(
  artifacts: readonly V2Artifact[],
  options: LoadOptions,
): Promise<LoadedViewers> {
  const found = visualizationsFromV2Artifacts(artifacts);
  const fromFiles = await Promise.all(
    found.sources.map((source) => loadSourceViewer(source, options)),
  );
  const fromMetadata = await Promise.all(
    found.uiMetadata.map(async ({ title, location }): Promise<LoadedViewers> => {
      try {
        const file = await options.read({ location, maxBytes: UI_METADATA_BYTES });
        if (file.truncated)
          throw new Error(`larger than the ${formatBytes(UI_METADATA_BYTES)} limit`);
        return await loadUiMetadataViewers(file.text, options);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
          configs: [
            toErrorConfig(
              new Error(`could not read ${formatStorageLocation(location)} (${reason})`),
              'ui metadata',
              title,
            ),
          ],
          skipped: [],
        };
      }
    }),
  );
  const configs = [
    ...found.configs,
    ...fromFiles,
    ...fromMetadata.flatMap((loaded) => loaded.configs),
  ];
  return {
    configs: mergeViewers(configs),
    skipped: fromMetadata.flatMap((loaded) => loaded.skipped),
  };
}
