import { describe, expect, it } from 'vitest';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { hasActiveRun, inlineSpecName, lookupIds, toRunRow } from './run-row';

function run(overrides: Partial<Run>): Run {
  return {
    run_id: 'r1',
    experiment_id: '',
    display_name: 'run one',
    description: '',
    storage_state: 'AVAILABLE',
    pipeline_version_id: undefined,
    pipeline_spec: undefined,
    pipeline_version_reference: undefined,
    runtime_config: undefined,
    service_account: '',
    created_at: '2026-08-01T10:00:00Z',
    scheduled_at: undefined,
    finished_at: undefined,
    state: 'RUNNING',
    error: undefined,
    run_details: undefined,
    recurring_run_id: '',
    state_history: [],
    tasks: undefined,
    ...overrides,
  };
}

const lookups = {
  experiments: { names: new Map([['e1', 'Experiment one']]), pending: false },
  pipelines: { names: new Map([['p1', 'Pipeline one']]), pending: false },
};

describe('toRunRow', () => {
  it('names experiment and pipeline from the lookups and computes the duration', () => {
    const row = toRunRow(
      run({
        experiment_id: 'e1',
        pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: 'v1' },
        state: 'SUCCEEDED',
        finished_at: '2026-08-01T10:01:05Z',
        recurring_run_id: 'rr1',
      }),
      lookups,
    );
    expect(row).toMatchObject({
      id: 'r1',
      name: 'run one',
      duration: '0:01:05',
      experiment: { id: 'e1', name: 'Experiment one', pending: false },
      pipeline: { kind: 'version', pipeline: { id: 'p1', name: 'Pipeline one', pending: false }, versionId: 'v1' },
      recurringRunId: 'rr1',
    });
  });

  it('keeps ids whose names are not known and reads inline spec names', () => {
    const row = toRunRow(run({ experiment_id: 'e9', pipeline_spec: { pipelineInfo: { name: 'inline-pipe' } } }), lookups);
    expect(row.experiment).toEqual({ id: 'e9', name: undefined, pending: false });
    expect(row.pipeline).toEqual({ kind: 'inline', name: 'inline-pipe' });
    expect(row.duration).toBeUndefined();
  });

  it('marks names as pending while their lookup runs', () => {
    const row = toRunRow(
      run({ experiment_id: 'e1', pipeline_version_reference: { pipeline_id: 'p2', pipeline_version_id: undefined } }),
      { experiments: { names: new Map(), pending: true }, pipelines: { names: new Map(), pending: true } },
    );
    expect(row.experiment).toEqual({ id: 'e1', name: undefined, pending: true });
    expect(row.pipeline).toEqual({ kind: 'version', pipeline: { id: 'p2', name: undefined, pending: true }, versionId: undefined });
  });

  it('falls back to the id for a run without a name', () => {
    expect(toRunRow(run({ display_name: '' }), lookups).name).toBe('r1');
  });
});

describe('inlineSpecName', () => {
  it('reads v2 IR and Argo workflow names', () => {
    expect(inlineSpecName({ pipelineInfo: { name: 'v2' } })).toBe('v2');
    expect(inlineSpecName({ kind: 'Workflow', metadata: { generateName: 'argo-' } })).toBe('argo-');
    expect(inlineSpecName({})).toBeUndefined();
  });
});

describe('lookupIds', () => {
  it('collects each experiment and pipeline id once, sorted', () => {
    const runs = [
      run({ experiment_id: 'e2', pipeline_version_reference: { pipeline_id: 'p2', pipeline_version_id: 'v' } }),
      run({ experiment_id: 'e1', pipeline_version_reference: { pipeline_id: 'p2', pipeline_version_id: 'w' } }),
      run({ experiment_id: 'e2' }),
      run({ experiment_id: '' }),
    ];
    expect(lookupIds(runs)).toEqual({ experimentIds: ['e1', 'e2'], pipelineIds: ['p2'] });
  });
});

describe('hasActiveRun', () => {
  it('is true while a run is pending, running or canceling', () => {
    expect(hasActiveRun([{ state: 'SUCCEEDED' }, { state: 'CANCELING' }])).toBe(true);
    expect(hasActiveRun([{ state: 'PENDING' }])).toBe(true);
    expect(hasActiveRun([{ state: 'SUCCEEDED' }, { state: 'FAILED' }, { state: 'PAUSED' }])).toBe(false);
    expect(hasActiveRun([])).toBe(false);
  });
});
