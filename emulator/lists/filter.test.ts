import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/errors.ts';
import { parseFilter } from './filter.ts';
import { listPage } from './list-page.ts';
import { queryUnescape } from './query-unescape.ts';
import { at, itemSpec, makeItems } from '../testing/test-items.ts';

const items = makeItems(12);

/** Runs a filter object through the list the way the HTTP layer hands it over (decoded once). */
function filtered(filter: object, dialect: 'v1' | 'v2' = 'v2'): string[] {
  return listPage(
    items,
    { filter: JSON.stringify(filter), pageSize: '100', sortBy: 'name' },
    itemSpec,
    dialect,
  ).items.map((i) => i.name);
}
const one = (predicate: object) => filtered({ predicates: [predicate] });
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `item-${String(from + i).padStart(2, '0')}`);

function badRequest(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return error.message;
    throw error;
  }
  throw new Error('expected InvalidArgument');
}

describe('filter operations', () => {
  it('EQUALS and NOT_EQUALS on strings ignore case', () => {
    expect(one({ key: 'name', operation: 'EQUALS', string_value: 'ITEM-03' })).toEqual(['item-03']);
    expect(one({ key: 'name', operation: 'NOT_EQUALS', string_value: 'item-03' })).toHaveLength(11);
  });

  it('ordering operators on numbers', () => {
    expect(one({ key: 'count', operation: 'GREATER_THAN', int_value: 90 })).toEqual(range(10, 11));
    expect(one({ key: 'count', operation: 'GREATER_THAN_EQUALS', int_value: 90 })).toEqual(
      range(9, 11),
    );
    expect(one({ key: 'count', operation: 'LESS_THAN', long_value: '20' })).toEqual(range(0, 1));
    expect(one({ key: 'count', operation: 'LESS_THAN_EQUALS', long_value: 20 })).toEqual(
      range(0, 2),
    );
  });

  it('ordering operators on strings', () => {
    expect(one({ key: 'name', operation: 'GREATER_THAN', string_value: 'item-09' })).toEqual(
      range(10, 11),
    );
    expect(one({ key: 'name', operation: 'LESS_THAN_EQUALS', string_value: 'item-01' })).toEqual(
      range(0, 1),
    );
  });

  it('timestamp values compare in whole seconds', () => {
    expect(
      one({ key: 'created_at', operation: 'GREATER_THAN_EQUALS', timestamp_value: at(10) }),
    ).toEqual(range(10, 11));
    expect(one({ key: 'created_at', operation: 'LESS_THAN', timestampValue: at(2) })).toEqual(
      range(0, 1),
    );
    expect(
      one({
        key: 'created_at',
        operation: 'EQUALS',
        timestamp_value: at(4).replace('.000Z', '.900Z'),
      }),
    ).toEqual(['item-04']);
  });

  it('IN with string, int and long lists', () => {
    expect(
      one({
        key: 'name',
        operation: 'IN',
        string_values: { values: ['item-01', 'ITEM-02', 'nope'] },
      }),
    ).toEqual(range(1, 2));
    expect(one({ key: 'count', operation: 'IN', int_values: { values: [0, 110] } })).toEqual([
      'item-00',
      'item-11',
    ]);
    expect(one({ key: 'count', operation: 'IN', longValues: { values: ['30', 40] } })).toEqual(
      range(3, 4),
    );
  });

  it('IS_SUBSTRING ignores case', () => {
    expect(one({ key: 'display_name', operation: 'IS_SUBSTRING', string_value: 'EM-1' })).toEqual(
      range(10, 11),
    );
  });

  it('ANDs predicates', () => {
    expect(
      filtered({
        predicates: [
          { key: 'storage_state', operation: 'EQUALS', string_value: 'ARCHIVED' },
          { key: 'count', operation: 'GREATER_THAN', int_value: 30 },
        ],
      }),
    ).toEqual(['item-06', 'item-09']);
  });

  it('accepts lowerCamelCase names and enum numbers', () => {
    expect(
      filtered({ predicates: [{ key: 'name', operation: 1, stringValue: 'item-05' }] }),
    ).toEqual(['item-05']);
    expect(
      filtered({ predicates: [{ key: 'count', operation: 8, intValues: { values: [50] } }] }),
    ).toEqual(['item-05']);
  });

  it('reads the v1beta1 dialect: op by name or number, v1 storage states', () => {
    expect(
      filtered({ predicates: [{ op: 1, key: 'name', stringValue: 'item-07' }] }, 'v1'),
    ).toEqual(['item-07']);
    expect(
      filtered({ predicates: [{ op: 'IS_SUBSTRING', key: 'name', string_value: 'item-1' }] }, 'v1'),
    ).toEqual(range(10, 11));
    expect(
      filtered(
        {
          predicates: [
            { op: 'EQUALS', key: 'storage_state', string_value: 'STORAGESTATE_ARCHIVED' },
          ],
        },
        'v1',
      ),
    ).toEqual(['item-00', 'item-03', 'item-06', 'item-09']);
    expect(
      badRequest(() => filtered({ predicates: [{ op: 1, key: 'name', string_value: 'x' }] }, 'v2')),
    ).toMatch(/unknown field "op"/);
  });
});

