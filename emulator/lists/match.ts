import { badRequest } from '../lib/errors.ts';
import type {
  FieldValue,
  ListField,
  ListSpec,
  Operation,
  Predicate,
  PredicateValue,
} from './types.ts';

/** A predicate bound to a model column: the form stored in page tokens. */
export interface ColumnPredicate {
  readonly column: string;
  readonly operation: Operation;
  readonly value: PredicateValue;
}

/** Maps each predicate's API key to its column; an unknown key is InvalidArgument (like KFP). */
export function bindPredicates<T>(
  predicates: readonly Predicate[],
  spec: ListSpec<T>,
): ColumnPredicate[] {
  return predicates.map((p) => {
    const field = spec.fields[p.key];
    if (!field)
      throw badRequest(`no support for filtering on unrecognized field ${JSON.stringify(p.key)}`);
    return { column: field.column, operation: p.operation, value: normalizeValue(field, p.value) };
  });
}

function normalizeValue<T>(field: ListField<T>, value: PredicateValue): PredicateValue {
  const normalize = field.normalize;
  if (!normalize) return value;
  if (typeof value === 'string') return normalize(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.map(normalize);
  return value;
}

/** The field of each column (API names sharing a column share the reader). */
export function columnFields<T>(spec: ListSpec<T>): ReadonlyMap<string, ListField<T>> {
  const out = new Map<string, ListField<T>>();
  for (const field of Object.values(spec.fields))
    if (!out.has(field.column)) out.set(field.column, field);
  return out;
}

/**
 * Predicates are ANDed. Strings compare case-insensitively for EQUALS, NOT_EQUALS, IN and
 * IS_SUBSTRING, like the server's `LOWER(col) = LOWER(?)`; ordering operators compare raw values.
 */
export function matches<T>(
  item: T,
  predicates: readonly ColumnPredicate[],
  fields: ReadonlyMap<string, ListField<T>>,
): boolean {
  return predicates.every((p) => {
    const field = fields.get(p.column);
    return field !== undefined && test(field.get(item), p.operation, p.value);
  });
}

function test(actual: FieldValue, operation: Operation, expected: PredicateValue): boolean {
  if (Array.isArray(expected)) {
    return operation === 'IN' && expected.some((e: string | number) => equal(actual, e));
  }
  if (typeof expected !== 'string' && typeof expected !== 'number') return false;
  switch (operation) {
    case 'EQUALS':
      return equal(actual, expected);
    case 'NOT_EQUALS':
      return !equal(actual, expected);
    case 'IS_SUBSTRING':
      return String(actual).toLowerCase().includes(String(expected).toLowerCase());
    case 'IN':
      return false;
    default: {
      const order = compareMixed(actual, expected);
      if (order === undefined) return false;
      if (operation === 'GREATER_THAN') return order > 0;
      if (operation === 'GREATER_THAN_EQUALS') return order >= 0;
      if (operation === 'LESS_THAN') return order < 0;
      return order <= 0;
    }
  }
}

function equal(actual: FieldValue, expected: string | number): boolean {
  if (typeof actual === 'number') return asNumber(expected) === actual;
  return actual.toLowerCase() === String(expected).toLowerCase();
}

/** A string compared with a number column is read as a number or an RFC 3339 time (seconds). */
function asNumber(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  if (value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : Math.floor(time / 1000);
}

function compareMixed(actual: FieldValue, expected: string | number): number | undefined {
  if (typeof actual === 'number') {
    const e = asNumber(expected);
    return e === undefined ? undefined : actual - e;
  }
  return compareValues(actual, String(expected));
}

export function compareValues(a: FieldValue, b: FieldValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
