import { gzipSync, zipSync } from 'fflate';
import { createTarGzip } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { createTestApi, field, text } from '../testing/test-app.ts';
import {
  addPipelineYaml,
  argoPipelineYaml,
  platformPair,
  uploadForm,
  yamlData,
} from '../testing/test-pipelines.ts';

const upload = '/apis/v2beta1/pipelines/upload';
const encode = (s: string) => new TextEncoder().encode(s);

async function api() {
  return createTestApi();
}

describe('POST /pipelines/upload', () => {
  // The file name is kept whole, extension included: buildPipelineName in
  // backend/src/apiserver/server/pipeline_server.go falls back to the multipart file name as it is.
  it('creates a pipeline and its first version from YAML, named after the file', async () => {
    const t = await api();
    const created = await t.call(
      'POST',
      `${upload}?namespace=kubeflow-alice&description=d&code_source_url=https://x/y`,
      {
        as: 'alice',
        form: uploadForm('my-pipeline.yaml', addPipelineYaml),
      },
    );
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      name: 'my-pipeline.yaml',
      display_name: 'my-pipeline.yaml',
      description: 'd',
      namespace: 'kubeflow-alice',
    });
    const id = text(created.body, 'pipeline_id');
    const versions = await t.call('GET', `/apis/v2beta1/pipelines/${id}/versions`, { as: 'alice' });
    expect(field(versions.body, 'pipeline_versions', 0)).toMatchObject({
      name: 'my-pipeline.yaml',
      pipeline_spec: yamlData(addPipelineYaml),
    });
    // KFP 2.17 reads no code_source_url on a file upload (pipeline_upload_server.go at 2.17.0).
    expect(field(versions.body, 'pipeline_versions', 0, 'code_source_url')).toBeUndefined();
    expect([...t.store.versions.values()].map((v) => v.codeSourceUrl)).toEqual(['']);
  });

  it('keeps code_source_url of a file upload on KFP master (--run-api next, #13590)', async () => {
    const t = await createTestApi({ runApi: 'next' });
    const created = await t.call(
      'POST',
      `${upload}?namespace=kubeflow-alice&code_source_url=https://x/y`,
      {
        as: 'alice',
        form: uploadForm('my-pipeline.yaml', addPipelineYaml),
      },
    );
    const id = text(created.body, 'pipeline_id');
    const versions = await t.call('GET', `/apis/v2beta1/pipelines/${id}/versions`, { as: 'alice' });
    expect(field(versions.body, 'pipeline_versions', 0, 'code_source_url')).toBe('https://x/y');
  });

  it('takes name, display_name and tags from the query', async () => {
    const t = await api();
    const tags = encodeURIComponent(JSON.stringify({ team: 'ml' }));
    const created = await t.call(
      'POST',
      `${upload}?name=n1&display_name=Nice%20name&tags=${tags}&namespace=kubeflow-alice`,
      {
        as: 'alice',
        form: uploadForm('x.yaml', addPipelineYaml),
      },
    );
    expect(created.json).toMatchObject({
      name: 'n1',
      display_name: 'Nice name',
      tags: { team: 'ml' },
    });
    const badTags = await t.call(
      'POST',
      `${upload}?name=n2&tags=%5B1%5D&namespace=kubeflow-alice`,
      { as: 'alice', form: uploadForm('x.yaml', addPipelineYaml) },
    );
    expect(badTags.status).toBe(400);
    expect(badTags.json.error_message).toMatch(/tags/);
  });

  it('reads JSON, .zip and .tar.gz files', async () => {
    const t = await api();
    const spec = yamlData(addPipelineYaml);
    const files: [string, Uint8Array][] = [
      ['p.json', encode(JSON.stringify(spec))],
      ['p.zip', zipSync({ 'README.md': encode('hi'), 'pipeline.yaml': encode(addPipelineYaml) })],
      ['p.tar.gz', await createTarGzip([{ name: 'pipeline.yaml', data: encode(addPipelineYaml) }])],
      ['first.zip', zipSync({ 'whatever.yml': encode(argoPipelineYaml) })],
    ];
    for (const [name, bytes] of files) {
      const created = await t.call('POST', `${upload}?name=${name}&namespace=kubeflow-alice`, {
        as: 'alice',
        form: uploadForm(name, bytes),
      });
      expect(created.status, name).toBe(200);
    }
    expect(t.store.pipelines.size).toBe(4);
  });

  it('keeps a platform spec document as {pipeline_spec, platform_spec}', async () => {
    const t = await api();
    const created = await t.call('POST', `${upload}?namespace=kubeflow-alice`, {
      as: 'alice',
      form: uploadForm('pvc.yaml', platformPair),
    });
    const versions = await t.call(
      'GET',
      `/apis/v2beta1/pipelines/${text(created.body, 'pipeline_id')}/versions`,
      { as: 'alice' },
    );
    const spec = field(versions.body, 'pipeline_versions', 0, 'pipeline_spec');
    expect(field(spec, 'pipeline_spec', 'pipelineInfo', 'name')).toBe('add');
    expect(field(spec, 'platform_spec', 'platforms', 'kubernetes')).toBeDefined();
  });

  it('refuses bad files with {error_message, error_details} and stores nothing', async () => {
    const t = await api();
    const cases: [string, string | Uint8Array, number, RegExp][] = [
      ['bad.yaml', 'a: [1, 2', 400, /invalid YAML/],
      [
        'pod.yaml',
        'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n',
        400,
        /unknown template format/,
      ],
      ['empty.yaml', '', 400, /empty/],
      ['list.yaml', '- 1\n- 2\n', 400, /mapping/],
      ['p.txt', 'hello', 400, /Unexpected pipeline file format/],
      ['broken.zip', new Uint8Array([0x50, 0x4b, 1, 2, 3, 4]), 400, /Not a valid zip file/],
      ['notyaml.zip', zipSync({ 'a.txt': encode('x') }), 400, /Expecting a pipeline.yaml/],
      ['broken.tar.gz', gzipSync(encode('not a tar at all, not at all')), 400, /tarball/],
      ['binary.yaml', new Uint8Array([0xff, 0xfe, 0x00]), 400, /UTF-8/],
      // backend/src/apiserver/template/v2_template.go: only IR schema 2.1.0 is accepted.
      [
        'old-schema.yaml',
        addPipelineYaml.replace('schemaVersion: 2.1.0', 'schemaVersion: 2.0.0'),
        400,
        /KFP only supports schema version 2\.1\.0, but the pipeline spec has version 2\.0\.0/,
      ],
    ];
    for (const [name, content, status, message] of cases) {
      const response = await t.call('POST', `${upload}?namespace=kubeflow-alice`, {
        as: 'alice',
        form: uploadForm(name, content),
      });
      expect(response.status, name).toBe(status);
      expect(response.json.error_message, name).toMatch(/^Failed to read a pipeline spec file/);
      expect(response.json.error_message, name).toMatch(message);
    }
    const noFile = await t.call('POST', `${upload}?namespace=kubeflow-alice`, {
      as: 'alice',
      form: new FormData(),
    });
    expect(noFile.status).toBe(400);
    expect(t.store.pipelines.size).toBe(0);
    expect(t.store.versions.size).toBe(0);
  });

  it('refuses files over 32 MB with 413', async () => {
    const t = await api();
    const big = new Uint8Array(32 * 1024 * 1024 + 1).fill(0x20);
    const response = await t.call('POST', `${upload}?namespace=kubeflow-alice`, {
      as: 'alice',
      form: uploadForm('big.yaml', big),
    });
    expect(response.status).toBe(413);
    expect(response.json.error_message).toMatch(/32 MB/);
  });

  it('answers 409 for a taken name and leaves the first pipeline alone', async () => {
    const t = await api();
    const first = await t.call('POST', `${upload}?name=dup&namespace=kubeflow-alice`, {
      as: 'alice',
      form: uploadForm('a.yaml', addPipelineYaml),
    });
    expect(first.status).toBe(200);
    const second = await t.call('POST', `${upload}?name=dup&namespace=kubeflow-alice`, {
      as: 'alice',
      form: uploadForm('a.yaml', argoPipelineYaml),
    });
    expect(second.status).toBe(409);
    expect(second.json.error_message).toMatch(/already exists/);
    const other = await t.call('POST', `${upload}?name=dup&namespace=kubeflow-bob`, {
      as: 'bob',
      form: uploadForm('a.yaml', addPipelineYaml),
    });
    expect(other.status).toBe(200);
    expect(t.store.versions.size).toBe(2);
  });

  it('refuses another user namespace (400, like the real upload handler) but lets any user upload a shared pipeline', async () => {
    const t = await api();
    const foreign = await t.call('POST', `${upload}?namespace=kubeflow-bob`, {
      as: 'alice',
      form: uploadForm('a.yaml', addPipelineYaml),
    });
    expect(foreign.status).toBe(400);
    expect(foreign.json.error_message).toMatch(/pipeline upload denied/);
    // pipeline_upload_server.go canUploadVersionedPipeline: no authorization for namespace "".
    const shared = await t.call('POST', upload, {
      as: 'alice',
      form: uploadForm('a.yaml', addPipelineYaml),
    });
    expect(shared.status).toBe(200);
    expect(shared.json).not.toHaveProperty('namespace');
    const version = await t.call(
      'POST',
      `${upload.replace('/upload', '/upload_version')}?pipelineid=${String(shared.json.pipeline_id)}&name=v2`,
      { as: 'bob', form: uploadForm('b.yaml', addPipelineYaml) },
    );
    expect(version.status).toBe(200);
    const unauthenticated = await t.call('POST', upload, {
      form: uploadForm('a.yaml', addPipelineYaml),
    });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.json).toHaveProperty('error_message');
  });
});

