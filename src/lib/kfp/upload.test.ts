// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestEmulator, TEST_BASE_URL } from '@/testing/test-emulator.ts';
import type { UnauthorizedOutcome } from './client.ts';
import {
  ApiError,
  CrossOriginRequestError,
  NetworkError,
  SessionExpiredError,
  UnexpectedResponseError,
} from './errors.ts';
import {
  createPipelineFromUrl,
  createPipelineVersionFromUrl,
  createUploader,
  getPipelineByName,
  type UploadAuth,
} from './upload.ts';
import {
  fetchTransport,
  type TransportRequest,
  type TransportResponse,
} from './upload-transport.ts';

const YAML = 'pipelineInfo:\n  name: hello\nroot:\n  dag:\n    tasks: {}\nschemaVersion: 2.1.0\n';
const file = (name = 'hello.yaml') => new File([YAML], name);
const json = (
  status: number,
  body: unknown,
  contentType = 'application/json',
): TransportResponse => ({
  status,
  statusText: '',
  contentType,
  redirected: false,
  body: JSON.stringify(body),
});

/** A transport that answers from a queue and records what it was asked. */
function recordingTransport(...answers: TransportResponse[]) {
  const requests: TransportRequest[] = [];
  const transport = (request: TransportRequest) => {
    requests.push(request);
    const next = answers.shift();
    return next ? Promise.resolve(next) : Promise.reject(new TypeError('offline'));
  };
  return { transport, requests };
}

const auth = (overrides: Partial<UploadAuth> = {}): UploadAuth => ({
  getToken: () => Promise.resolve('tok-1'),
  onUnauthorized: () => Promise.resolve<UnauthorizedOutcome>('redirecting'),
  ...overrides,
});

async function emulator() {
  const emu = await createTestEmulator();
  const client = emu.client('alice');
  const handler = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return Promise.resolve(
      emu.app.request(`${url.pathname.slice(TEST_BASE_URL.length)}${url.search}`, init),
    );
  };
  return {
    emu,
    client,
    uploader: createUploader(
      client,
      auth({ getToken: () => Promise.resolve('alice') }),
      fetchTransport(handler),
    ),
  };
}

