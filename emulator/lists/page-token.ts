import { badRequest } from '../lib/errors.ts';
import type { ColumnPredicate } from './match.ts';
import type { FieldValue, ListSpec, Operation } from './types.ts';

/**
 * The opaque page token, shaped like the real server's (`list.token`): base64 of JSON holding the
 * sort column, the sort value and key of the first item of the next page, the direction, the model
 * and the filter. A token is only valid with the same sort and filter it was issued for.
 */
export interface PageToken {
  readonly SortByFieldName: string;
  /** The model column, or `sort_metric_value` for a metric sort (the name is in SortByFieldName). */
  readonly SortBySQLColumn: string;
  readonly SortByFieldValue: FieldValue;
  readonly KeyFieldName: 'UUID';
  readonly KeyFieldValue: string;
  readonly IsDesc: boolean;
  readonly ModelName: string;
  readonly Filter: readonly ColumnPredicate[] | null;
}

export function encodePageToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token), 'utf8').toString('base64');
}

const invalid = (reason: string) => badRequest(`Invalid page token: ${reason}`);

/** list.go: the fixed SQL alias of a metric sort, and the names a metric token may carry. */
export const METRIC_SORT_COLUMN = 'sort_metric_value';
const metricNamePattern = /^[a-zA-Z][a-zA-Z0-9_-]{0,127}$/;

export function decodePageToken<T>(text: string, spec: ListSpec<T>): PageToken {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw invalid('not base64');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    throw invalid('not JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw invalid('not an object');
  const t: Record<string, unknown> = { ...json };
  const columns = new Set(Object.values(spec.fields).map((f) => f.column));
  const sortValue = t.SortByFieldValue;
  const metric = t.SortBySQLColumn === METRIC_SORT_COLUMN && spec.metric !== undefined;
  if (
    typeof t.SortByFieldName !== 'string' ||
    !(metric ? metricNamePattern.test(t.SortByFieldName) : columns.has(t.SortByFieldName)) ||
    (metric && typeof sortValue !== 'number') ||
    (typeof sortValue !== 'string' && typeof sortValue !== 'number') ||
    t.KeyFieldName !== 'UUID' ||
    typeof t.KeyFieldValue !== 'string' ||
    typeof t.IsDesc !== 'boolean' ||
    t.ModelName !== spec.model
  ) {
    throw invalid(`not a ${spec.typeName} list token`);
  }
  return {
    SortByFieldName: t.SortByFieldName,
    SortBySQLColumn: metric ? METRIC_SORT_COLUMN : t.SortByFieldName,
    SortByFieldValue: sortValue,
    KeyFieldName: 'UUID',
    KeyFieldValue: t.KeyFieldValue,
    IsDesc: t.IsDesc,
    ModelName: spec.model,
    Filter: readFilter(t.Filter, columns),
  };
}

const operations: ReadonlySet<string> = new Set<Operation>([
  'EQUALS',
  'NOT_EQUALS',
  'GREATER_THAN',
  'GREATER_THAN_EQUALS',
  'LESS_THAN',
  'LESS_THAN_EQUALS',
  'IN',
  'IS_SUBSTRING',
]);

function readFilter(
  value: unknown,
  columns: ReadonlySet<string>,
): readonly ColumnPredicate[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw invalid('bad filter');
  return value.map((p: unknown) => {
    if (typeof p !== 'object' || p === null) throw invalid('bad filter');
    const r: Record<string, unknown> = { ...p };
    const { column, operation, value: v } = r;
    if (
      typeof column !== 'string' ||
      !columns.has(column) ||
      typeof operation !== 'string' ||
      !isOperation(operation)
    ) {
      throw invalid('bad filter');
    }
    if (typeof v === 'string' || typeof v === 'number') return { column, operation, value: v };
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
      return { column, operation, value: v };
    if (Array.isArray(v) && v.every((x) => typeof x === 'number'))
      return { column, operation, value: v };
    throw invalid('bad filter');
  });
}

function isOperation(name: string): name is Operation {
  return operations.has(name);
}
