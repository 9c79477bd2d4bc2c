import { describe, expect, it } from 'vitest';
import {
  nextSort,
  parsePageSize,
  parseSort,
  readPageTokens,
  scopeParams,
  toSortBy,
  unscopeParams,
  withPageTokens,
  withParams,
} from './list-url-state.ts';

const fallback = { field: 'created_at', desc: true };

describe('page tokens in the URL', () => {
  it('keeps the stack in order and drops empty tokens', () => {
    const params = withPageTokens(new URLSearchParams('q=x'), ['t1', 't+/=2']);
    expect(params.toString()).toBe('q=x&pt=t1&pt=t%2B%2F%3D2');
    const reloaded = new URLSearchParams(params.toString());
    expect(readPageTokens(reloaded)).toEqual(['t1', 't+/=2']);
    expect(readPageTokens(new URLSearchParams('pt=&pt=a'))).toEqual(['a']);
  });

  it('restarts paging when a filter, sort or page size changes', () => {
    const params = new URLSearchParams('pt=a&pt=b&q=old&state=RUNNING');
    const next = withParams(params, { q: 'new', state: ['FAILED', 'SUCCEEDED'] });
    expect(readPageTokens(next)).toEqual([]);
    expect(next.get('q')).toBe('new');
    expect(next.getAll('state')).toEqual(['FAILED', 'SUCCEEDED']);
    expect(withParams(next, { q: '', state: undefined }).toString()).toBe('');
  });
});

describe('sort', () => {
  it('reads an allowed field and order, else the default', () => {
    expect(
      parseSort(
        new URLSearchParams('sort=display_name&order=asc'),
        ['created_at', 'display_name'],
        fallback,
      ),
    ).toEqual({ field: 'display_name', desc: false });
    expect(parseSort(new URLSearchParams('sort=evil&order=asc'), ['created_at'], fallback)).toEqual(
      fallback,
    );
  });

  it('formats sort_by as the server expects', () => {
    expect(toSortBy({ field: 'created_at', desc: true })).toBe('created_at desc');
    expect(toSortBy({ field: 'display_name', desc: false })).toBe('display_name');
  });

  it('flips the same field and starts time fields descending', () => {
    expect(nextSort(fallback, 'created_at')).toEqual({ field: 'created_at', desc: false });
    expect(nextSort(fallback, 'display_name')).toEqual({ field: 'display_name', desc: false });
    expect(nextSort({ field: 'display_name', desc: false }, 'created_at')).toEqual({
      field: 'created_at',
      desc: true,
    });
    expect(nextSort(fallback, 'metric:map50')).toEqual({ field: 'metric:map50', desc: true });
  });
});

describe('parsePageSize', () => {
  it('accepts only the offered sizes', () => {
    expect(parsePageSize('50')).toBe(50);
    expect(parsePageSize('7')).toBeUndefined();
    expect(parsePageSize(null)).toBeUndefined();
  });
});

describe('scoped parameters (several lists on one page)', () => {
  it('reads only the prefixed parameters and writes them back without touching the others', () => {
    const url = new URLSearchParams(
      'ns=kubeflow-alice&section=runs&runs.pt=a&runs.q=x&recurring.pt=z',
    );
    const runs = scopeParams(url, 'runs.');
    expect(runs.toString()).toBe('pt=a&q=x');
    const next = unscopeParams(url, 'runs.', withPageTokens(runs, ['a', 'b']));
    expect(next.toString()).toBe(
      'ns=kubeflow-alice&section=runs&recurring.pt=z&runs.q=x&runs.pt=a&runs.pt=b',
    );
    expect(scopeParams(next, 'recurring.').toString()).toBe('pt=z');
  });

  it('is the identity without a prefix', () => {
    const url = new URLSearchParams('ns=a&pt=b');
    expect(scopeParams(url, '').toString()).toBe('ns=a&pt=b');
    expect(unscopeParams(url, '', new URLSearchParams('ns=a')).toString()).toBe('ns=a');
  });
});
