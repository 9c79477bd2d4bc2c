import { gzipSync, zipSync } from 'fflate';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { createApp } from '../kfp-api-app.ts';
import { maxJsonBodyBytes, maxUploadBodyBytes } from '../http/body-limit.ts';
import { maxJsonDepth } from '../lib/json-guard.ts';
import { readPipelineFile } from '../http/pipeline-file.ts';
import { createStaticEngine } from '../store/run-engine.ts';
import { createStore } from '../store/store.ts';
import { createTestApi, stubAuthenticator } from '../testing/test-app.ts';
import { addPipelineYaml, uploadForm } from '../testing/test-pipelines.ts';

const MB = 1024 * 1024;

/** A 406-byte-class YAML bomb: ten levels of ten aliases each expand to 10¹⁰ nodes. */
function yamlBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 10; level++)
    lines.push(
      `a${level}: &a${level} [${Array(10)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  return `${addPipelineYaml}\n${lines.join('\n')}\nbomb: *a9\n`;
}

/** A body that streams `chunks` MB without a Content-Length, counting how much was pulled from it. */
function countedStream(chunks: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(MB).fill(0x61);
  return {
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= chunks) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    }),
    pulled: () => sent,
  };
}

async function streamingApp() {
  return createApp({
    store: await createStore(),
    engine: createStaticEngine(),
    authenticator: stubAuthenticator,
  });
}

describe('emulator limits against hostile input', () => {
  it('refuses a YAML alias bomb with 400 and go-yaml’s reason, without expanding it', async () => {
    const api = await createTestApi();
    const upload = await api.call(
      'POST',
      '/apis/v2beta1/pipelines/upload?name=bomb&namespace=kubeflow-alice',
      {
        as: 'alice',
        form: uploadForm('bomb.yaml', yamlBomb()),
      },
    );
    expect(upload.status).toBe(400);
    expect(upload.json.error_message).toMatch(/document contains excessive aliasing/);
  });

  it('inflates only the chosen zip entry: another entry, however large, is never inflated', () => {
    const zip = zipSync({
      'big.bin': new Uint8Array(33 * MB),
      'pipeline.yaml': new TextEncoder().encode(addPipelineYaml),
    });
    expect(readPipelineFile('p.zip', zip)).toBe(addPipelineYaml);
  });

  it('bounds what a tar.gz inflates to in all, whatever its gzip trailer says', () => {
    const tar = createTar([
      { name: 'padding.bin', data: new Uint8Array(40 * MB) },
      { name: 'pipeline.yaml', data: addPipelineYaml },
    ]);
    const gz = gzipSync(tar);
    // The trailer's size (mod 2^32) is a claim: make it small.
    gz.set([100, 0, 0, 0], gz.length - 4);
    expect(() => readPipelineFile('p.tar.gz', gz)).toThrow(/File size too large/);
  });

  it('answers 413 for a JSON body over the limit, declared or streamed', async () => {
    const api = await createTestApi();
    const declared = await api.call('POST', '/apis/v2beta1/experiments', {
      as: 'alice',
      body: `{"display_name":"${'x'.repeat(maxJsonBodyBytes)}","namespace":"kubeflow-alice"}`,
      // 413 comes from the gateway's limit: the swagger has no such answer.
      unchecked: true,
    });
    expect(declared.status).toBe(413);
    const app = await streamingApp();
    const stream = countedStream(200);
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { authorization: 'Bearer alice', 'content-type': 'application/json' },
      body: stream.body,
      duplex: 'half',
    };
    const response = await app.request('/apis/v2beta1/experiments', init);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 8, message: /Request body too large/ });
    expect(stream.pulled()).toBeLessThanOrEqual(maxJsonBodyBytes / MB + 2);
  });

  it('answers 413 for a chunked upload as soon as it passes the limit, without buffering it whole', async () => {
    const app = await streamingApp();
    const stream = countedStream(200);
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: {
        authorization: 'Bearer alice',
        'content-type': 'multipart/form-data; boundary=b',
      },
      body: stream.body,
      duplex: 'half',
    };
    const response = await app.request(
      '/apis/v2beta1/pipelines/upload?namespace=kubeflow-alice',
      init,
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error_message: /too large/i });
    expect(stream.pulled()).toBeLessThanOrEqual(maxUploadBodyBytes / MB + 2);
  });

  it('refuses out-of-range numbers, excessive nesting and duplicate keys with 400, never 500', async () => {
    const api = await createTestApi();
    for (const size of ['1e20', '99999999999999999999', '2147483648']) {
      const list = await api.call(
        'GET',
        `/apis/v2beta1/experiments?namespace=kubeflow-alice&page_size=${size}`,
        { as: 'alice' },
      );
      expect(list.status, size).toBe(400);
    }
    const deep = await api.call('POST', '/apis/v2beta1/experiments', {
      as: 'alice',
      body: `{"display_name":"d","namespace":"kubeflow-alice","x":${'['.repeat(maxJsonDepth)}${']'.repeat(maxJsonDepth)}}`,
    });
    expect(deep.status).toBe(400);
    expect(deep.json.message).toMatch(/exceeded max recursion depth/);
    const duplicate = await api.call('POST', '/apis/v2beta1/experiments', {
      as: 'alice',
      body: '{"display_name":"a","namespace":"kubeflow-alice","display_name":"b"}',
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.json.message).toMatch(/duplicate field "display_name"/);
  });
});
