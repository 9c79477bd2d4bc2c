/**
 * Metric columns of the runs list, chosen by the user and kept in the URL:
 * `?metric=<name>` (repeatable) — a v1 run metric, as KFP's persistence agent reported it from a
 * step's `mlpipeline-metrics` file (v1beta1 `Run.metrics`); the server sorts by it with the
 * `metric:<name>` key (backend/src/apiserver/model/run.go GetField, storage/run_store.go);
 * `?v2metric=<name>` (repeatable) — a scalar a v2 task logged (a system.Metrics artifact in ML
 * Metadata, or a `Metric` artifact in `tasks[]` on KFP master). No server sorts runs by these.
 */
export const METRIC_PARAMS = { v1: 'metric', v2: 'v2metric' } as const;

export type MetricKind = keyof typeof METRIC_PARAMS;

export interface MetricColumn {
  readonly kind: MetricKind;
  readonly name: string;
  /** The table column id; for v1 also the server's sort key. */
  readonly id: string;
}

/** Why a v2 metric column has no sort button (its header says so). */
export const V2_UNSORTABLE_REASON =
  'KFP sorts runs only by v1 metrics (reported from mlpipeline-metrics); v2 task metrics live in ML Metadata, which the runs list cannot sort by.';

/** The server's metric sort key, which is also the column id of a v1 metric. */
export const metricSortKey = (name: string) => `metric:${name}`;

/**
 * The metric a runs list is sorted by when the server refused its page, or undefined when the failure
 * is something else. KFP builds the next page's token from the run after the page and fails the whole
 * call (InvalidArgument, 400: `cannot sort by field "<name>" on type "Run"`) when that run has no value
 * for the metric (backend/src/apiserver/list/list.go nextPageToken, model/run.go GetFieldValue): the
 * runs without it cannot be paged through in that order.
 */
export function refusedMetricSort(
  sortField: string,
  httpStatus: number | undefined,
): string | undefined {
  const prefix = metricSortKey('');
  if (httpStatus !== 400 || !sortField.startsWith(prefix)) return undefined;
  return sortField.slice(prefix.length);
}

/** Names KFP accepts for a reported metric (backend/src/apiserver/server/api_util.go). */
const V1_NAME = /^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$/;

export function isV1MetricName(name: string): boolean {
  return V1_NAME.test(name);
}

/** At most this many metric columns of each kind (KFP reports at most 50 v1 metrics per run). */
const MAX_COLUMNS = 10;

/** The chosen metric columns, in URL order, without repeats or names the server cannot have. */
export function parseMetricColumns(params: URLSearchParams): MetricColumn[] {
  const read = (kind: MetricKind, valid: (name: string) => boolean): MetricColumn[] =>
    [...new Set(params.getAll(METRIC_PARAMS[kind]).map((name) => name.trim()))]
      .filter((name) => name !== '' && valid(name))
      .slice(0, MAX_COLUMNS)
      .map((name) => ({
        kind,
        name,
        id: kind === 'v1' ? metricSortKey(name) : `v2metric:${name}`,
      }));
  return [...read('v1', isV1MetricName), ...read('v2', (name) => name.length <= 256)];
}

/** The metric parameters alone, as a query string: what the columns depend on. */
export function metricParamsKey(params: URLSearchParams): string {
  const only = new URLSearchParams();
  for (const param of Object.values(METRIC_PARAMS))
    for (const value of params.getAll(param)) only.append(param, value);
  return only.toString();
}

/** Sort fields of the runs list with these columns: the fixed ones plus each v1 metric. */
export function metricSortFields(
  base: readonly string[],
  columns: readonly MetricColumn[],
): readonly string[] {
  const v1 = columns.filter((column) => column.kind === 'v1').map((column) => column.id);
  return v1.length === 0 ? base : [...base, ...v1];
}

/** A metric's value as a cell shows it: a percentage for v1 `PERCENTAGE`, else up to 4 decimals. */
export function formatMetric(value: number, format?: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (format === 'PERCENTAGE') return `${Number((value * 100).toFixed(2)).toString()}%`;
  return Number(value.toFixed(4)).toString();
}

/** One number per metric name for a run (the first one found: KFP has one per node or task). */
export type RunMetricValues = ReadonlyMap<
  string,
  { readonly value: number; readonly format?: string }
>;

export function firstByName(
  metrics: readonly { readonly name: string; readonly value: number; readonly format?: string }[],
): RunMetricValues {
  const out = new Map<string, { value: number; format?: string }>();
  for (const metric of metrics)
    if (!out.has(metric.name))
      out.set(
        metric.name,
        metric.format === undefined
          ? { value: metric.value }
          : { value: metric.value, format: metric.format },
      );
  return out;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The scalars of a run's `tasks[]` (KFP master): each task's output `Metric` artifacts
 * (`{name, type: "Metric", number_value}`), one per artifact id (a DAG re-exposes its children's).
 */
export function scalarsFromTasks(
  tasks: readonly { readonly outputs: unknown }[],
): { readonly name: string; readonly value: number }[] {
  const seen = new Set<string>();
  const out: { name: string; value: number }[] = [];
  for (const task of tasks) {
    const groups = isRecord(task.outputs) ? task.outputs.artifacts : undefined;
    if (!Array.isArray(groups)) continue;
    for (const group of groups) {
      const artifacts = isRecord(group) ? group.artifacts : undefined;
      if (!Array.isArray(artifacts)) continue;
      for (const artifact of artifacts) {
        if (!isRecord(artifact) || artifact.type !== 'Metric') continue;
        const { name, number_value: value, artifact_id: id } = artifact;
        if (typeof name !== 'string' || typeof value !== 'number') continue;
        const key = typeof id === 'string' && id !== '' ? id : `${name}\u0000${String(value)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ name, value });
      }
    }
  }
  return out;
}
