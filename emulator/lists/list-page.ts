import { badRequest } from '../lib/errors.ts';
import { parseFilter } from './filter.ts';
import {
  bindPredicates,
  columnFields,
  compareValues,
  matches,
  type ColumnPredicate,
} from './match.ts';
import { metricPage } from './metric-page.ts';
import { decodePageToken, encodePageToken, METRIC_SORT_COLUMN } from './page-token.ts';
import { parseSortBy } from './sort.ts';
import type { FieldValue, FilterDialect, ListSpec } from './types.ts';

export const defaultPageSize = 20;
/**
 * The real server clamps a larger page_size to 200 rather than refusing it
 * (backend/src/apiserver/list/list.go validatePageSize); a negative one is InvalidArgument.
 */
export const maxPageSize = 200;

export interface ListRequest {
  readonly pageToken?: string | undefined;
  /** The raw query value: grpc-gateway refuses a non-integer. */
  readonly pageSize?: string | undefined;
  readonly sortBy?: string | undefined;
  readonly filter?: string | undefined;
}

export interface ListPage<T> {
  readonly items: readonly T[];
  /** All items matching the filter, on every page. */
  readonly totalSize: number;
  /** Absent on the last page. */
  readonly nextPageToken?: string;
}

export function parsePageSize(raw: string | undefined): number {
  if (raw === undefined || raw === '') return defaultPageSize;
  if (!/^[+-]?\d+$/.test(raw.trim())) {
    throw badRequest(
      `invalid value for query parameter "page_size": ${JSON.stringify(raw)} is not an integer`,
    );
  }
  const size = Number(raw);
  // grpc-gateway parses page_size as an int32 (strconv.ParseInt(…, 32)): a larger number is refused, not clamped.
  if (size > 2 ** 31 - 1 || size < -(2 ** 31))
    throw badRequest(
      `invalid value for query parameter "page_size": ${JSON.stringify(raw)} is out of range`,
    );
  if (size < 0) throw badRequest(`The page size should be greater than 0. Got ${size}`);
  if (size === 0) return defaultPageSize;
  return Math.min(size, maxPageSize);
}

export interface Options {
  readonly column: string;
  readonly desc: boolean;
  /** `column` is a metric name (`metric:<name>` sort key). */
  readonly metric: boolean;
  readonly filter: readonly ColumnPredicate[];
  readonly after?: { readonly value: FieldValue; readonly key: string };
}

function resolveOptions<T>(
  request: ListRequest,
  spec: ListSpec<T>,
  dialect: FilterDialect,
): Options {
  const fromRequest = (): Options => {
    const sort = parseSortBy(request.sortBy, spec);
    return {
      column: sort.column,
      desc: sort.desc,
      metric: sort.metric,
      filter: bindPredicates(parseFilter(request.filter, dialect), spec),
    };
  };
  if (!request.pageToken) return fromRequest();
  const token = decodePageToken(request.pageToken, spec);
  const options: Options = {
    column: token.SortByFieldName,
    desc: token.IsDesc,
    metric: token.SortBySQLColumn === METRIC_SORT_COLUMN,
    filter: token.Filter ?? [],
    after: { value: token.SortByFieldValue, key: token.KeyFieldValue },
  };
  if (request.sortBy || request.filter) {
    const requested = fromRequest();
    if (
      requested.column !== options.column ||
      requested.desc !== options.desc ||
      JSON.stringify(requested.filter) !== JSON.stringify(options.filter)
    ) {
      throw badRequest(
        'page token does not match the supplied sort by and/or filtering criteria. Either specify the same criteria or leave the latter empty if page token is specified.',
      );
    }
  }
  return options;
}

/** Filters, sorts (sort field, then key, both in the same direction) and pages like KFP's list.Options. */
export function listPage<T>(
  items: Iterable<T>,
  request: ListRequest,
  spec: ListSpec<T>,
  dialect: FilterDialect = 'v2',
): ListPage<T> {
  const pageSize = parsePageSize(request.pageSize);
  const options = resolveOptions(request, spec, dialect);
  const fields = columnFields(spec);
  if (options.metric) return metricPage(items, options, pageSize, spec, fields, nextToken);
  const sortField = fields.get(options.column);
  if (!sortField) throw badRequest(`Invalid sorting field: ${JSON.stringify(options.column)}`);
  const sortValue = (item: T) => (sortField.sortValue ?? sortField.get)(item);
  const sign = options.desc ? -1 : 1;
  const order = (a: { value: FieldValue; key: string }, b: { value: FieldValue; key: string }) =>
    sign * (compareValues(a.value, b.value) || compareValues(a.key, b.key));

  const matching: { item: T; value: FieldValue; key: string }[] = [];
  for (const item of items) {
    if (matches(item, options.filter, fields))
      matching.push({ item, value: sortValue(item), key: spec.key(item) });
  }
  matching.sort(order);
  const after = options.after;
  const start = after ? matching.findIndex((m) => order(m, after) >= 0) : 0;
  const page = start < 0 ? [] : matching.slice(start, start + pageSize + 1);
  const next = page.length > pageSize ? page[pageSize] : undefined;
  return {
    items: page.slice(0, pageSize).map((m) => m.item),
    totalSize: matching.length,
    ...(next ? { nextPageToken: nextToken(next, options, spec) } : {}),
  };
}

export function nextToken<T>(
  next: { value: FieldValue; key: string },
  options: Options,
  spec: ListSpec<T>,
): string {
  return encodePageToken({
    SortByFieldName: options.column,
    SortBySQLColumn: options.metric ? METRIC_SORT_COLUMN : options.column,
    SortByFieldValue: next.value,
    KeyFieldName: 'UUID',
    KeyFieldValue: next.key,
    IsDesc: options.desc,
    ModelName: spec.model,
    Filter: options.filter.length > 0 ? options.filter : null,
  });
}
