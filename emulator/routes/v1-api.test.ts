import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestApi, field, items, text } from '../testing/test-app.ts';
import {
  addPipelineYaml,
  argoPipelineYaml,
  uploadForm,
  yamlData,
} from '../testing/test-pipelines.ts';
import { v1, q, nsRef, upload, experiment } from '../testing/v1-test-kit.ts';

/**
 * The v1beta1 API over the same store as v2beta1 (backend/src/apiserver/server/*_server.go, the
 * *V1 handlers). Every answer is checked strictly against ../shared/kfp-api/v1beta1 by the harness.
 */

afterEach(() => {
  vi.restoreAllMocks();
});

describe('v1beta1 pipelines and versions', () => {
  it('lists, gets, versions and templates the records v2beta1 sees, with v1 filters', async () => {
    const api = await createTestApi();
    expect((await api.call('GET', `${v1}/healthz`)).json).toEqual({ multi_user: true });
    const id = await upload(api, 'hello');
    const v2 = await api.call('GET', `/apis/v2beta1/pipelines/${id}`, { as: 'alice' });
    expect(v2.json.display_name).toBe('hello');

    // The kfp 1.x SDK's filter: `op` by number, `stringValue` camelCase, encoded twice.
    const sdkFilter = q({ predicates: [{ op: 1, key: 'name', stringValue: 'hello' }] });
    const ref = 'resource_reference_key.type=NAMESPACE&resource_reference_key.id=kubeflow-alice';
    for (const filter of [sdkFilter, encodeURIComponent(sdkFilter)]) {
      const listed = await api.call('GET', `${v1}/pipelines?${ref}&filter=${filter}`, {
        as: 'alice',
      });
      expect(items(listed.body, 'pipelines').map((p) => text(p, 'id'))).toEqual([id]);
    }
    const byName = q({ predicates: [{ op: 'EQUALS', key: 'name', string_value: 'nope' }] });
    expect(
      (await api.call('GET', `${v1}/pipelines?${ref}&filter=${byName}`, { as: 'alice' })).json,
    ).toEqual({});
    // Shared pipelines are those without a namespace reference.
    expect((await api.call('GET', `${v1}/pipelines`, { as: 'alice' })).json).toEqual({});
    const wrongRef = await api.call(
      'GET',
      `${v1}/pipelines?resource_reference_key.type=EXPERIMENT&resource_reference_key.id=x`,
      { as: 'alice' },
    );
    expect(wrongRef.status).toBe(400);

    const got = await api.call('GET', `${v1}/pipelines/${id}`, { as: 'alice' });
    expect(got.json).toMatchObject({
      id,
      name: 'hello',
      parameters: [{ name: 'who', value: 'world' }],
      resource_references: [nsRef('kubeflow-alice')],
    });
    const template = await api.call('GET', `${v1}/pipelines/${id}/templates`, { as: 'alice' });
    expect(yamlData(text(template.body, 'template'))).toEqual(yamlData(argoPipelineYaml));

    const second = await api.call(
      'POST',
      `${v1}/pipelines/upload_version?name=second&pipelineid=${id}`,
      { as: 'alice', form: uploadForm('second.yaml', addPipelineYaml) },
    );
    expect(second.json).toMatchObject({
      name: 'second',
      resource_references: [{ key: { type: 'PIPELINE', id }, relationship: 'OWNER' }],
    });
    const secondId = text(second.body, 'id');
    const versions = await api.call(
      'GET',
      `${v1}/pipeline_versions?resource_key.type=3&resource_key.id=${id}&sort_by=${encodeURIComponent('created_at desc')}`,
      { as: 'alice' },
    );
    expect(items(versions.body, 'versions')).toHaveLength(2);
    expect(field(versions.body, 'total_size')).toBe(2);
    expect((await api.call('GET', `${v1}/pipeline_versions`, { as: 'alice' })).status).toBe(400);
    const version = await api.call('GET', `${v1}/pipeline_versions/${secondId}`, { as: 'alice' });
    expect(version.json).toMatchObject({
      id: secondId,
      parameters: [{ name: 'a' }, { name: 'b', value: '2' }],
    });
    const versionTemplate = await api.call('GET', `${v1}/pipeline_versions/${secondId}/templates`, {
      as: 'alice',
    });
    expect(yamlData(text(versionTemplate.body, 'template'))).toEqual(yamlData(addPipelineYaml));
    expect((await api.call('GET', `${v1}/pipelines/${id}`, { as: 'bob' })).status).toBe(403);

    // DeletePipelineV1 never cascades (resource_manager.go DeletePipeline).
    const refused = await api.call('DELETE', `${v1}/pipelines/${id}`, { as: 'alice' });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/Set cascade=true/);
    for (const v of items(versions.body, 'versions')) {
      const deleted = await api.call('DELETE', `${v1}/pipeline_versions/${text(v, 'id')}`, {
        as: 'alice',
      });
      expect(deleted.status).toBe(200);
    }
    expect((await api.call('DELETE', `${v1}/pipelines/${id}`, { as: 'alice' })).status).toBe(200);
    expect(api.store.pipelines.size).toBe(0);
  });

  // validation/pipeline_url.go: https only, allow-listed domains, no private addresses.
  it('imports from a URL only as KFP 2.x allows, with its errors', async () => {
    const api = await createTestApi();
    for (const url of [
      'http://raw.githubusercontent.com/x/p.yaml',
      'https://127.0.0.1/p.yaml',
      'https://example.com/p.yaml',
    ]) {
      const refused = await api.call('POST', `${v1}/pipelines`, {
        as: 'alice',
        json: {
          name: 'u',
          url: { pipeline_url: url },
          resource_references: [nsRef('kubeflow-alice')],
        },
      });
      expect(refused.status, url).toBe(400);
      expect(refused.json.message, url).toMatch(/Pipeline URL validation failed/);
    }
    vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new Error('getaddrinfo ENOTFOUND'));
    const url = 'https://raw.githubusercontent.com/org/repo/main/hello.yaml';
    const unreachable = await api.call('POST', `${v1}/pipelines`, {
      as: 'alice',
      json: { url: { pipeline_url: url }, resource_references: [nsRef('kubeflow-alice')] },
    });
    expect(unreachable.status).toBe(500);
    expect(unreachable.json.message).toMatch(/error downloading the pipeline spec from/);
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response(argoPipelineYaml));
    const imported = await api.call('POST', `${v1}/pipelines`, {
      as: 'alice',
      json: { url: { pipeline_url: url }, resource_references: [nsRef('kubeflow-alice')] },
    });
    expect(imported.json).toMatchObject({
      name: 'hello.yaml',
      url: { pipeline_url: url },
      default_version: { name: 'hello.yaml' },
    });
  });
});

