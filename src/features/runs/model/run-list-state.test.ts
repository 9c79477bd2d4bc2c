import { describe, expect, it } from 'vitest';
import { parseRunListState, runListFilter } from './run-list-state.ts';

describe('parseRunListState', () => {
  it('defaults to active runs with no filters', () => {
    expect(parseRunListState(new URLSearchParams())).toEqual({
      tab: 'active',
      search: '',
      states: [],
      createdFrom: undefined,
      createdTo: undefined,
    });
  });

  it('reads tab, search, states and the created range; drops unknown and repeated states', () => {
    const params = new URLSearchParams(
      'tab=archived&q=%20train%20&state=RUNNING&state=BOGUS&state=FAILED&state=RUNNING&from=2026-08-01T00:00:00Z&to=nonsense',
    );
    expect(parseRunListState(params)).toEqual({
      tab: 'archived',
      search: 'train',
      states: ['RUNNING', 'FAILED'],
      createdFrom: '2026-08-01T00:00:00.000Z',
      createdTo: undefined,
    });
  });
});

describe('runListFilter', () => {
  it('lists not-archived runs on the active tab', () => {
    expect(runListFilter(parseRunListState(new URLSearchParams())).predicates).toEqual([
      { key: 'storage_state', operation: 'NOT_EQUALS', string_value: 'ARCHIVED' },
    ]);
  });

  it('builds every predicate from the URL state', () => {
    const state = parseRunListState(
      new URLSearchParams(
        'tab=archived&q=mnist&state=SUCCEEDED&state=FAILED&from=2026-08-01T00:00:00Z&to=2026-08-02T00:00:00Z',
      ),
    );
    expect(runListFilter(state).predicates).toEqual([
      { key: 'storage_state', operation: 'EQUALS', string_value: 'ARCHIVED' },
      { key: 'display_name', operation: 'IS_SUBSTRING', string_value: 'mnist' },
      { key: 'state', operation: 'IN', string_values: { values: ['SUCCEEDED', 'FAILED'] } },
      {
        key: 'created_at',
        operation: 'GREATER_THAN_EQUALS',
        timestamp_value: '2026-08-01T00:00:00.000Z',
      },
      { key: 'created_at', operation: 'LESS_THAN', timestamp_value: '2026-08-02T00:00:00.000Z' },
    ]);
  });
});