describe('filter encoding', () => {
  const json = JSON.stringify({
    predicates: [{ key: 'name', operation: 'EQUALS', string_value: 'item 10%' }],
  });

  it('reads a single-encoded filter (after the HTTP layer decoded it once)', () => {
    const plain = JSON.stringify({
      predicates: [{ key: 'name', operation: 'EQUALS', string_value: 'item-10' }],
    });
    expect(parseFilter(plain)).toEqual([{ key: 'name', operation: 'EQUALS', value: 'item-10' }]);
  });

  it('reads a double-encoded filter, including % and +', () => {
    expect(parseFilter(encodeURIComponent(json))).toEqual([
      { key: 'name', operation: 'EQUALS', value: 'item 10%' },
    ]);
    expect(queryUnescape('a+b%2Bc')).toBe('a b+c');
    expect(queryUnescape('%E2%9C%93')).toBe('\u2713');
  });

  it('refuses malformed escapes, JSON and shapes', () => {
    expect(badRequest(() => parseFilter('%zz'))).toMatch(/failed to parse valid filter/);
    expect(badRequest(() => parseFilter('{"predicates":'))).toMatch(/syntax error/);
    expect(badRequest(() => parseFilter('[]'))).toMatch(/invalid value for message/);
    expect(badRequest(() => parseFilter('{"predicate":[]}'))).toMatch(
      /unknown field "predicate" in v2beta1.Filter/,
    );
    expect(
      badRequest(() =>
        parseFilter(
          '{"predicates":[{"key":"name","operation":"EQUALS","string_value":"a","colour":1}]}',
        ),
      ),
    ).toMatch(/unknown field "colour"/);
    expect(
      badRequest(() =>
        parseFilter('{"predicates":[{"key":"name","operation":"LIKE","string_value":"a"}]}'),
      ),
    ).toMatch(/invalid value for enum/);
    expect(
      badRequest(() =>
        parseFilter('{"predicates":[{"key":"name","operation":"EQUALS","int_value":"x"}]}'),
      ),
    ).toMatch(/invalid value for int32/);
  });

  it('refuses predicates that KFP refuses', () => {
    const p = (predicate: object) => () => parseFilter(JSON.stringify({ predicates: [predicate] }));
    expect(badRequest(p({ key: 'name', string_value: 'a' }))).toMatch(
      /invalid predicate operation/,
    );
    expect(badRequest(p({ key: 'name', operation: 'EQUALS' }))).toMatch(/value cannot be empty/);
    expect(badRequest(p({ operation: 'EQUALS', string_value: 'a' }))).toMatch(
      /key cannot be empty/,
    );
    expect(badRequest(p({ key: 'name', operation: 'IN', string_value: 'a' }))).toMatch(
      /cannot use IN operator/,
    );
    expect(
      badRequest(p({ key: 'name', operation: 'EQUALS', string_values: { values: ['a'] } })),
    ).toMatch(/scalar operator/);
    expect(badRequest(p({ key: 'count', operation: 'IS_SUBSTRING', int_value: 1 }))).toMatch(
      /non string/,
    );
    expect(
      badRequest(p({ key: 'name', operation: 'EQUALS', string_value: 'a', int_value: 1 })),
    ).toMatch(/oneof value/);
  });

  it('refuses unknown keys when binding to a resource', () => {
    expect(
      badRequest(() => one({ key: 'colour', operation: 'EQUALS', string_value: 'red' })),
    ).toMatch(/no support for filtering on unrecognized field "colour"/);
  });
});