describe('v1beta1 experiments', () => {
  it('creates with the NAMESPACE reference, lists by it, archives, unarchives and deletes', async () => {
    const api = await createTestApi();
    const id = await experiment(api, 'exp');
    const got = await api.call('GET', `${v1}/experiments/${id}`, { as: 'alice' });
    expect(got.json).toMatchObject({
      id,
      name: 'exp',
      resource_references: [nsRef('kubeflow-alice')],
      storage_state: 'STORAGESTATE_AVAILABLE',
    });
    expect(
      (await api.call('GET', `/apis/v2beta1/experiments/${id}`, { as: 'alice' })).json,
    ).toMatchObject({
      display_name: 'exp',
      namespace: 'kubeflow-alice',
    });
    const noNamespace = await api.call('POST', `${v1}/experiments`, {
      as: 'alice',
      json: { name: 'x' },
    });
    expect(noNamespace.status).toBe(400);
    const listed = await api.call(
      'GET',
      `${v1}/experiments?resource_reference_key.type=5&resource_reference_key.id=kubeflow-alice`,
      { as: 'alice' },
    );
    expect(items(listed.body, 'experiments').map((e) => text(e, 'id'))).toEqual([id]);
    expect((await api.call('GET', `${v1}/experiments`, { as: 'alice' })).status).toBe(400);
    expect(
      (
        await api.call(
          'GET',
          `${v1}/experiments?resource_reference_key.type=NAMESPACE&resource_reference_key.id=kubeflow-bob`,
          { as: 'alice' },
        )
      ).status,
    ).toBe(403);
    expect(
      (await api.call('POST', `${v1}/experiments/${id}:archive`, { as: 'alice' })).status,
    ).toBe(200);
    const archived = await api.call(
      'GET',
      `${v1}/experiments?resource_reference_key.type=NAMESPACE&resource_reference_key.id=kubeflow-alice&filter=${q({ predicates: [{ key: 'storage_state', op: 'EQUALS', string_value: 'STORAGESTATE_ARCHIVED' }] })}`,
      { as: 'alice' },
    );
    expect(items(archived.body, 'experiments')).toHaveLength(1);
    expect(
      (await api.call('POST', `${v1}/experiments/${id}:unarchive`, { as: 'alice' })).status,
    ).toBe(200);
    expect((await api.call('DELETE', `${v1}/experiments/${id}`, { as: 'alice' })).status).toBe(200);
    expect((await api.call('GET', `${v1}/experiments/${id}`, { as: 'alice' })).status).toBe(404);
  });
});
