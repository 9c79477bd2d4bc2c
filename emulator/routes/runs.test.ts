import { describe, expect, it } from 'vitest';
import { createTestApi, field, items, noAuth, text } from '../testing/test-app.ts';
import {
  addPipelineYaml,
  argoPipelineYaml,
  uploadPipeline,
  yamlData,
} from '../testing/test-pipelines.ts';
import { setup, createRun } from '../testing/runs-test-kit.ts';

describe('runs', () => {
  it('creates a run from a version reference in its experiment namespace and starts it', async () => {
    const { api, experimentId, pipelineId, versionId } = await setup();
    const created = await createRun(api, {
      display_name: 'r1',
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId, pipeline_version_id: versionId },
      runtime_config: { parameters: { a: 3 } },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      display_name: 'r1',
      experiment_id: experimentId,
      storage_state: 'AVAILABLE',
      state: 'PENDING',
      runtime_config: { parameters: { a: 3 } },
      pipeline_version_reference: { pipeline_id: pipelineId, pipeline_version_id: versionId },
      service_account: 'default-editor',
      finished_at: '1970-01-01T00:00:00Z',
    });
    const runId = text(created.body, 'run_id');
    expect(api.engine.runtime(runId)?.state).toBe('PENDING');
    expect(api.store.runs.get(runId)?.namespace).toBe('kubeflow-alice');
    const experiment = await api.call('GET', `/apis/v2beta1/experiments/${experimentId}`, {
      as: 'alice',
    });
    expect(experiment.json.last_run_created_at).toBe(created.json.created_at);
    expect((await api.call('GET', `/apis/v2beta1/runs/${runId}`, { as: 'bob' })).status).toBe(403);
  });

  it('uses the latest version when the reference names only the pipeline, or an inline spec', async () => {
    const { api, experimentId, pipelineId } = await setup();
    const latest = await api.call('POST', `/apis/v2beta1/pipelines/${pipelineId}/versions`, {
      as: 'alice',
      json: { name: 'v2', pipeline_spec: yamlData(addPipelineYaml) },
    });
    const byPipeline = await createRun(api, {
      display_name: 'r',
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
      runtime_config: { parameters: { a: 1 } },
    });
    expect(field(byPipeline.body, 'pipeline_version_reference', 'pipeline_version_id')).toBe(
      latest.json.pipeline_version_id,
    );
    const inline = await createRun(api, {
      display_name: 'argo',
      experiment_id: experimentId,
      pipeline_spec: yamlData(argoPipelineYaml),
      runtime_config: { parameters: { who: 'you' } },
    });
    expect(inline.status).toBe(200);
    expect(field(inline.body, 'pipeline_spec', 'kind')).toBe('Workflow');
  });

  it('refuses bad runs and stores nothing', async () => {
    const { api, experimentId, pipelineId, versionId } = await setup();
    const ref = { pipeline_id: pipelineId, pipeline_version_id: versionId };
    const cases: [object, number, RegExp][] = [
      [{ experiment_id: experimentId, pipeline_version_reference: ref }, 400, /run name is empty/],
      [
        { display_name: 'r', experiment_id: experimentId },
        400,
        /pipeline_version_reference or a pipeline_spec/,
      ],
      [
        {
          display_name: 'r',
          experiment_id: experimentId,
          pipeline_version_reference: ref,
          pipeline_spec: yamlData(addPipelineYaml),
        },
        400,
        /oneof/,
      ],
      [
        {
          display_name: 'r',
          pipeline_version_reference: ref,
          runtime_config: { parameters: { a: 1 } },
        },
        400,
        /Experiment id can not be empty in multi-user mode/,
      ],
      [
        { display_name: 'r', experiment_id: 'nope', pipeline_version_reference: ref },
        404,
        /not found/,
      ],
      [
        {
          display_name: 'r',
          experiment_id: experimentId,
          pipeline_version_reference: { pipeline_version_id: 'nope' },
        },
        404,
        /not found/,
      ],
      [
        { display_name: 'r', experiment_id: experimentId, pipeline_version_reference: ref },
        400,
        /required input parameter "a"/,
      ],
      [
        {
          display_name: 'r',
          experiment_id: experimentId,
          pipeline_version_reference: ref,
          runtime_config: { parameters: { a: 'x' } },
        },
        400,
        /NUMBER_INTEGER/,
      ],
      [
        {
          display_name: 'r',
          experiment_id: experimentId,
          pipeline_version_reference: ref,
          runtime_config: { parameters: { a: 1, c: 1 } },
        },
        400,
        /no input parameter named "c"/,
      ],
      [
        { display_name: 'r', experiment_id: experimentId, pipeline_spec: { not: 'a pipeline' } },
        400,
        /Invalid pipeline spec/,
      ],
      [
        {
          display_name: 'r',
          experiment_id: experimentId,
          pipeline_version_reference: ref,
          runtime_config: { parameters: 5 },
        },
        400,
        /invalid value for struct/,
      ],
    ];
    for (const [body, status, message] of cases) {
      const response = await createRun(api, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.json.message, JSON.stringify(body)).toMatch(message);
    }
    expect(
      (
        await createRun(
          api,
          {
            display_name: 'r',
            experiment_id: experimentId,
            pipeline_version_reference: ref,
            runtime_config: { parameters: { a: 1 } },
          },
          'bob',
        )
      ).status,
    ).toBe(403);
    expect(api.store.runs.size).toBe(0);
  });

  it('puts runs without an experiment into the Default experiment in single-user mode', async () => {
    const api = await createTestApi({ authenticator: noAuth });
    const { pipelineId } = await uploadPipeline(api, { name: 'p' });
    const run = await createRun(
      api,
      {
        display_name: 'r',
        pipeline_version_reference: { pipeline_id: pipelineId },
        runtime_config: { parameters: { a: 1 } },
      },
      '',
    );
    expect(run.status).toBe(200);
    const experiment = await api.call(
      'GET',
      `/apis/v2beta1/experiments/${text(run.body, 'experiment_id')}`,
    );
    expect(experiment.json).toMatchObject({ display_name: 'Default' });
    expect(run.json.service_account).toBe('pipeline-runner');
    expect(items((await api.call('GET', '/apis/v2beta1/runs')).body, 'runs')).toHaveLength(1);
  });
});
