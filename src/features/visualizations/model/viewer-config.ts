/**
 * What a viewer draws: one discriminated union, produced by the pure model functions and consumed by
 * the viewer registry. Every string in a config is plain text (labels, cells, markdown, HTML source);
 * the viewers decide how to show it safely (escaped text, markdown without raw HTML, sandboxed iframe).
 */

export type MetricFormat = 'RAW' | 'PERCENTAGE';

export interface MetricScalar {
  name: string;
  value: number;
  format: MetricFormat;
}

export interface RocPoint {
  fpr: number;
  tpr: number;
  /** May be ±Infinity: sklearn's first threshold is `inf`. */
  threshold: number;
}

export interface RocCurve {
  label: string;
  /** Sorted by fpr, then tpr. */
  points: RocPoint[];
  /** Area under the curve by the trapezoid rule over the sorted points. */
  auc: number;
  /** True when points were dropped at a size limit; the AUC then covers only the points kept. */
  truncated: boolean;
}

interface ViewerBase {
  /** Where the data came from (an output name, a file name); optional heading for the viewer. */
  title?: string;
  /** The storage URI of the file the viewer was read from (`mlpipeline-ui-metadata` sources). */
  sourceUri?: string;
}

export interface WebAppConfig extends ViewerBase {
  type: 'web-app';
  html: string;
}

export interface RocConfig extends ViewerBase {
  type: 'roc';
  curves: RocCurve[];
}

export interface ConfusionMatrixConfig extends ViewerBase {
  type: 'confusion-matrix';
  /** Class names, in the order of the matrix rows and columns. */
  labels: string[];
  /** matrix[target][predicted] = count. */
  matrix: number[][];
  /** Axis titles: [rows, columns]. */
  axes: [string, string];
}

export interface TableConfig extends ViewerBase {
  type: 'table';
  header: string[];
  rows: string[][];
  /** True when the source was cut (preview or row cap): more rows exist than are shown. */
  truncated: boolean;
}

export interface MarkdownConfig extends ViewerBase {
  type: 'markdown';
  markdown: string;
}

export interface TensorboardConfig extends ViewerBase {
  type: 'tensorboard';
  /** Log directories (storage URIs), possibly named `name:uri`. Several outputs merge into one viewer. */
  logDirs: string[];
  image?: string;
  /** Kept as given; only passed on to the tensorboard API, never rendered. */
  podTemplateSpec?: unknown;
}

export interface MetricsConfig extends ViewerBase {
  type: 'metrics';
  scalars: MetricScalar[];
}

export interface ErrorConfig extends ViewerBase {
  type: 'error';
  /** The output type that failed (`roc`, `confusion matrix`, `ui metadata`…). */
  outputType: string;
  /** What is wrong, naming the problem: `confusion matrix: 3 labels need 9 rows, got 8`. */
  message: string;
}

export type ViewerConfig =
  | WebAppConfig
  | RocConfig
  | ConfusionMatrixConfig
  | TableConfig
  | MarkdownConfig
  | TensorboardConfig
  | MetricsConfig
  | ErrorConfig;

export type ViewerType = ViewerConfig['type'];

/** Thrown inside the model for a bad output; caught per output and turned into an ErrorConfig. */
export class VisualizationError extends Error {
  readonly outputType: string;

  constructor(outputType: string, problem: string) {
    super(`${outputType}: ${problem}`);
    this.name = 'VisualizationError';
    this.outputType = outputType;
  }
}

/** Turns anything thrown while building one output into an error config (never rethrows). */
export function toErrorConfig(error: unknown, outputType: string, title?: string): ErrorConfig {
  const base =
    error instanceof VisualizationError
      ? { type: 'error' as const, outputType: error.outputType, message: error.message }
      : {
          type: 'error' as const,
          outputType,
          message: `${outputType}: ${error instanceof Error ? error.message : String(error)}`,
        };
  return title === undefined ? base : { ...base, title };
}

/** Runs `build` and returns its config, or an error config if it throws. */
export function guarded(
  outputType: string,
  build: () => ViewerConfig,
  title?: string,
): ViewerConfig {
  try {
    return build();
  } catch (error) {
    return toErrorConfig(error, outputType, title);
  }
}
