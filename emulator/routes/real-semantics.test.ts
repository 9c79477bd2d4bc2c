import { describe, expect, it } from 'vitest';
import { createStaticEngine, type RunEngine, type RunRuntime } from '../store/run-engine.ts';
import { createTestApi, field, items, text } from '../testing/test-app.ts';
import { createExperiment, recurringRunBody, uploadPipeline } from '../testing/test-pipelines.ts';

/** Behaviours of the real API server the emulator follows, each test naming its source. */
const filter = (key: string, value = 'x') =>
  encodeURIComponent(
    JSON.stringify({ predicates: [{ key, operation: 'EQUALS', string_value: value }] }),
  );

async function setup(engine?: RunEngine) {
  const api = await createTestApi(engine ? { engine } : {});
  const experimentId = await createExperiment(api, 'alice', 'exp', 'kubeflow-alice');
  const { pipelineId, versionId } = await uploadPipeline(api, {
    name: 'p',
    as: 'alice',
    namespace: 'kubeflow-alice',
  });
  const run = await api.call('POST', '/apis/v2beta1/runs', {
    as: 'alice',
    json: {
      display_name: 'r',
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
      runtime_config: { parameters: { a: 1 } },
    },
  });
  return { api, experimentId, pipelineId, versionId, runId: text(run.body, 'run_id') };
}

describe('list keys are exactly the APIToModelFieldMap of each model', () => {
  // backend/src/apiserver/model/run.go runAPIToModelFieldMap; filter.ReplaceKeys refuses the rest.
  it('runs: no pipeline or version keys; status, state and experiment_id work', async () => {
    const { api, experimentId } = await setup();
    const runs = '/apis/v2beta1/runs?namespace=kubeflow-alice';
    for (const key of ['pipeline_version_id', 'pipeline_id']) {
      const refused = await api.call('GET', `${runs}&filter=${filter(key)}`, { as: 'alice' });
      expect(refused.status, key).toBe(400);
      expect(refused.json.message).toMatch(/no support for filtering on unrecognized field/);
      expect((await api.call('GET', `${runs}&sort_by=${key}`, { as: 'alice' })).status).toBe(400);
    }
    const byExperiment = await api.call(
      'GET',
      `${runs}&filter=${filter('experiment_id', experimentId)}`,
      { as: 'alice' },
    );
    expect(items(byExperiment.body, 'runs')).toHaveLength(1);
    const byStatus = await api.call('GET', `${runs}&filter=${filter('status', 'Pending')}`, {
      as: 'alice',
    });
    expect(items(byStatus.body, 'runs')).toHaveLength(1);
    for (const sort of ['state', 'status', 'finished_at', 'scheduled_at', 'recurring_run_id'])
      expect((await api.call('GET', `${runs}&sort_by=${sort}`, { as: 'alice' })).status).toBe(200);
  });

  // model/job.go jobAPIToModelFieldMap: no pipeline keys.
  it('recurring runs: no pipeline keys', async () => {
    const { api, experimentId, pipelineId } = await setup();
    await api.call('POST', '/apis/v2beta1/recurringruns', {
      as: 'alice',
      json: recurringRunBody(experimentId, pipelineId),
    });
    const base = '/apis/v2beta1/recurringruns?namespace=kubeflow-alice';
    for (const key of ['pipeline_id', 'pipeline_version_id'])
      expect((await api.call('GET', `${base}&filter=${filter(key)}`, { as: 'alice' })).status).toBe(
        400,
      );
    expect((await api.call('GET', `${base}&sort_by=updated_at`, { as: 'alice' })).status).toBe(200);
  });

  // model/pipeline_version.go: name and display_name are distinct columns; status; no pipeline_id.
  it('pipeline versions: status yes, pipeline_id no', async () => {
    const { api, pipelineId } = await setup();
    const base = `/apis/v2beta1/pipelines/${pipelineId}/versions?x=1`;
    expect(
      (await api.call('GET', `${base}&filter=${filter('pipeline_id')}`, { as: 'alice' })).status,
    ).toBe(400);
    const ready = await api.call('GET', `${base}&filter=${filter('status', 'READY')}`, {
      as: 'alice',
    });
    expect(items(ready.body, 'pipeline_versions')).toHaveLength(1);
  });

  // model/experiment.go and model/pipeline.go: both API spellings, storage state, namespace.
  it('experiments and pipelines keep their maps', async () => {
    const { api } = await setup();
    for (const sort of ['name', 'display_name', 'last_run_created_at', 'id', 'experiment_id'])
      expect(
        (
          await api.call(
            'GET',
            `/apis/v2beta1/experiments?namespace=kubeflow-alice&sort_by=${sort}`,
            { as: 'alice' },
          )
        ).status,
      ).toBe(200);
    const pipelines = await api.call(
      'GET',
      `/apis/v2beta1/pipelines?namespace=kubeflow-alice&filter=${filter('namespace', 'kubeflow-alice')}`,
      { as: 'alice' },
    );
    expect(items(pipelines.body, 'pipelines')).toHaveLength(1);
    expect(
      (await api.call('GET', '/apis/v2beta1/pipelines?sort_by=state', { as: 'alice' })).status,
    ).toBe(400);
  });
});

// storage/run_store.go appends state history entries without an error, api_converter.go sends the
// stored seconds (*InSec): a run's wire never has `error`, and every time is whole seconds.
describe('run error and times', () => {
  it('never sends Run.error or state_history[].error; times are whole seconds', async () => {
    const base = createStaticEngine();
    const failed: RunRuntime = {
      state: 'FAILED',
      stateHistory: [
        { update_time: '2026-01-01T00:00:00.250Z', state: 'RUNNING' },
        {
          update_time: '2026-01-01T00:00:09.750Z',
          state: 'FAILED',
          error: { code: 2, message: 'boom' },
        },
      ],
      error: { code: 2, message: 'boom' },
      finishedAt: '2026-01-01T00:00:09.750Z',
      tasks: [],
      taskDetails: [],
    };
    const engine: RunEngine = { ...base, runtime: (id) => (base.runtime(id) ? failed : undefined) };
    const { api, runId } = await setup(engine);
    const got = await api.call('GET', `/apis/v2beta1/runs/${runId}`, { as: 'alice' });
    expect(got.json).not.toHaveProperty('error');
    expect(got.json.finished_at).toBe('2026-01-01T00:00:09Z');
    expect(items(got.body, 'state_history')).toEqual([
      { update_time: '2026-01-01T00:00:00Z', state: 'RUNNING' },
      { update_time: '2026-01-01T00:00:09Z', state: 'FAILED' },
    ]);
    const v1 = await api.call('GET', `/apis/v1beta1/runs/${runId}`, { as: 'alice' });
    expect(field(v1.body, 'run')).not.toHaveProperty('error');
    expect(field(v1.body, 'run', 'finished_at')).toBe('2026-01-01T00:00:09Z');
    expect(field(v1.body, 'run', 'status')).toBe('Failed');
  });
});
