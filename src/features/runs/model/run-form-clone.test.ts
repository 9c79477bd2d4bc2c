import { describe, expect, it } from 'vitest';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { cloneOfRecurringRun, cloneOfRun, freshStart } from './run-form-clone.ts';

const run: Run = {
  run_id: 'r1',
  experiment_id: 'e1',
  display_name: 'Second try',
  description: 'notes',
  storage_state: 'AVAILABLE',
  pipeline_version_id: undefined,
  pipeline_spec: undefined,
  pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: 'v1' },
  runtime_config: {
    parameters: { a: '2', rate: 0.5, list: [1, 2] },
    pipeline_root: 'minio://root',
  },
  service_account: 'sa',
  created_at: undefined,
  scheduled_at: undefined,
  finished_at: undefined,
  state: 'SUCCEEDED',
  error: undefined,
  run_details: undefined,
  recurring_run_id: '',
  state_history: [],
  tasks: undefined,
};

describe('freshStart', () => {
  it('takes pipeline, version and experiment from the URL; a version without its pipeline is dropped', () => {
    expect(freshStart({ pipelineId: 'p', versionId: 'v', experimentId: 'e' }).values).toMatchObject(
      { pipelineId: 'p', versionId: 'v', experimentId: 'e', mode: 'once' },
    );
    expect(freshStart({ versionId: 'v' }).values).toMatchObject({ pipelineId: '', versionId: '' });
    expect(freshStart({ recurring: true }).values.mode).toBe('recurring');
    expect(freshStart({}).named).toBe(false);
  });
});

describe('cloneOfRun', () => {
  it('copies the settings and shows parameter values as texts', () => {
    const start = cloneOfRun(run);
    expect(start.named).toBe(true);
    expect(start.values).toMatchObject({
      pipelineId: 'p1',
      versionId: 'v1',
      experimentId: 'e1',
      name: 'Clone of Second try',
      description: 'notes',
      serviceAccount: 'sa',
      pipelineRoot: 'minio://root',
      parameters: { a: '2', rate: '0.5', list: '[1,2]' },
      mode: 'once',
    });
    expect(start.clone).toEqual({ sourceName: 'Second try', versionId: 'v1', inlineSpec: false });
  });

  it('reads the deprecated pipeline_version_id and says when the run had an inline spec', () => {
    expect(
      cloneOfRun({
        ...run,
        pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: undefined },
        pipeline_version_id: 'v0',
      }).values.versionId,
    ).toBe('v0');
    const inline = cloneOfRun({
      ...run,
      pipeline_version_reference: undefined,
      pipeline_spec: { root: {} },
    });
    expect(inline.values).toMatchObject({ pipelineId: '', versionId: '' });
    expect(inline.clone?.inlineSpec).toBe(true);
  });
});

describe('cloneOfRecurringRun', () => {
  const recurring: RecurringRun = {
    recurring_run_id: 'rr1',
    display_name: 'Nightly',
    description: '',
    pipeline_version_id: undefined,
    pipeline_spec: undefined,
    pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: undefined },
    runtime_config: { parameters: { a: 1 }, pipeline_root: undefined },
    service_account: '',
    max_concurrency: '3',
    trigger: {
      cron_schedule: undefined,
      periodic_schedule: { interval_second: '3600', start_time: undefined, end_time: undefined },
    },
    mode: 'ENABLE',
    created_at: undefined,
    updated_at: undefined,
    status: 'ENABLED',
    error: undefined,
    no_catchup: true,
    namespace: 'ns',
    experiment_id: 'e1',
  };

  it('is recurring, keeps "always the latest version" and its schedule', () => {
    const start = cloneOfRecurringRun(recurring);
    expect(start.values).toMatchObject({
      mode: 'recurring',
      useLatestVersion: true,
      pipelineId: 'p1',
      versionId: '',
      name: 'Clone of Nightly',
      parameters: { a: '1' },
    });
    expect(start.values.trigger).toMatchObject({
      kind: 'periodic',
      every: '1',
      unit: 'hours',
      maxConcurrency: '3',
      catchUp: false,
    });
  });

  it('keeps a fixed version', () => {
    const start = cloneOfRecurringRun({
      ...recurring,
      pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: 'v2' },
    });
    expect(start.values).toMatchObject({ useLatestVersion: false, versionId: 'v2' });
  });
});
