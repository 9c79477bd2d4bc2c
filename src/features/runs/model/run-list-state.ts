import { oneOf, substring, type Filter, type Predicate } from '@/lib/kfp/filter.ts';
import { RUNTIME_STATES, type RuntimeState } from '@/lib/kfp/wire/common.ts';
import { metricSortFields, parseMetricColumns } from './metric-columns.ts';

/** URL parameters of the runs list (besides paging and sort, which the data table owns). */
export const RUN_LIST_PARAMS = {
  tab: 'tab',
  search: 'q',
  state: 'state',
  from: 'from',
  to: 'to',
} as const;

export type RunsTab = 'active' | 'archived';

/**
 * `state` is a sort key of real servers (backend/src/apiserver/model/run.go `runAPIToModelFieldMap`,
 * KFP 2.x): the State column, so runs sort by the state's name (CANCELED … SUCCEEDED), not by progress.
 */
export const RUN_SORT_FIELDS = ['created_at', 'display_name', 'state'] as const;

/** Sort fields of a runs list's URL: the fixed ones plus `metric:<name>` of each v1 metric column. */
export function runSortFields(params: URLSearchParams): readonly string[] {
  return metricSortFields(RUN_SORT_FIELDS, parseMetricColumns(params));
}
export const RUN_DEFAULT_SORT = { field: 'created_at', desc: true } as const;

/** States a user can filter on (everything but UNSPECIFIED). */
export const FILTERABLE_RUN_STATES: readonly RuntimeState[] = RUNTIME_STATES.filter(
  (state) => state !== 'RUNTIME_STATE_UNSPECIFIED',
);

export interface RunListState {
  readonly tab: RunsTab;
  readonly search: string;
  readonly states: readonly RuntimeState[];
  /** RFC 3339 instants, inclusive from, exclusive to. */
  readonly createdFrom: string | undefined;
  readonly createdTo: string | undefined;
}

function isRuntimeState(value: string): value is RuntimeState {
  return FILTERABLE_RUN_STATES.some((state) => state === value);
}

function instantParam(raw: string | null): string | undefined {
  if (raw === null || raw === '') return undefined;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Reads the runs list's filters from the URL; unknown values are ignored rather than sent. */
export function parseRunListState(params: URLSearchParams): RunListState {
  const states = [...new Set(params.getAll(RUN_LIST_PARAMS.state))].filter(isRuntimeState);
  return {
    tab: params.get(RUN_LIST_PARAMS.tab) === 'archived' ? 'archived' : 'active',
    search: (params.get(RUN_LIST_PARAMS.search) ?? '').trim(),
    states,
    createdFrom: instantParam(params.get(RUN_LIST_PARAMS.from)),
    createdTo: instantParam(params.get(RUN_LIST_PARAMS.to)),
  };
}

/**
 * The server filter for a runs list. "Active" is `storage_state != ARCHIVED` (like the KFP UI), so
 * runs stored before storage states existed still show.
 */
export function runListFilter(state: RunListState): Filter {
  const predicates: Predicate[] = [
    state.tab === 'archived'
      ? { key: 'storage_state', operation: 'EQUALS', string_value: 'ARCHIVED' }
      : { key: 'storage_state', operation: 'NOT_EQUALS', string_value: 'ARCHIVED' },
  ];
  if (state.search !== '') predicates.push(substring('display_name', state.search));
  if (state.states.length > 0) predicates.push(oneOf('state', state.states));
  if (state.createdFrom !== undefined)
    predicates.push({
      key: 'created_at',
      operation: 'GREATER_THAN_EQUALS',
      timestamp_value: state.createdFrom,
    });
  if (state.createdTo !== undefined)
    predicates.push({
      key: 'created_at',
      operation: 'LESS_THAN',
      timestamp_value: state.createdTo,
    });
  return { predicates };
}
