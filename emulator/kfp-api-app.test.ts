import { describe, expect, it } from 'vitest';
import { createTestApi, field, items, noAuth, text } from './testing/test-app.ts';
import { createExperiment } from './testing/test-pipelines.ts';

describe('createApp: authentication and errors', () => {
  it('answers healthz without a token, and says multi_user', async () => {
    const multi = await createTestApi();
    expect((await multi.call('GET', '/apis/v2beta1/healthz')).body).toEqual({
      multi_user: true,
      pipeline_store: 'database',
    });
    expect((await multi.call('GET', '/apis/v1beta1/healthz')).body).toEqual({ multi_user: true });
    const single = await createTestApi({ authenticator: noAuth });
    expect((await single.call('GET', '/apis/v2beta1/healthz')).json.multi_user).toBe(false);
  });

  it('answers 401 JSON (never HTML) without a valid token', async () => {
    const api = await createTestApi();
    const response = await api.call('GET', '/apis/v2beta1/experiments?namespace=kubeflow-alice');
    expect(response.status).toBe(401);
    expect(response.json.code).toBe(16);
    expect(response.json.message).toMatch(/bearer token/);
    expect((await api.call('GET', '/apis/v2beta1/pipelines', { as: 'mallory' })).status).toBe(401);
  });

  it('answers unknown routes and verbs with a 404 error body', async () => {
    const api = await createTestApi();
    const unknown = await api.call('GET', '/apis/v2beta1/nothing', {
      as: 'alice',
      unchecked: true,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 5, error: 'Not Found: GET /apis/v2beta1/nothing' });
    const verb = await api.call('POST', '/apis/v2beta1/runs/abc:explode', {
      as: 'alice',
      unchecked: true,
    });
    expect(verb.status).toBe(404);
  });

  it('refuses malformed JSON, unknown fields and wrong types, and changes nothing', async () => {
    const api = await createTestApi();
    const post = (body: string) =>
      api.call('POST', '/apis/v2beta1/experiments', { as: 'alice', body });
    const malformed = await post('{"display_name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.json.message).toMatch(/syntax error/);
    const unknown = await post('{"display_name":"x","namespace":"kubeflow-alice","foo":1}');
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toBe('unknown field "foo" in v2beta1.Experiment');
    const wrongType = await post('{"display_name":5,"namespace":"kubeflow-alice"}');
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.message).toMatch(/invalid value for string field "display_name"/);
    const badEnum = await post(
      '{"display_name":"x","namespace":"kubeflow-alice","storage_state":"GONE"}',
    );
    expect(badEnum.status).toBe(400);
    const missing = await post('{"namespace":"kubeflow-alice"}');
    expect(missing.status).toBe(400);
    expect(missing.json.message).toMatch(/experiment name is empty/);
    expect(api.store.experiments.size).toBe(0);
  });

  it('reads lowerCamelCase field names like protobuf JSON and answers snake_case', async () => {
    const api = await createTestApi();
    const created = await api.call('POST', '/apis/v2beta1/experiments', {
      as: 'alice',
      json: { displayName: 'camel', namespace: 'kubeflow-alice' },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      display_name: 'camel',
      namespace: 'kubeflow-alice',
      storage_state: 'AVAILABLE',
    });
    expect(text(created.body, 'created_at')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});

describe('createApp: namespaces', () => {
  it('lets a user touch only the namespaces they have a role in (403 otherwise)', async () => {
    const api = await createTestApi();
    const experimentId = await createExperiment(api, 'alice', 'mine', 'kubeflow-alice');
    expect(
      (await api.call('GET', `/apis/v2beta1/experiments/${experimentId}`, { as: 'alice' })).status,
    ).toBe(200);
    const denied = await api.call('GET', `/apis/v2beta1/experiments/${experimentId}`, {
      as: 'bob',
    });
    expect(denied.status).toBe(403);
    expect(denied.json).toMatchObject({ code: 7 });
    expect(
      (await api.call('GET', '/apis/v2beta1/experiments?namespace=kubeflow-alice', { as: 'bob' }))
        .status,
    ).toBe(403);
    expect(
      (
        await api.call('POST', '/apis/v2beta1/experiments', {
          as: 'bob',
          json: { display_name: 'x', namespace: 'kubeflow-alice' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api.call('DELETE', `/apis/v2beta1/experiments/${experimentId}`, { as: 'bob' })).status,
    ).toBe(403);
    expect(api.store.experiments.size).toBe(1);
  });

  it('requires a namespace to list runs, experiments and recurring runs in multi-user mode', async () => {
    const api = await createTestApi();
    for (const path of [
      '/apis/v2beta1/runs',
      '/apis/v2beta1/experiments',
      '/apis/v2beta1/recurringruns',
    ]) {
      const response = await api.call('GET', path, { as: 'alice' });
      expect(response.status, path).toBe(400);
      expect(response.json.message).toMatch(/requires filter by namespace/);
    }
  });

  it('has no namespace checks in single-user mode', async () => {
    const api = await createTestApi({ authenticator: noAuth });
    const experimentId = await createExperiment(api, undefined, 'anyone', 'ignored');
    const listed = await api.call('GET', '/apis/v2beta1/experiments');
    expect(items(listed.body, 'experiments').map((e) => field(e, 'experiment_id'))).toContain(
      experimentId,
    );
    expect(field(items(listed.body, 'experiments')[0], 'namespace')).toBeUndefined();
  });
});