describe('POST /pipelines/upload_version and the v1beta1 twins', () => {
  it('adds versions; a taken version name is 409; a missing pipeline is 400', async () => {
    const t = await api();
    const created = await t.call('POST', `${upload}?name=p&namespace=kubeflow-alice`, {
      as: 'alice',
      form: uploadForm('p.yaml', addPipelineYaml),
    });
    const id = text(created.body, 'pipeline_id');
    const v2 = await t.call(
      'POST',
      `/apis/v2beta1/pipelines/upload_version?pipelineid=${id}&name=v2`,
      { as: 'alice', form: uploadForm('p.yaml', argoPipelineYaml) },
    );
    expect(v2.status).toBe(200);
    expect(v2.json).toMatchObject({
      pipeline_id: id,
      name: 'v2',
      display_name: 'v2',
      pipeline_spec: { kind: 'Workflow' },
    });
    const taken = await t.call(
      'POST',
      `/apis/v2beta1/pipelines/upload_version?pipelineid=${id}&name=v2`,
      { as: 'alice', form: uploadForm('p.yaml', addPipelineYaml) },
    );
    expect(taken.status).toBe(409);
    const missing = await t.call(
      'POST',
      '/apis/v2beta1/pipelines/upload_version?pipelineid=nope&name=v3',
      { as: 'alice', form: uploadForm('p.yaml', addPipelineYaml) },
    );
    expect(missing.status).toBe(400);
    const noId = await t.call('POST', '/apis/v2beta1/pipelines/upload_version?name=v3', {
      as: 'alice',
      form: uploadForm('p.yaml', addPipelineYaml),
    });
    expect(noId.status).toBe(400);
    const bob = await t.call(
      'POST',
      `/apis/v2beta1/pipelines/upload_version?pipelineid=${id}&name=v4`,
      { as: 'bob', form: uploadForm('p.yaml', addPipelineYaml) },
    );
    expect(bob.status).toBe(400);
    expect(t.store.versions.size).toBe(2);
  });

  it('answers the v1beta1 upload with the api.Pipeline of its upload swagger', async () => {
    const t = await api();
    const created = await t.call(
      'POST',
      '/apis/v1beta1/pipelines/upload?name=v1p&namespace=kubeflow-alice',
      { as: 'alice', form: uploadForm('w.yaml', argoPipelineYaml) },
    );
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      name: 'v1p',
      parameters: [{ name: 'who', value: 'world' }],
    });
    const id = text(created.body, 'id');
    const version = await t.call(
      'POST',
      `/apis/v1beta1/pipelines/upload_version?pipelineid=${id}&name=again`,
      { as: 'alice', form: uploadForm('w.yaml', argoPipelineYaml) },
    );
    expect(version.json).toMatchObject({
      name: 'again',
      resource_references: [{ key: { type: 'PIPELINE', id }, relationship: 'OWNER' }],
    });
  });
});
