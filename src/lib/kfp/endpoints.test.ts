import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../../scripts/shared-dir.ts';
import { createTestEmulator, type TestEmulator } from '@/testing/test-emulator.ts';
import { ApiError, SessionExpiredError } from './errors.ts';
import {
  archiveExperiment,
  createExperiment,
  getExperiment,
  listExperiments,
  unarchiveExperiment,
} from './experiments.ts';
import { equals, substring } from './filter.ts';
import { getHealthz } from './healthz.ts';
import { getEnvInfo } from './namespaces.ts';
import {
  getPipelineVersion,
  listPipelines,
  listPipelineVersions,
  uploadPipeline,
} from './pipelines.ts';
import {
  createRecurringRun,
  getRecurringRun,
  listRecurringRuns,
  setRecurringRunEnabled,
} from './recurring-runs.ts';
import { createRun, getRun, listRuns, runAction } from './runs.ts';
import { getPipelineVersionTemplate, getRunV1 } from './v1.ts';

/**
 * The endpoint functions and their parsers against the emulator, whose answers are checked against
 * the official swagger in its own tests: what the real server sends, our parsers accept.
 */
let emulator: TestEmulator;
const pipelineFile = () =>
  new File(
    [readFileSync(join(requireSharedDir(), 'fixtures/pipelines/v2/arguments_parameters.yaml'))],
    'arguments-parameters.yaml',
  );

beforeAll(async () => {
  emulator = await createTestEmulator();
});

