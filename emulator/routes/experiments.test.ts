import { describe, expect, it } from 'vitest';
import { createTestApi, field, items, noAuth, text, type TestApi } from '../testing/test-app.ts';
import { createExperiment, recurringRunBody, uploadPipeline } from '../testing/test-pipelines.ts';

async function runIn(
  api: TestApi,
  experimentId: string,
  pipelineId: string,
  name: string,
): Promise<string> {
  const run = await api.call('POST', '/apis/v2beta1/runs', {
    as: 'alice',
    json: {
      display_name: name,
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
      runtime_config: { parameters: { a: 1 } },
    },
  });
  return text(run.body, 'run_id');
}

describe('experiments', () => {
  it('archiving archives its runs and disables its recurring runs; unarchiving brings back only the experiment', async () => {
    const api = await createTestApi();
    const experimentId = await createExperiment(api, 'alice', 'exp', 'kubeflow-alice');
    const otherId = await createExperiment(api, 'alice', 'other', 'kubeflow-alice');
    const { pipelineId } = await uploadPipeline(api, {
      name: 'p',
      as: 'alice',
      namespace: 'kubeflow-alice',
    });
    const runs = [
      await runIn(api, experimentId, pipelineId, 'a'),
      await runIn(api, experimentId, pipelineId, 'b'),
    ];
    const untouched = await runIn(api, otherId, pipelineId, 'c');
    const job = await api.call('POST', '/apis/v2beta1/recurringruns', {
      as: 'alice',
      json: recurringRunBody(experimentId, pipelineId),
    });
    expect(job.json.status).toBe('ENABLED');

    expect(
      (await api.call('POST', `/apis/v2beta1/experiments/${experimentId}:archive`, { as: 'bob' }))
        .status,
    ).toBe(403);
    expect(
      (await api.call('POST', `/apis/v2beta1/experiments/${experimentId}:archive`, { as: 'alice' }))
        .status,
    ).toBe(200);
    expect(
      (await api.call('GET', `/apis/v2beta1/experiments/${experimentId}`, { as: 'alice' })).json
        .storage_state,
    ).toBe('ARCHIVED');
    for (const id of runs)
      expect(
        (await api.call('GET', `/apis/v2beta1/runs/${id}`, { as: 'alice' })).json.storage_state,
      ).toBe('ARCHIVED');
    expect(
      (await api.call('GET', `/apis/v2beta1/runs/${untouched}`, { as: 'alice' })).json
        .storage_state,
    ).toBe('AVAILABLE');
    const disabled = await api.call(
      'GET',
      `/apis/v2beta1/recurringruns/${text(job.body, 'recurring_run_id')}`,
      { as: 'alice' },
    );
    expect(disabled.json).toMatchObject({ status: 'DISABLED', mode: 'DISABLE' });

    const unarchiveRun = await api.call('POST', `/apis/v2beta1/runs/${runs[0] ?? ''}:unarchive`, {
      as: 'alice',
    });
    expect(unarchiveRun.status).toBe(400);
    expect(unarchiveRun.json.code).toBe(9);
    expect(unarchiveRun.json.message).toMatch(/must be un-archived first/);

    expect(
      (
        await api.call('POST', `/apis/v2beta1/experiments/${experimentId}:unarchive`, {
          as: 'alice',
        })
      ).status,
    ).toBe(200);
    expect(
      (await api.call('GET', `/apis/v2beta1/experiments/${experimentId}`, { as: 'alice' })).json
        .storage_state,
    ).toBe('AVAILABLE');
    expect(
      (await api.call('GET', `/apis/v2beta1/runs/${runs[0] ?? ''}`, { as: 'alice' })).json
        .storage_state,
    ).toBe('ARCHIVED');
    expect(
      (await api.call('POST', `/apis/v2beta1/runs/${runs[0] ?? ''}:unarchive`, { as: 'alice' }))
        .status,
    ).toBe(200);
  });

  it('lists runs of an experiment and filters on storage_state (v1 and v2 spelling)', async () => {
    const api = await createTestApi();
    const experimentId = await createExperiment(api, 'alice', 'exp', 'kubeflow-alice');
    const { pipelineId } = await uploadPipeline(api, {
      name: 'p',
      as: 'alice',
      namespace: 'kubeflow-alice',
    });
    const first = await runIn(api, experimentId, pipelineId, 'a');
    await runIn(api, experimentId, pipelineId, 'b');
    await api.call('POST', `/apis/v2beta1/runs/${first}:archive`, { as: 'alice' });
    const filter = (value: string) =>
      encodeURIComponent(
        JSON.stringify({
          predicates: [{ key: 'storage_state', operation: 'EQUALS', string_value: value }],
        }),
      );
    const archived = await api.call(
      'GET',
      `/apis/v2beta1/runs?experiment_id=${experimentId}&filter=${filter('ARCHIVED')}`,
      { as: 'alice' },
    );
    expect(items(archived.body, 'runs').map((r) => field(r, 'run_id'))).toEqual([first]);
    const v1Spelling = await api.call(
      'GET',
      `/apis/v2beta1/runs?experiment_id=${experimentId}&filter=${filter('STORAGESTATE_AVAILABLE')}`,
      { as: 'alice' },
    );
    expect(v1Spelling.json.total_size).toBe(1);
    expect(
      (await api.call('GET', `/apis/v2beta1/runs?experiment_id=${experimentId}`, { as: 'bob' }))
        .status,
    ).toBe(403);
    expect(
      (await api.call('GET', '/apis/v2beta1/runs?experiment_id=missing', { as: 'alice' })).status,
    ).toBe(404);
  });

  it('refuses duplicate names per namespace and experiments without a namespace in multi-user mode', async () => {
    const api = await createTestApi();
    await createExperiment(api, 'alice', 'same', 'kubeflow-alice');
    expect(
      (
        await api.call('POST', '/apis/v2beta1/experiments', {
          as: 'alice',
          json: { display_name: 'same', namespace: 'kubeflow-alice' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await api.call('POST', '/apis/v2beta1/experiments', {
          as: 'bob',
          json: { display_name: 'same', namespace: 'kubeflow-bob' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api.call('POST', '/apis/v2beta1/experiments', {
          as: 'alice',
          json: { display_name: 'none' },
        })
      ).status,
    ).toBe(400);
  });

  // backend/src/apiserver/storage/experiment_store.go DeleteExperiment deletes only the experiment row.
  it('deleting an experiment leaves its runs and recurring runs', async () => {
    const api = await createTestApi();
    const experimentId = await createExperiment(api, 'alice', 'exp', 'kubeflow-alice');
    const { pipelineId } = await uploadPipeline(api, {
      name: 'p',
      as: 'alice',
      namespace: 'kubeflow-alice',
    });
    const run = await runIn(api, experimentId, pipelineId, 'a');
    const job = await api.call('POST', '/apis/v2beta1/recurringruns', {
      as: 'alice',
      json: recurringRunBody(experimentId, pipelineId),
    });
    expect(
      (await api.call('DELETE', `/apis/v2beta1/experiments/${experimentId}`, { as: 'alice' }))
        .status,
    ).toBe(200);
    expect(
      (await api.call('GET', `/apis/v2beta1/experiments/${experimentId}`, { as: 'alice' })).status,
    ).toBe(404);
    const left = await api.call('GET', `/apis/v2beta1/runs/${run}`, { as: 'alice' });
    expect(left.status).toBe(200);
    expect(left.json.experiment_id).toBe(experimentId);
    expect(api.engine.runtime(run)).toBeDefined();
    const jobId = text(job.body, 'recurring_run_id');
    expect(
      (await api.call('GET', `/apis/v2beta1/recurringruns/${jobId}`, { as: 'alice' })).status,
    ).toBe(200);
  });

  // backend/src/apiserver/resource/resource_manager.go DeleteExperiment: the default id is refused (Aborted).
  it('refuses to delete the default experiment (single-user mode)', async () => {
    const api = await createTestApi({ authenticator: noAuth });
    const { pipelineId } = await uploadPipeline(api, { name: 'p' });
    const run = await api.call('POST', '/apis/v2beta1/runs', {
      json: {
        display_name: 'r',
        pipeline_version_reference: { pipeline_id: pipelineId },
        runtime_config: { parameters: { a: 1 } },
      },
    });
    const defaultId = text(run.body, 'experiment_id');
    const refused = await api.call('DELETE', `/apis/v2beta1/experiments/${defaultId}`);
    expect(refused.status).toBe(409);
    expect(refused.json.message).toMatch(/The default experiment cannot be deleted/);
    expect((await api.call('GET', `/apis/v2beta1/experiments/${defaultId}`)).status).toBe(200);
    const other = await api.call('POST', '/apis/v2beta1/experiments', {
      json: { display_name: 'other' },
    });
    const otherId = text(other.body, 'experiment_id');
    expect((await api.call('DELETE', `/apis/v2beta1/experiments/${otherId}`)).status).toBe(200);
  });
});
