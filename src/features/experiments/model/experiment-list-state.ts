import { substring, type Filter, type Predicate } from '@/lib/kfp/filter.ts';
import type { Experiment } from '@/lib/kfp/wire/experiment.ts';

export const EXPERIMENT_LIST_PARAMS = { tab: 'tab', search: 'q' } as const;
/** KFP sorts experiments by `created_at`, `name` (the display name), `id` and `last_run_created_at`. */
export const EXPERIMENT_SORT_FIELDS = ['created_at', 'name', 'last_run_created_at'] as const;
export const EXPERIMENT_DEFAULT_SORT = { field: 'created_at', desc: true } as const;

export type ExperimentsTab = 'active' | 'archived';

export interface ExperimentListState {
  readonly tab: ExperimentsTab;
  readonly search: string;
}

export function parseExperimentListState(params: URLSearchParams): ExperimentListState {
  return {
    tab: params.get(EXPERIMENT_LIST_PARAMS.tab) === 'archived' ? 'archived' : 'active',
    search: (params.get(EXPERIMENT_LIST_PARAMS.search) ?? '').trim(),
  };
}

/** Active = not archived (older experiments may carry no storage state at all). */
export function experimentListFilter(state: ExperimentListState): Filter {
  const predicates: Predicate[] = [
    state.tab === 'archived'
      ? { key: 'storage_state', operation: 'EQUALS', string_value: 'ARCHIVED' }
      : { key: 'storage_state', operation: 'NOT_EQUALS', string_value: 'ARCHIVED' },
  ];
  if (state.search !== '') predicates.push(substring('name', state.search));
  return { predicates };
}

export interface ExperimentRow {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string | undefined;
  readonly lastRunAt: string | undefined;
}

export function toExperimentRow(experiment: Experiment): ExperimentRow {
  return {
    id: experiment.experiment_id,
    name: experiment.display_name || experiment.experiment_id,
    description: experiment.description,
    createdAt: experiment.created_at,
    lastRunAt: experiment.last_run_created_at,
  };
}
