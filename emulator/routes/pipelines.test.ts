import { describe, expect, it } from 'vitest';
import { createTestApi, field, items, text } from '../testing/test-app.ts';
import {
  addPipelineYaml,
  argoPipelineYaml,
  uploadPipeline,
  yamlData,
} from '../testing/test-pipelines.ts';

const spec = yamlData(addPipelineYaml);

describe('pipelines', () => {
  it('creates with a version, gets by id and by name, lists per namespace', async () => {
    const api = await createTestApi();
    const created = await api.call('POST', '/apis/v2beta1/pipelines/create', {
      as: 'alice',
      json: {
        pipeline: { name: 'p1', namespace: 'kubeflow-alice', tags: { a: 'b' } },
        pipeline_version: { pipeline_spec: spec, description: 'first' },
      },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      name: 'p1',
      display_name: 'p1',
      namespace: 'kubeflow-alice',
      tags: { a: 'b' },
    });
    const id = text(created.body, 'pipeline_id');
    expect(
      (await api.call('GET', `/apis/v2beta1/pipelines/${id}`, { as: 'alice' })).json.name,
    ).toBe('p1');
    const byName = await api.call(
      'GET',
      '/apis/v2beta1/pipelines/names/p1?namespace=kubeflow-alice',
      { as: 'alice' },
    );
    expect(byName.json.pipeline_id).toBe(id);
    expect(
      (await api.call('GET', '/apis/v2beta1/pipelines/names/p1', { as: 'alice' })).status,
    ).toBe(404);
    const versions = await api.call('GET', `/apis/v2beta1/pipelines/${id}/versions`, {
      as: 'alice',
    });
    expect(field(versions.body, 'pipeline_versions', 0)).toMatchObject({
      name: 'p1',
      description: 'first',
      pipeline_spec: spec,
    });
    const mine = await api.call('GET', '/apis/v2beta1/pipelines?namespace=kubeflow-alice', {
      as: 'alice',
    });
    expect(mine.json.total_size).toBe(1);
    const shared = await api.call('GET', '/apis/v2beta1/pipelines', { as: 'alice' });
    expect(shared.body).toEqual({});
    expect((await api.call('GET', `/apis/v2beta1/pipelines/${id}`, { as: 'bob' })).status).toBe(
      403,
    );
    expect(
      (await api.call('GET', '/apis/v2beta1/pipelines?namespace=kubeflow-alice', { as: 'bob' }))
        .status,
    ).toBe(403);
  });

  it('reads shared pipelines for everyone but lets only the system namespace write them', async () => {
    const api = await createTestApi();
    const denied = await api.call('POST', '/apis/v2beta1/pipelines', {
      as: 'alice',
      json: { name: 'shared' },
    });
    expect(denied.status).toBe(403);
    const created = await api.call('POST', '/apis/v2beta1/pipelines', {
      as: 'admin',
      json: { display_name: 'Shared one' },
    });
    expect(created.json).toMatchObject({ name: 'Shared one', display_name: 'Shared one' });
    expect(created.json).not.toHaveProperty('namespace');
    const id = text(created.body, 'pipeline_id');
    expect((await api.call('GET', `/apis/v2beta1/pipelines/${id}`, { as: 'bob' })).status).toBe(
      200,
    );
    expect(
      items((await api.call('GET', '/apis/v2beta1/pipelines', { as: 'bob' })).body, 'pipelines'),
    ).toHaveLength(1);
    expect((await api.call('DELETE', `/apis/v2beta1/pipelines/${id}`, { as: 'bob' })).status).toBe(
      403,
    );
  });

  it('refuses to delete a pipeline with versions unless cascade=true', async () => {
    const api = await createTestApi();
    const { pipelineId, versionId } = await uploadPipeline(api, {
      name: 'p',
      as: 'alice',
      namespace: 'kubeflow-alice',
    });
    const second = await api.call('POST', `/apis/v2beta1/pipelines/${pipelineId}/versions`, {
      as: 'alice',
      json: { name: 'v2', pipeline_spec: yamlData(argoPipelineYaml) },
    });
    expect(second.json).toMatchObject({ name: 'v2', pipeline_id: pipelineId });
    const refused = await api.call('DELETE', `/apis/v2beta1/pipelines/${pipelineId}`, {
      as: 'alice',
    });
    // resource/resource_manager.go DeletePipeline: NewInvalidInputError → InvalidArgument (3).
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe(3);
    expect(refused.json.message).toMatch(/cascade/);
    expect(api.store.versions.size).toBe(2);
    expect(
      (
        await api.call('DELETE', `/apis/v2beta1/pipelines/${pipelineId}?cascade=maybe`, {
          as: 'alice',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await api.call('DELETE', `/apis/v2beta1/pipelines/${pipelineId}?cascade=true`, {
          as: 'alice',
        })
      ).status,
    ).toBe(200);
    expect(api.store.versions.size).toBe(0);
    expect(
      (
        await api.call('GET', `/apis/v2beta1/pipelines/${pipelineId}/versions/${versionId}`, {
          as: 'alice',
        })
      ).status,
    ).toBe(404);
  });

  it('deletes versions one by one, then the empty pipeline without cascade', async () => {
    const api = await createTestApi();
    const { pipelineId, versionId } = await uploadPipeline(api, {
      name: 'p',
      as: 'alice',
      namespace: 'kubeflow-alice',
    });
    expect(
      (
        await api.call('DELETE', `/apis/v2beta1/pipelines/${pipelineId}/versions/${versionId}`, {
          as: 'bob',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call('DELETE', `/apis/v2beta1/pipelines/${pipelineId}/versions/${versionId}`, {
          as: 'alice',
        })
      ).status,
    ).toBe(200);
    expect(
      (await api.call('DELETE', `/apis/v2beta1/pipelines/${pipelineId}`, { as: 'alice' })).status,
    ).toBe(200);
    expect(
      (await api.call('DELETE', `/apis/v2beta1/pipelines/${pipelineId}`, { as: 'alice' })).status,
    ).toBe(404);
  });

  it('validates new pipelines and versions', async () => {
    const api = await createTestApi();
    const noName = await api.call('POST', '/apis/v2beta1/pipelines', {
      as: 'alice',
      json: { namespace: 'kubeflow-alice' },
    });
    expect(noName.status).toBe(400);
    const { pipelineId } = await uploadPipeline(api, {
      name: 'p',
      as: 'alice',
      namespace: 'kubeflow-alice',
    });
    const dup = await api.call('POST', '/apis/v2beta1/pipelines', {
      as: 'alice',
      json: { name: 'p', namespace: 'kubeflow-alice' },
    });
    expect(dup.status).toBe(409);
    const noSpec = await api.call('POST', `/apis/v2beta1/pipelines/${pipelineId}/versions`, {
      as: 'alice',
      json: { name: 'v' },
    });
    expect(noSpec.status).toBe(400);
    const badSpec = await api.call('POST', `/apis/v2beta1/pipelines/${pipelineId}/versions`, {
      as: 'alice',
      json: { name: 'v', pipeline_spec: { hello: 1 } },
    });
    expect(badSpec.status).toBe(400);
    const badUrl = await api.call('POST', `/apis/v2beta1/pipelines/${pipelineId}/versions`, {
      as: 'alice',
      json: { name: 'v', package_url: { pipeline_url: 'ftp://x/y.yaml' } },
    });
    expect(badUrl.status).toBe(400);
    const otherPipeline = await api.call('POST', `/apis/v2beta1/pipelines/${pipelineId}/versions`, {
      as: 'alice',
      json: { name: 'v', pipeline_id: 'nope', pipeline_spec: spec },
    });
    expect(otherPipeline.status).toBe(400);
    expect(api.store.versions.size).toBe(1);
  });

  it('updates display name and tags with PATCH', async () => {
    const api = await createTestApi();
    const { pipelineId, versionId } = await uploadPipeline(api, {
      name: 'p',
      as: 'alice',
      namespace: 'kubeflow-alice',
    });
    const patched = await api.call('PATCH', `/apis/v2beta1/pipelines/${pipelineId}`, {
      as: 'alice',
      json: { display_name: 'Pretty', tags: { x: 'y' } },
    });
    expect(patched.json).toMatchObject({ name: 'p', display_name: 'Pretty', tags: { x: 'y' } });
    const version = await api.call(
      'PATCH',
      `/apis/v2beta1/pipelines/${pipelineId}/versions/${versionId}`,
      { as: 'alice', json: { display_name: 'V' } },
    );
    expect(version.json).toMatchObject({ name: 'p', display_name: 'V' });
  });
});
