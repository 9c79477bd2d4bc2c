import { badRequest } from '../lib/errors.ts';
import {
  int,
  list,
  msg,
  parseBody,
  str,
  type MessageSchema,
  type ParsedMessage,
} from '../lib/proto-json.ts';
import { queryUnescape } from './query-unescape.ts';
import type { FilterDialect, Operation, Predicate, PredicateValue } from './types.ts';

/** filter.proto: the same operation numbers in v1beta1 and v2beta1. */
const operations: Readonly<Record<string, number>> = {
  OPERATION_UNSPECIFIED: 0,
  EQUALS: 1,
  NOT_EQUALS: 2,
  GREATER_THAN: 3,
  GREATER_THAN_EQUALS: 5,
  LESS_THAN: 6,
  LESS_THAN_EQUALS: 7,
  IN: 8,
  IS_SUBSTRING: 9,
};

const valuesMessage = (name: string, kind: 'int32' | 'int64' | 'string'): MessageSchema => ({
  name,
  fields: { values: { type: { kind }, repeated: true } },
});

function predicateMessage(dialect: FilterDialect): MessageSchema {
  const pkg = dialect === 'v2' ? 'v2beta1' : 'api';
  const value = { oneof: 'value' } as const;
  return {
    name: `${pkg}.Predicate`,
    fields: {
      [dialect === 'v2' ? 'operation' : 'op']: {
        type: { kind: 'enum', name: `${pkg}.Predicate.Op`, values: operations },
      },
      key: { type: { kind: 'string' } },
      int_value: { type: { kind: 'int32' }, ...value },
      long_value: { type: { kind: 'int64' }, ...value },
      string_value: { type: { kind: 'string' }, ...value },
      timestamp_value: { type: { kind: 'timestamp' }, ...value },
      int_values: {
        type: { kind: 'message', message: () => valuesMessage(`${pkg}.IntValues`, 'int32') },
        ...value,
      },
      long_values: {
        type: { kind: 'message', message: () => valuesMessage(`${pkg}.LongValues`, 'int64') },
        ...value,
      },
      string_values: {
        type: { kind: 'message', message: () => valuesMessage(`${pkg}.StringValues`, 'string') },
        ...value,
      },
    },
  };
}

const filterMessage = (dialect: FilterDialect): MessageSchema => ({
  name: dialect === 'v2' ? 'v2beta1.Filter' : 'api.Filter',
  fields: {
    predicates: {
      type: { kind: 'message', message: () => predicateMessage(dialect) },
      repeated: true,
    },
  },
});

/**
 * Parses the `filter` query parameter (already URL-decoded once by the HTTP layer; decoded a second
 * time here, like the real server). Empty means no filter.
 */
export function parseFilter(raw: string | undefined, dialect: FilterDialect = 'v2'): Predicate[] {
  if (raw === undefined || raw === '') return [];
  let parsed: ParsedMessage;
  try {
    parsed = parseBody(filterMessage(dialect), queryUnescape(raw));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badRequest(`failed to parse valid filter from ${JSON.stringify(raw)}: ${reason}`);
  }
  return list(parsed, 'predicates').map((p) => toPredicate(isMessage(p) ? p : {}, dialect));
}

function isMessage(value: unknown): value is ParsedMessage {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toPredicate(p: ParsedMessage, dialect: FilterDialect): Predicate {
  const opName = str(p, dialect === 'v2' ? 'operation' : 'op');
  const value = toValue(p);
  const key = str(p, 'key');
  if (opName === '' || opName === 'OPERATION_UNSPECIFIED' || !isOperation(opName)) {
    throw badRequest(`invalid predicate operation: ${opName || 'OPERATION_UNSPECIFIED'}`);
  }
  if (value === undefined)
    throw badRequest(
      `Predicate value cannot be empty for operation ${opName} on key ${JSON.stringify(key)}`,
    );
  if (key === '')
    throw badRequest(
      `Predicate key cannot be empty for operation ${opName} and value ${JSON.stringify(value)}`,
    );
  checkPredicate(opName, value);
  return { key, operation: opName, value };
}

function isOperation(name: string): name is Operation {
  return name in operations && name !== 'OPERATION_UNSPECIFIED';
}

function toValue(p: ParsedMessage): PredicateValue | undefined {
  if ('int_value' in p) return int(p, 'int_value');
  if ('long_value' in p) return Number(str(p, 'long_value'));
  if ('string_value' in p) return str(p, 'string_value');
  // KFP compares timestamps as Unix seconds (CreatedAtInSec columns).
  if ('timestamp_value' in p) return Math.floor(Date.parse(str(p, 'timestamp_value')) / 1000);
  const ints = msg(p, 'int_values');
  if (ints) return list(ints, 'values').map(Number);
  const longs = msg(p, 'long_values');
  if (longs) return list(longs, 'values').map(Number);
  const strings = msg(p, 'string_values');
  if (strings) return list(strings, 'values').map(String);
  return undefined;
}

function checkPredicate(operation: Operation, value: PredicateValue): void {
  const isList = Array.isArray(value);
  if (operation === 'IN') {
    if (!isList) throw badRequest(`cannot use IN operator with scalar type ${typeof value}`);
  } else if (operation === 'IS_SUBSTRING') {
    if (typeof value !== 'string')
      throw badRequest('cannot use non string value type with operator IS_SUBSTRING');
  } else if (isList) {
    throw badRequest(`cannot use scalar operator ${operation} on array type`);
  }
}
