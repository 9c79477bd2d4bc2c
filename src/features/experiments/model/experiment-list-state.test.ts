import { describe, expect, it } from 'vitest';
import {
  experimentListFilter,
  parseExperimentListState,
  toExperimentRow,
} from './experiment-list-state.ts';

describe('experiment list filter', () => {
  it('lists active experiments as not archived', () => {
    expect(experimentListFilter(parseExperimentListState(new URLSearchParams()))).toEqual({
      predicates: [{ key: 'storage_state', operation: 'NOT_EQUALS', string_value: 'ARCHIVED' }],
    });
  });

  it('adds the name search on the archived tab', () => {
    expect(
      experimentListFilter(parseExperimentListState(new URLSearchParams('tab=archived&q=+mnist'))),
    ).toEqual({
      predicates: [
        { key: 'storage_state', operation: 'EQUALS', string_value: 'ARCHIVED' },
        { key: 'name', operation: 'IS_SUBSTRING', string_value: 'mnist' },
      ],
    });
  });
});

describe('toExperimentRow', () => {
  it('keeps the last run time and falls back to the id for a name', () => {
    const row = toExperimentRow({
      experiment_id: 'e1',
      display_name: '',
      description: 'about',
      created_at: '2026-08-01T00:00:00Z',
      namespace: 'kubeflow-alice',
      storage_state: 'AVAILABLE',
      last_run_created_at: '2026-08-02T00:00:00Z',
    });
    expect(row).toEqual({
      id: 'e1',
      name: 'e1',
      description: 'about',
      createdAt: '2026-08-01T00:00:00Z',
      lastRunAt: '2026-08-02T00:00:00Z',
    });
  });
});
