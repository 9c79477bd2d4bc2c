import { describe, expect, it } from 'vitest';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import { runNowBody } from './trigger-run-now.ts';

const base: RecurringRun = {
  recurring_run_id: 'rr1',
  display_name: 'Nightly',
  description: 'every night',
  pipeline_version_id: undefined,
  pipeline_spec: undefined,
  pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: 'v1' },
  runtime_config: { parameters: { a: '3', rate: 0.5 }, pipeline_root: 'minio://x' },
  service_account: 'sa',
  max_concurrency: '1',
  trigger: {
    cron_schedule: { cron: '0 0 0 * * *', start_time: undefined, end_time: undefined },
    periodic_schedule: undefined,
  },
  mode: 'ENABLE',
  created_at: undefined,
  updated_at: undefined,
  status: 'ENABLED',
  error: undefined,
  no_catchup: false,
  namespace: 'kubeflow-alice',
  experiment_id: 'e1',
};

const now = new Date(2026, 0, 2, 3, 4, 5);

describe('runNowBody', () => {
  it('starts a one-off run with the same version, experiment, parameters, root and account', () => {
    expect(runNowBody(base, now)).toEqual({
      display_name: 'Nightly (run now, 2026-01-02 03:04:05)',
      description: 'every night',
      experiment_id: 'e1',
      service_account: 'sa',
      runtime_config: { parameters: { a: '3', rate: 0.5 }, pipeline_root: 'minio://x' },
      pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: 'v1' },
    });
  });

  it('keeps "latest version" (only a pipeline id) and reads the deprecated version field', () => {
    expect(
      runNowBody(
        {
          ...base,
          pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: undefined },
        },
        now,
      ),
    ).toMatchObject({ pipeline_version_reference: { pipeline_id: 'p1' } });
    expect(
      runNowBody(
        {
          ...base,
          pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: undefined },
          pipeline_version_id: 'v0',
        },
        now,
      ),
    ).toMatchObject({
      pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: 'v0' },
    });
  });

  it('sends an inline spec when there is no pipeline reference, and refuses when there is neither', () => {
    const spec = { pipelineInfo: { name: 'x' }, root: {} };
    const body = runNowBody(
      {
        ...base,
        pipeline_version_reference: undefined,
        pipeline_spec: spec,
        runtime_config: undefined,
        service_account: '',
        description: '',
      },
      now,
    );
    expect(body).toEqual({
      display_name: 'Nightly (run now, 2026-01-02 03:04:05)',
      experiment_id: 'e1',
      runtime_config: { parameters: {} },
      pipeline_spec: spec,
    });
    expect(() => runNowBody({ ...base, pipeline_version_reference: undefined }, now)).toThrow(
      /cannot be run now/,
    );
  });
});
