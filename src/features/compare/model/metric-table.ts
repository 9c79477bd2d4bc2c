import { alignByKey, cellsDiffer } from './align.ts';

/** A scalar metric (structurally the visualizations feature's MetricScalar). */
export interface CompareScalar {
  readonly name: string;
  readonly value: number;
  readonly format: 'RAW' | 'PERCENTAGE';
}

/** The scalars one output of a run wrote (a v1 `mlpipeline-metrics` file, a v2 system.Metrics artifact). */
export interface MetricGroup {
  /** Where they come from: the task (and loop iteration) and output, e.g. `train-model #1 › metrics`. */
  readonly source: string;
  readonly scalars: readonly CompareScalar[];
}

export interface MetricRow {
  readonly key: string;
  readonly source: string;
  readonly name: string;
  /** One per run, in the runs' order. */
  readonly cells: readonly (CompareScalar | undefined)[];
  readonly differs: boolean;
  /** Lowest and highest value of the row (for the inline bars), undefined when no run has one. */
  readonly range: { readonly min: number; readonly max: number } | undefined;
}

interface Keyed {
  readonly source: string;
  readonly scalar: CompareScalar;
}

/** The metrics of several runs as one table: a row per (source, metric name), runs as columns. */
export function mergeMetrics(runs: readonly (readonly MetricGroup[])[]): MetricRow[] {
  const columns = runs.map((groups) =>
    groups.flatMap((group) =>
      group.scalars.map((scalar): Keyed => ({ source: group.source, scalar })),
    ),
  );
  return alignByKey(columns, (item) => `${item.source}\u0000${item.scalar.name}`).map(
    ({ key, cells }) => {
      const scalars = cells.map((cell) => cell?.scalar);
      const values = scalars
        .filter((scalar) => scalar !== undefined)
        .map((scalar) => scalar.value)
        .filter(Number.isFinite);
      const first = cells.find((cell) => cell !== undefined);
      return {
        key,
        source: first?.source ?? '',
        name: first?.scalar.name ?? '',
        cells: scalars,
        differs: cellsDiffer(
          scalars,
          (a, b) => a.value === b.value || (Number.isNaN(a.value) && Number.isNaN(b.value)),
        ),
        range:
          values.length === 0 ? undefined : { min: Math.min(...values), max: Math.max(...values) },
      };
    },
  );
}