describe('createUploader', () => {
  it('posts the file as multipart `uploadfile` to this origin, with the bearer token and the names as query', async () => {
    const { client } = await emulator();
    const { transport, requests } = recordingTransport(
      json(200, { pipeline_id: 'p-1', name: 'n' }),
    );
    const onProgress = vi.fn();
    const pipeline = await createUploader(client, auth(), transport).uploadPipeline(
      { file: file(), name: 'n', displayName: 'N', description: '', namespace: 'kubeflow-alice' },
      { onProgress },
    );
    expect(pipeline.pipeline_id).toBe('p-1');
    const [request] = requests;
    expect(request?.url).toBe(
      'http://127.0.0.1:4173/pipeline/apis/v2beta1/pipelines/upload?name=n&display_name=N&namespace=kubeflow-alice',
    );
    expect(request?.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer tok-1' });
    const sent = request?.body.get('uploadfile');
    expect(sent instanceof File && sent.name).toBe('hello.yaml');
    expect(request?.onProgress).toBe(onProgress);
  });

  it('renews the token once on a 401, then gives up with SessionExpiredError', async () => {
    const { client } = await emulator();
    const tokens = ['old', 'new'];
    const renewing = recordingTransport(json(401, {}), json(200, { pipeline_version_id: 'v-1' }));
    const version = await createUploader(
      client,
      auth({
        getToken: () => Promise.resolve(tokens.shift() ?? null),
        onUnauthorized: () => Promise.resolve('renewed'),
      }),
      renewing.transport,
    ).uploadPipelineVersion({
      file: file(),
      pipelineId: 'p 1',
    });
    expect(version.pipeline_version_id).toBe('v-1');
    expect(renewing.requests.map((r) => r.headers.Authorization)).toEqual([
      'Bearer old',
      'Bearer new',
    ]);
    expect(renewing.requests[0]?.url).toMatch(/upload_version\?pipelineid=p\+1$/);

    const onUnauthorized = vi.fn(() => Promise.resolve<UnauthorizedOutcome>('redirecting'));
    const expired = recordingTransport(json(200, '<html>login</html>', 'text/html'));
    await expect(
      createUploader(client, auth({ onUnauthorized }), expired.transport).uploadPipeline({
        file: file(),
      }),
    ).rejects.toBeInstanceOf(SessionExpiredError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
    const redirected = recordingTransport({ ...json(200, {}), redirected: true });
    await expect(
      createUploader(client, auth(), redirected.transport).uploadPipeline({ file: file() }),
    ).rejects.toBeInstanceOf(SessionExpiredError);
  });

  it('turns the upload error body into an ApiError with the server message', async () => {
    const { client } = await emulator();
    const { transport } = recordingTransport(
      json(409, { error_message: 'name taken', error_details: 'x' }),
    );
    const error: unknown = await createUploader(client, auth(), transport)
      .uploadPipeline({ file: file() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, message: 'name taken' });
  });

  it('reports network failures, bad answers, cancellation and foreign origins', async () => {
    const { client } = await emulator();
    await expect(
      createUploader(client, auth(), recordingTransport().transport).uploadPipeline({
        file: file(),
      }),
    ).rejects.toBeInstanceOf(NetworkError);
    const notJson = recordingTransport({ ...json(200, {}), body: 'oops' });
    await expect(
      createUploader(client, auth(), notJson.transport).uploadPipeline({ file: file() }),
    ).rejects.toBeInstanceOf(UnexpectedResponseError);
    const controller = new AbortController();
    controller.abort();
    const aborted = (request: TransportRequest) =>
      Promise.reject(
        request.signal?.reason instanceof Error ? request.signal.reason : new Error('x'),
      );
    await expect(
      createUploader(client, auth(), aborted).uploadPipeline(
        { file: file() },
        { signal: controller.signal },
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
    const foreign = {
      ...client,
      url: () => {
        throw new CrossOriginRequestError('https://evil.example/');
      },
    };
    await expect(
      createUploader(foreign, auth(), recordingTransport().transport).uploadPipeline({
        file: file(),
      }),
    ).rejects.toBeInstanceOf(CrossOriginRequestError);
  });

  it('uploads pipelines and versions to the emulator, and finds them by name', async () => {
    const { client, uploader } = await emulator();
    const pipeline = await uploader.uploadPipeline({ file: file(), namespace: 'kubeflow-alice' });
    // Without a name KFP names the pipeline after the file, extension included
    // (buildPipelineName in backend/src/apiserver/server/pipeline_server.go).
    expect(pipeline).toMatchObject({
      name: 'hello.yaml',
      display_name: 'hello.yaml',
      namespace: 'kubeflow-alice',
    });
    const version = await uploader.uploadPipelineVersion({
      file: file(),
      pipelineId: pipeline.pipeline_id,
      name: 'hello-2',
    });
    expect(version).toMatchObject({ pipeline_id: pipeline.pipeline_id, name: 'hello-2' });
    await expect(
      uploader.uploadPipeline({ file: file(), namespace: 'kubeflow-alice' }),
    ).rejects.toMatchObject({ status: 409 });
    expect((await getPipelineByName(client, 'hello.yaml', 'kubeflow-alice')).pipeline_id).toBe(
      pipeline.pipeline_id,
    );
    await expect(getPipelineByName(client, 'hello.yaml', undefined)).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('creating from a URL (the server downloads the file)', () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  async function serveYaml(): Promise<string> {
    server = createServer((request, response) => {
      if (request.url === '/p/train.yaml')
        response.writeHead(200, { 'content-type': 'application/yaml' }).end(YAML);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port =
      typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0;
    return `http://127.0.0.1:${port}`;
  }

  it('creates a pipeline and a version from package URLs', async () => {
    const base = await serveYaml();
    const { client } = await emulator();
    const pipeline = await createPipelineFromUrl(client, {
      url: `${base}/p/train.yaml`,
      name: 'train',
      description: 'from a URL',
      namespace: 'kubeflow-alice',
    });
    expect(pipeline).toMatchObject({
      name: 'train',
      description: 'from a URL',
      namespace: 'kubeflow-alice',
    });
    const version = await createPipelineVersionFromUrl(client, {
      pipelineId: pipeline.pipeline_id,
      url: `${base}/p/train.yaml`,
      name: 'train-2',
    });
    expect(version).toMatchObject({ name: 'train-2', package_url: `${base}/p/train.yaml` });
  });

  it('shows the server’s refusal when it cannot download the file', async () => {
    const base = await serveYaml();
    const { client } = await emulator();
    const error: unknown = await createPipelineFromUrl(client, {
      url: `${base}/missing.yaml`,
      name: 'm',
      namespace: 'kubeflow-alice',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error instanceof ApiError && error.status).toBe(400);
    expect(error instanceof ApiError && error.message).toBe(
      `Invalid input error: error fetching pipeline spec from ${base}/missing.yaml - request returned 404 Not Found`,
    );
  });
});
