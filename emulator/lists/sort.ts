import { badRequest } from '../lib/errors.ts';
import type { ListSpec } from './types.ts';

export interface SortOrder {
  /** API field name as requested (or the default). */
  readonly field: string;
  readonly column: string;
  readonly desc: boolean;
  /** A `metric:<name>` key: `column` is the (lowercased) metric name. */
  readonly metric: boolean;
}

/** The sort-key prefix of run metrics (model/run.go GetField). */
export const METRIC_SORT_PREFIX = 'metric:';

/** `sort_by` is `"field"`, `"field asc"` or `"field desc"` (case-insensitive); unknown fields are refused. */
export function parseSortBy<T>(sortBy: string | undefined, spec: ListSpec<T>): SortOrder {
  const words = (sortBy ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const [field = spec.defaultSort, direction, ...rest] = words;
  if (rest.length > 0 || (direction !== undefined && direction !== 'asc' && direction !== 'desc')) {
    throw badRequest(
      `Received invalid sort by format ${JSON.stringify(sortBy)}. Supported format: "field_name", "field_name desc", or "field_name asc"`,
    );
  }
  // list.NewOptions lowercases the whole sort_by first: `metric:MAP50` sorts by "map50".
  if (field.startsWith(METRIC_SORT_PREFIX) && spec.metric)
    return {
      field,
      column: field.slice(METRIC_SORT_PREFIX.length),
      desc: direction === 'desc',
      metric: true,
    };
  const spec_ = spec.fields[field];
  if (!spec_) {
    throw badRequest(
      `Invalid sorting field: ${JSON.stringify(field)} on listable type ${spec.typeName}. Supported fields: ${Object.keys(spec.fields).join(', ')}`,
    );
  }
  return { field, column: spec_.column, desc: direction === 'desc', metric: false };
}
