import { describe, expect, it } from 'vitest';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { hasActiveRun, inlineSpecName, toRunRow, type ResolveName } from './run-row.ts';

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

const NAMES = new Map([
  ['experiments:e1', 'Experiment one'],
  ['versions:v1', 'pipe one v1'],
  ['recurring-runs:rr1', 'nightly'],
]);

/** Names from the map; `pendingKind` ids are loading. */
function resolver({ pendingKind }: { pendingKind?: string } = {}): ResolveName {
  return (kind, id) => {
    const name = NAMES.get(`${kind}:${id}`);
    return { id, name, pending: name === undefined && kind === pendingKind };
  };
}

describe('toRunRow', () => {
  it('names experiment, pipeline version and recurring run from the lookups and computes the duration', () => {
    const row = toRunRow(
      run({
        experiment_id: 'e1',
        pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: 'v1' },
        state: 'SUCCEEDED',
        finished_at: '2026-08-01T10:01:05Z',
        recurring_run_id: 'rr1',
      }),
      resolver(),
    );
    expect(row).toMatchObject({
      id: 'r1',
      name: 'run one',
      duration: '0:01:05',
      experiment: { id: 'e1', name: 'Experiment one', pending: false },
      pipeline: {
        kind: 'version',
        pipelineId: 'p1',
        version: { id: 'v1', name: 'pipe one v1', pending: false },
      },
      recurringRun: { id: 'rr1', name: 'nightly' },
    });
  });

  it('keeps ids whose names are not known and reads inline spec names', () => {
    const row = toRunRow(
      run({ experiment_id: 'e9', pipeline_spec: { pipelineInfo: { name: 'inline-pipe' } } }),
      resolver(),
    );
    expect(row.experiment).toEqual({ id: 'e9', name: undefined, pending: false });
    expect(row.pipeline).toEqual({ kind: 'inline', name: 'inline-pipe' });
    expect(row.recurringRun).toBeUndefined();
    expect(row.duration).toBeUndefined();
  });

  it('marks names as pending while their lookup runs', () => {
    const row = toRunRow(
      run({
        experiment_id: 'e2',
        pipeline_version_reference: { pipeline_id: 'p2', pipeline_version_id: 'v2' },
      }),
      resolver({ pendingKind: 'experiments' }),
    );
    expect(row.experiment).toEqual({ id: 'e2', name: undefined, pending: true });
    expect(row.pipeline).toEqual({
      kind: 'version',
      pipelineId: 'p2',
      version: { id: 'v2', name: undefined, pending: false },
    });
  });

  it('takes a reference without a version as the latest version of its pipeline', () => {
    const row = toRunRow(
      run({ pipeline_version_reference: { pipeline_id: 'p3', pipeline_version_id: undefined } }),
      resolver(),
    );
    expect(row.pipeline).toEqual({ kind: 'version', pipelineId: 'p3', version: undefined });
  });

  it('falls back to the id for a run without a name', () => {
    expect(toRunRow(run({ display_name: '' }), resolver()).name).toBe('r1');
  });
});

describe('inlineSpecName', () => {
  it('reads v2 IR and Argo workflow names', () => {
    expect(inlineSpecName({ pipelineInfo: { name: 'v2' } })).toBe('v2');
    expect(inlineSpecName({ kind: 'Workflow', metadata: { generateName: 'argo-' } })).toBe('argo-');
    expect(inlineSpecName({})).toBeUndefined();
  });
});

describe('hasActiveRun', () => {
  it('is true while a run is pending, running or canceling', () => {
    expect(hasActiveRun([{ state: 'SUCCEEDED' }, { state: 'CANCELING' }])).toBe(true);
    expect(hasActiveRun([{ state: 'PENDING' }])).toBe(true);
    expect(hasActiveRun([{ state: 'SUCCEEDED' }, { state: 'FAILED' }, { state: 'PAUSED' }])).toBe(
      false,
    );
    expect(hasActiveRun([])).toBe(false);
  });
});