describe('KFP endpoints against the emulator', () => {
  it('reads healthz and env-info', async () => {
    const alice = emulator.client('alice');
    await expect(getHealthz(alice)).resolves.toMatchObject({ multi_user: true });
    const info = await getEnvInfo(alice, '/api/workgroup/env-info');
    expect(info.namespaces.map((n) => n.namespace)).toEqual(['kubeflow-alice']);
  });

  it('uploads a pipeline and reads it back with its version and spec', async () => {
    const alice = emulator.client('alice');
    const pipeline = await uploadPipeline(alice, {
      file: pipelineFile(),
      displayName: 'Arguments demo',
      namespace: 'kubeflow-alice',
    });
    expect(pipeline).toMatchObject({ display_name: 'Arguments demo', namespace: 'kubeflow-alice' });

    const page = await listPipelines(alice, {
      namespace: 'kubeflow-alice',
      filter: { predicates: [substring('display_name', 'Arguments')] },
    });
    expect(page.items.map((p) => p.pipeline_id)).toContain(pipeline.pipeline_id);
    expect(page.total_size).toBeGreaterThanOrEqual(1);

    const versions = await listPipelineVersions(alice, pipeline.pipeline_id, {});
    const version = versions.items[0];
    expect(version?.pipeline_id).toBe(pipeline.pipeline_id);
    const full = await getPipelineVersion(
      alice,
      pipeline.pipeline_id,
      version?.pipeline_version_id ?? '',
    );
    expect(full.pipeline_spec).toHaveProperty('pipelineInfo');
    await expect(getPipelineVersionTemplate(alice, full.pipeline_version_id)).resolves.toContain(
      'pipelineInfo:',
    );
  });

  it('reports an unreadable upload with the server message', async () => {
    const file = new File(['not: [a pipeline'], 'broken.yaml');
    const error = await uploadPipeline(emulator.client('alice'), {
      file,
      namespace: 'kubeflow-alice',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400 });
    expect(String(error)).not.toBe('');
  });

  it('creates, archives and restores an experiment', async () => {
    const alice = emulator.client('alice');
    const experiment = await createExperiment(alice, {
      display_name: 'exp 50% a+b',
      namespace: 'kubeflow-alice',
    });
    expect(experiment.storage_state).toBe('AVAILABLE');

    // The search text holds % and +: the filter must survive KFP's double unescaping.
    const found = await listExperiments(alice, {
      namespace: 'kubeflow-alice',
      filter: { predicates: [equals('display_name', 'exp 50% a+b')] },
    });
    expect(found.items.map((e) => e.experiment_id)).toEqual([experiment.experiment_id]);

    await archiveExperiment(alice, experiment.experiment_id);
    await expect(getExperiment(alice, experiment.experiment_id)).resolves.toMatchObject({
      storage_state: 'ARCHIVED',
    });
    await unarchiveExperiment(alice, experiment.experiment_id);
    await expect(getExperiment(alice, experiment.experiment_id)).resolves.toMatchObject({
      storage_state: 'AVAILABLE',
    });
  });

  it('starts a run, reads its state history and terminates it', async () => {
    const alice = emulator.client('alice');
    const pipeline = await uploadPipeline(alice, {
      file: pipelineFile(),
      name: 'for-runs',
      namespace: 'kubeflow-alice',
    });
    const experiment = await createExperiment(alice, {
      display_name: 'runs',
      namespace: 'kubeflow-alice',
    });
    const run = await createRun(alice, {
      display_name: 'first run',
      experiment_id: experiment.experiment_id,
      pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
      runtime_config: { parameters: { param2: 'world' } },
    });
    expect(run.runtime_config?.parameters).toMatchObject({ param2: 'world' });
    expect(run).toMatchObject({
      display_name: 'first run',
      experiment_id: experiment.experiment_id,
      state: 'PENDING',
    });
    expect(run.state_history[0]?.state).toBe('PENDING');

    const page = await listRuns(alice, {
      namespace: 'kubeflow-alice',
      experimentId: experiment.experiment_id,
      sortBy: 'created_at desc',
    });
    expect(page.items.map((r) => r.run_id)).toEqual([run.run_id]);

    await runAction(alice, run.run_id, 'terminate');
    const after = await getRun(alice, run.run_id, { view: 'FULL' });
    expect(after.state_history.map((s) => s.state)).toEqual(['PENDING', 'CANCELING', 'FAILED']);

    const v1 = await getRunV1(alice, run.run_id);
    expect(v1.run).toMatchObject({ id: run.run_id, name: 'first run' });
    expect(v1.run.resource_references).toContainEqual(
      expect.objectContaining({ type: 'EXPERIMENT', id: experiment.experiment_id }),
    );
  });

  it('creates and disables a recurring run', async () => {
    const alice = emulator.client('alice');
    const pipeline = await uploadPipeline(alice, {
      file: pipelineFile(),
      name: 'for-schedules',
      namespace: 'kubeflow-alice',
    });
    const experiment = await createExperiment(alice, {
      display_name: 'schedules',
      namespace: 'kubeflow-alice',
    });
    const created = await createRecurringRun(alice, {
      display_name: 'nightly',
      experiment_id: experiment.experiment_id,
      pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
      runtime_config: { parameters: { param2: 'nightly' } },
      max_concurrency: '1',
      mode: 'ENABLE',
      trigger: { cron_schedule: { cron: '0 30 2 * * ?' } },
    });
    expect(created).toMatchObject({ status: 'ENABLED', max_concurrency: '1' });
    expect(created.trigger?.cron_schedule?.cron).toBe('0 30 2 * * ?');

    await setRecurringRunEnabled(alice, created.recurring_run_id, false);
    await expect(getRecurringRun(alice, created.recurring_run_id)).resolves.toMatchObject({
      status: 'DISABLED',
    });
    const page = await listRecurringRuns(alice, { namespace: 'kubeflow-alice' });
    expect(page.items.map((r) => r.recurring_run_id)).toContain(created.recurring_run_id);
  });

  it('refuses bob in alice’s namespace (403) and anyone without a token (session expired)', async () => {
    await expect(
      listExperiments(emulator.client('bob'), { namespace: 'kubeflow-alice' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      listExperiments(emulator.client(), { namespace: 'kubeflow-alice' }),
    ).rejects.toBeInstanceOf(SessionExpiredError);
  });
});
