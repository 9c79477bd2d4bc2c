import { badRequest } from '../lib/errors.ts';
import type { ListPage, Options } from './list-page.ts';
import { compareValues, matches } from './match.ts';
import type { FieldValue, ListField, ListSpec } from './types.ts';

type NextToken = <T>(
  next: { value: FieldValue; key: string },
  options: Options,
  spec: ListSpec<T>,
) => string;

/**
 * A runs page sorted by a reported metric, as the real list code does it
 * (storage/run_store.go addSortByRunMetricToSelect, list/list.go):
 * - runs are LEFT JOINed with `run_metrics` on the name, so a run without the metric sorts as NULL,
 *   which MySQL puts first ascending and last descending; ties (and NULLs) go by the run id;
 * - a later page's condition (`value > v OR (value = v AND id >= k)`) is never true for NULL, so
 *   runs without the metric only ever appear on the first page;
 * - the next page's token takes the metric's value from the next run (GetFieldValue, names compared
 *   exactly): when that run has no metric of that exact name the whole call fails with
 *   InvalidArgument `cannot sort by field "<name>" on type "Run"`.
 */
export function metricPage<T>(
  items: Iterable<T>,
  options: Options,
  pageSize: number,
  spec: ListSpec<T>,
  fields: ReadonlyMap<string, ListField<T>>,
  nextToken: NextToken,
): ListPage<T> {
  const metric = spec.metric;
  if (metric === undefined) throw badRequest(`Invalid sorting field: "metric:${options.column}"`);
  const sign = options.desc ? -1 : 1;
  type Row = { item: T; value: number | undefined; exact: number | undefined; key: string };
  const order = (a: Pick<Row, 'value' | 'key'>, b: Pick<Row, 'value' | 'key'>): number => {
    const byValue =
      a.value === undefined || b.value === undefined
        ? Number(b.value === undefined) - Number(a.value === undefined)
        : compareValues(a.value, b.value);
    return sign * (byValue || compareValues(a.key, b.key));
  };
  const matching: Row[] = [];
  for (const item of items) {
    if (!matches(item, options.filter, fields)) continue;
    const { joined, exact } = metric(item, options.column);
    matching.push({ item, value: joined, exact, key: spec.key(item) });
  }
  matching.sort(order);
  const after = options.after;
  const rows =
    after === undefined || typeof after.value !== 'number'
      ? matching
      : matching.filter(
          (row) =>
            row.value !== undefined &&
            order(row, { value: Number(after.value), key: after.key }) >= 0,
        );
  const page = rows.slice(0, pageSize + 1);
  const next = page.length > pageSize ? page[pageSize] : undefined;
  if (next !== undefined && next.exact === undefined)
    throw badRequest(
      `cannot sort by field ${JSON.stringify(options.column)} on type "${spec.typeName}"`,
    );
  return {
    items: page.slice(0, pageSize).map((row) => row.item),
    totalSize: matching.length,
    ...(next?.exact !== undefined
      ? { nextPageToken: nextToken({ value: next.exact, key: next.key }, options, spec) }
      : {}),
  };
}
