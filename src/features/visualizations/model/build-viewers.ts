import { confusionMatrixFromRows, confusionMatrixRowCap } from './build-confusion-matrix.ts';
import { mergeRocConfigs, rocCurveFromRows } from './build-roc.ts';
import { tableFromRows } from './build-table.ts';
import { parseCsv, type CsvRows } from './csv.ts';
import { formatBytes } from '@/lib/format-bytes.ts';
import { MAX_ROC_POINTS, MAX_TABLE_ROWS } from './limits.ts';
import {
  isCsvSource,
  outputTypeLabel,
  type CsvSource,
  type OutputSource,
} from './output-source.ts';
import {
  guarded,
  VisualizationError,
  type RocConfig,
  type TensorboardConfig,
  type ViewerConfig,
} from './viewer-config.ts';

/** A source's text as read: `truncated` when it was cut at `limit` bytes (more exists). */
export interface LoadedText {
  text: string;
  truncated: boolean;
  /** The byte limit it was read with (for messages). */
  limit?: number;
}

/** The text of an inline source; undefined when the source points at a file. */
export function inlineText(source: OutputSource): LoadedText | undefined {
  if (source.type === 'tensorboard' || source.content.storage !== 'inline') return undefined;
  return { text: source.content.text, truncated: false };
}

/** Rows worth parsing for a CSV source. */
export function csvRowCap(source: CsvSource): number {
  if (source.type === 'confusion_matrix') return confusionMatrixRowCap(source);
  return source.type === 'roc' ? MAX_ROC_POINTS : MAX_TABLE_ROWS;
}

/** A viewer config from a CSV source and its parsed rows (never throws: problems become an error config). */
export function buildFromCsv(source: CsvSource, csv: CsvRows): ViewerConfig {
  return guarded(
    outputTypeLabel(source.type),
    () => {
      switch (source.type) {
        case 'confusion_matrix':
          return confusionMatrixFromRows(source, csv);
        case 'roc':
          return withTitle(
            { type: 'roc', curves: [rocCurveFromRows(source, csv, source.title ?? 'inline data')] },
            source.title,
          );
        case 'table':
          return tableFromRows(source, csv);
      }
    },
    source.title,
  );
}

/**
 * A viewer config from a source and its loaded text (inline sources need none). CSV is parsed here
 * synchronously with a row cap; for large texts parse with parseCsvAsync and call buildFromCsv.
 */
export function buildViewer(
  source: OutputSource,
  loaded: LoadedText | undefined = inlineText(source),
): ViewerConfig {
  const what = outputTypeLabel(source.type);
  return guarded(
    what,
    () => {
      if (source.type === 'tensorboard') return tensorboardConfig(source);
      if (!loaded) throw new VisualizationError(what, 'the content was not loaded');
      if (isCsvSource(source)) {
        return buildFromCsv(
          source,
          parseCsv(loaded.text, { maxRows: csvRowCap(source), cut: loaded.truncated }),
        );
      }
      if (loaded.truncated) {
        const limit =
          loaded.limit === undefined ? 'the size limit' : `the ${formatBytes(loaded.limit)} limit`;
        throw new VisualizationError(what, `the file is larger than ${limit}`);
      }
      return source.type === 'markdown'
        ? withTitle({ type: 'markdown', markdown: loaded.text }, source.title)
        : withTitle({ type: 'web-app', html: loaded.text }, source.title);
    },
    source.title,
  );
}

function tensorboardConfig(
  source: Extract<OutputSource, { type: 'tensorboard' }>,
): TensorboardConfig {
  return {
    type: 'tensorboard',
    logDirs: source.logDirs,
    ...(source.image === undefined ? {} : { image: source.image }),
    ...(source.podTemplateSpec === undefined ? {} : { podTemplateSpec: source.podTemplateSpec }),
  };
}

/**
 * Merges what belongs on one viewer: every ROC config into one chart (several curves), every
 * tensorboard config into one (several log dirs; the first image wins). Each merged viewer takes the
 * place of the first of its kind; everything else keeps its order.
 */
export function mergeViewers(configs: readonly ViewerConfig[]): ViewerConfig[] {
  const rocs = configs.filter((config): config is RocConfig => config.type === 'roc');
  const boards = configs.filter(
    (config): config is TensorboardConfig => config.type === 'tensorboard',
  );
  const merged: ViewerConfig[] = [];
  for (const config of configs) {
    if (config.type === 'roc') {
      if (config === rocs[0]) merged.push(rocs.length === 1 ? config : mergeRocConfigs(rocs));
    } else if (config.type === 'tensorboard') {
      if (config === boards[0])
        merged.push(boards.length === 1 ? config : mergeTensorboards(boards, config));
    } else {
      merged.push(config);
    }
  }
  return merged;
}

function mergeTensorboards(
  boards: readonly TensorboardConfig[],
  first: TensorboardConfig,
): TensorboardConfig {
  const logDirs = [...new Set(boards.flatMap((board) => board.logDirs))];
  return { ...first, logDirs };
}

function withTitle<T extends ViewerConfig>(config: T, title: string | undefined): T {
  return title === undefined ? config : { ...config, title };
}
