import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestApi, field, items, text } from '../testing/test-app.ts';
import { argoPipelineYaml, yamlData } from '../testing/test-pipelines.ts';
import { v1, q, nsRef, upload, experiment } from '../testing/v1-test-kit.ts';

/**
 * The v1beta1 API over the same store as v2beta1 (backend/src/apiserver/server/*_server.go, the
 * *V1 handlers). Every answer is checked strictly against ../shared/kfp-api/v1beta1 by the harness.
 */

afterEach(() => {
  vi.restoreAllMocks();
});

describe('v1beta1 runs and jobs', () => {
  it('creates runs from an inline workflow, a version and a pipeline; lists, acts and deletes', async () => {
    const api = await createTestApi();
    const pipelineId = await upload(api, 'hello');
    const experimentId = await experiment(api, 'exp');
    const expRef = { key: { type: 'EXPERIMENT', id: experimentId }, relationship: 'OWNER' };
    const inline = await api.call('POST', `${v1}/runs`, {
      as: 'alice',
      json: {
        name: 'inline',
        pipeline_spec: {
          workflow_manifest: JSON.stringify(yamlData(argoPipelineYaml)),
          parameters: [{ name: 'who', value: 'you' }],
        },
        resource_references: [expRef],
      },
    });
    expect(inline.json).toMatchObject({
      run: {
        name: 'inline',
        status: 'Pending',
        pipeline_spec: { parameters: [{ name: 'who', value: 'you' }] },
        resource_references: [expRef, nsRef('kubeflow-alice')],
      },
    });
    const inlineId = text(inline.body, 'run', 'id');
    const versionId = text(
      (await api.call('GET', `/apis/v2beta1/pipelines/${pipelineId}/versions`, { as: 'alice' }))
        .body,
      'pipeline_versions',
      0,
      'pipeline_version_id',
    );
    const fromVersion = await api.call('POST', `${v1}/runs`, {
      as: 'alice',
      json: {
        name: 'from version',
        resource_references: [
          expRef,
          { key: { type: 'PIPELINE_VERSION', id: versionId }, relationship: 'CREATOR' },
        ],
      },
    });
    expect(field(fromVersion.body, 'run', 'resource_references')).toContainEqual({
      key: { type: 'PIPELINE_VERSION', id: versionId },
      relationship: 'CREATOR',
    });
    const fromPipeline = await api.call('POST', `${v1}/runs`, {
      as: 'alice',
      json: {
        name: 'from pipeline',
        pipeline_spec: { pipeline_id: pipelineId },
        resource_references: [expRef],
      },
    });
    expect(field(fromPipeline.body, 'run', 'pipeline_spec', 'pipeline_name')).toBe('hello');
    const v2run = await api.call('GET', `/apis/v2beta1/runs/${inlineId}`, { as: 'alice' });
    expect(v2run.json).toMatchObject({ display_name: 'inline', experiment_id: experimentId });

    const unknownParam = await api.call('POST', `${v1}/runs`, {
      as: 'alice',
      json: {
        name: 'bad',
        pipeline_spec: { pipeline_id: pipelineId, parameters: [{ name: 'x', value: '1' }] },
        resource_references: [expRef],
      },
    });
    expect(unknownParam.status).toBe(400);
    const noName = await api.call('POST', `${v1}/runs`, {
      as: 'alice',
      json: { pipeline_spec: { pipeline_id: pipelineId }, resource_references: [expRef] },
    });
    expect(noName.status).toBe(500);

    const byExperiment = `resource_reference_key.type=EXPERIMENT&resource_reference_key.id=${experimentId}`;
    const listed = await api.call('GET', `${v1}/runs?${byExperiment}&sort_by=name`, {
      as: 'alice',
    });
    expect(items(listed.body, 'runs').map((r) => text(r, 'name'))).toEqual([
      'from pipeline',
      'from version',
      'inline',
    ]);
    const byNamespace = await api.call(
      'GET',
      `${v1}/runs?resource_reference_key.type=NAMESPACE&resource_reference_key.id=kubeflow-alice&filter=${q({ predicates: [{ op: 9, key: 'name', stringValue: 'from' }] })}`,
      { as: 'alice' },
    );
    expect(items(byNamespace.body, 'runs')).toHaveLength(2);
    expect((await api.call('GET', `${v1}/runs`, { as: 'alice' })).status).toBe(400);
    expect((await api.call('GET', `${v1}/runs?${byExperiment}`, { as: 'bob' })).status).toBe(403);

    expect((await api.call('POST', `${v1}/runs/${inlineId}:archive`, { as: 'alice' })).status).toBe(
      200,
    );
    expect(
      field(
        (await api.call('GET', `${v1}/runs/${inlineId}`, { as: 'alice' })).body,
        'run',
        'storage_state',
      ),
    ).toBe('STORAGESTATE_ARCHIVED');
    expect(
      (await api.call('POST', `${v1}/runs/${inlineId}:unarchive`, { as: 'alice' })).status,
    ).toBe(200);
    expect(
      (await api.call('POST', `${v1}/runs/${inlineId}/terminate`, { as: 'alice' })).status,
    ).toBe(200);
    const again = await api.call('POST', `${v1}/runs/${inlineId}/terminate`, { as: 'alice' });
    expect(again.status).toBe(400);
    // A terminated workflow ends Failed: the v1 status is "Failed" (model/run.go ToV1), and only a
    // Failed/Error workflow can be retried (common/util/workflow.go GenerateRetryExecution).
    expect(
      field(
        (await api.call('GET', `${v1}/runs/${inlineId}`, { as: 'alice' })).body,
        'run',
        'status',
      ),
    ).toBe('Failed');
    const pendingId = text(fromPipeline.body, 'run', 'id');
    const retry = await api.call('POST', `${v1}/runs/${pendingId}/retry`, { as: 'alice' });
    expect(retry.status).toBe(409);
    const retried = await api.call('POST', `${v1}/runs/${inlineId}/retry`, { as: 'alice' });
    expect(retried.status).toBe(200);
    expect((await api.call('DELETE', `${v1}/runs/${inlineId}`, { as: 'alice' })).status).toBe(200);
    expect((await api.call('GET', `${v1}/runs/${inlineId}`, { as: 'alice' })).status).toBe(404);
  });

  it('creates, lists, disables, enables and deletes jobs', async () => {
    const api = await createTestApi();
    const pipelineId = await upload(api, 'hello');
    const experimentId = await experiment(api, 'exp');
    const created = await api.call('POST', `${v1}/jobs`, {
      as: 'alice',
      json: {
        name: 'nightly',
        enabled: true,
        max_concurrency: 1,
        trigger: { cron_schedule: { cron: '0 0 2 * * *' } },
        pipeline_spec: { pipeline_id: pipelineId, parameters: [{ name: 'who', value: 'night' }] },
        resource_references: [
          { key: { type: 'EXPERIMENT', id: experimentId }, relationship: 'OWNER' },
        ],
      },
    });
    expect(created.json).toMatchObject({
      name: 'nightly',
      enabled: true,
      status: 'ENABLED',
      max_concurrency: '1',
      trigger: { cron_schedule: { cron: '0 0 2 * * *' } },
    });
    const id = text(created.body, 'id');
    const v2 = await api.call('GET', `/apis/v2beta1/recurringruns/${id}`, { as: 'alice' });
    expect(v2.json).toMatchObject({ display_name: 'nightly', status: 'ENABLED' });
    const listed = await api.call(
      'GET',
      `${v1}/jobs?resource_reference_key.type=EXPERIMENT&resource_reference_key.id=${experimentId}`,
      { as: 'alice' },
    );
    expect(items(listed.body, 'jobs').map((j) => text(j, 'id'))).toEqual([id]);
    expect((await api.call('POST', `${v1}/jobs/${id}/disable`, { as: 'alice' })).status).toBe(200);
    const disabled = await api.call('GET', `${v1}/jobs/${id}`, { as: 'alice' });
    expect(disabled.json.status).toBe('DISABLED');
    expect(disabled.json).not.toHaveProperty('enabled');
    expect((await api.call('POST', `${v1}/jobs/${id}/enable`, { as: 'alice' })).status).toBe(200);
    expect((await api.call('GET', `${v1}/jobs/${id}`, { as: 'bob' })).status).toBe(403);
    expect((await api.call('DELETE', `${v1}/jobs/${id}`, { as: 'alice' })).status).toBe(200);
    expect((await api.call('GET', `${v1}/jobs/${id}`, { as: 'alice' })).status).toBe(404);
  });
});
