import { describe, expect, it } from 'vitest';
import type { Run } from '@/lib/kfp/wire/run.ts';
import {
  lookupSignature,
  pageRefs,
  planLookups,
  refsSignature,
  type Coverage,
  type Lookup,
} from './lookup-plan.ts';

function run(
  experiment: string,
  pipeline: string,
  version: string | undefined,
  recurring = '',
): Run {
  return {
    run_id: `${experiment}-${pipeline}-${version ?? 'latest'}`,
    experiment_id: experiment,
    display_name: 'run',
    description: '',
    storage_state: 'AVAILABLE',
    pipeline_version_id: undefined,
    pipeline_spec: undefined,
    pipeline_version_reference:
      pipeline === '' ? undefined : { pipeline_id: pipeline, pipeline_version_id: version },
    runtime_config: undefined,
    service_account: '',
    created_at: undefined,
    scheduled_at: undefined,
    finished_at: undefined,
    state: 'SUCCEEDED',
    error: undefined,
    run_details: undefined,
    recurring_run_id: recurring,
    state_history: [],
    tasks: undefined,
  };
}

const nothingKnown: Coverage = () => undefined;

describe('pageRefs', () => {
  it('collects each id once, versions grouped by pipeline, the most used pipeline first', () => {
    const refs = pageRefs([
      run('e2', 'pB', 'vB1'),
      run('e1', 'pA', 'vA1', 'rr1'),
      run('e2', 'pA', 'vA2'),
      run('e1', 'pA', 'vA1'),
      run('', 'pC', undefined),
      run('e1', '', undefined),
    ]);
    expect(refs).toEqual({
      experimentIds: ['e1', 'e2'],
      versions: [
        { pipelineId: 'pA', ids: ['vA1', 'vA2'], rows: 3 },
        { pipelineId: 'pB', ids: ['vB1'], rows: 1 },
      ],
      recurringRunIds: ['rr1'],
    });
  });
});

describe('planLookups', () => {
  const mixed = pageRefs([
    run('e1', 'private', 'v1', 'rr1'),
    run('e2', 'shared', 'v2'),
    run('e1', 'private', 'v1'),
  ]);

  it('asks for every kind at once: experiments, the versions of each pipeline (most used first), recurring runs', () => {
    expect(planLookups(mixed, nothingKnown, { showExperiment: true })).toEqual([
      { kind: 'experiments', ids: ['e1', 'e2'] },
      { kind: 'versions', pipelineId: 'private', ids: ['v1'] },
      { kind: 'versions', pipelineId: 'shared', ids: ['v2'] },
      { kind: 'recurring-runs', ids: ['rr1'] },
    ]);
  });

  it('asks only for ids no lookup covers and storage does not name; reuses the lookups that cover the rest', () => {
    const earlier: Lookup = { kind: 'experiments', ids: ['e0', 'e1'] };
    const coverage: Coverage = (kind, id) =>
      kind === 'experiments' && id === 'e1'
        ? earlier
        : kind === 'versions' && id === 'v1'
          ? 'stored'
          : undefined;
    expect(planLookups(mixed, coverage, { showExperiment: true })).toEqual([
      earlier,
      { kind: 'experiments', ids: ['e2'] },
      { kind: 'versions', pipelineId: 'shared', ids: ['v2'] },
      { kind: 'recurring-runs', ids: ['rr1'] },
    ]);
    expect(planLookups(mixed, () => 'stored', { showExperiment: true })).toEqual([]);
  });

  it('lists a covering lookup once however many of its ids the page shows', () => {
    const earlier: Lookup = { kind: 'experiments', ids: ['e1', 'e2'] };
    expect(
      planLookups(mixed, (kind) => (kind === 'experiments' ? earlier : 'stored'), {
        showExperiment: true,
      }),
    ).toEqual([earlier]);
    expect(lookupSignature(earlier)).toBe(
      lookupSignature({ kind: 'experiments', ids: ['e1', 'e2'] }),
    );
  });

  it('skips experiment names where the column is hidden (an experiment’s own page)', () => {
    expect(
      planLookups(mixed, nothingKnown, { showExperiment: false }).map((lookup) => lookup.kind),
    ).toEqual(['versions', 'versions', 'recurring-runs']);
  });

  it('signs a page by its references, not by the run objects', () => {
    const again = pageRefs([
      run('e1', 'private', 'v1'),
      run('e2', 'shared', 'v2'),
      run('e1', 'private', 'v1', 'rr1'),
    ]);
    expect(refsSignature(again, true)).toBe(refsSignature(mixed, true));
    expect(refsSignature(mixed, false)).not.toBe(refsSignature(mixed, true));
  });
});
