import { describe, expect, it, vi } from 'vitest';
import { parseUnknown } from '../parse/reader.ts';
import { kfpPath } from './client.ts';
import {
  ApiError,
  CrossOriginRequestError,
  NetworkError,
  UnexpectedResponseError,
} from './errors.ts';
import { substring, equals } from './filter.ts';
import { getHealthz } from './healthz.ts';
import { listRuns } from './runs.ts';
import { readPodLogs } from './ui-server.ts';
import { client, fakeFetch, healthz, ORIGIN } from './client.test-kit.ts';

describe('createKfpClient', () => {
  it('sends the bearer token to base-relative paths and parses the answer', async () => {
    const { fn, calls } = fakeFetch(healthz);
    await expect(getHealthz(client(fn))).resolves.toMatchObject({
      multi_user: true,
      pipeline_store: 'database',
    });
    expect(calls[0]?.url.href).toBe(`${ORIGIN}/pipeline/apis/v2beta1/healthz`);
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer tok-1');
    expect(calls[0]?.init?.redirect).toBe('manual');
  });

  it('sends no Authorization header when there is no token (proxy mode)', async () => {
    const { fn, calls } = fakeFetch(healthz);
    await getHealthz(client(fn, { getToken: () => Promise.resolve(null) }));
    expect(calls[0]?.headers.has('Authorization')).toBe(false);
  });

  it('encodes path segments', () => {
    expect(kfpPath`/apis/v2beta1/runs/${'a/b c'}:archive`).toBe(
      '/apis/v2beta1/runs/a%2Fb%20c:archive',
    );
  });

  describe('refuses other origins, so the token never leaves ours', () => {
    it.each([
      'https://evil.example/apis/v2beta1/healthz',
      '//evil.example/x',
      'http://127.0.0.1:8888/apis',
    ])('%s', async (url) => {
      const { fn } = fakeFetch();
      await expect(client(fn).get(url, parseUnknown)).rejects.toBeInstanceOf(
        CrossOriginRequestError,
      );
      expect(fn).not.toHaveBeenCalled();
    });

    it('accepts an absolute URL on the same origin (env-info lives outside the KFP base)', async () => {
      const { fn, calls } = fakeFetch(() => Response.json({}));
      await client(fn).get(`${ORIGIN}/api/workgroup/env-info`, parseUnknown);
      expect(calls[0]?.url.pathname).toBe('/api/workgroup/env-info');
    });

    it('refuses a base URL on another origin at creation', () => {
      expect(() => client(fakeFetch().fn, { baseUrl: 'https://kfp.example.com/pipeline' })).toThrow(
        CrossOriginRequestError,
      );
    });
  });

  describe('errors', () => {
    it('reads the grpc-gateway body {error, code, message}', async () => {
      const body = {
        error: 'Run abc not found',
        code: 5,
        message: 'Run abc not found',
        details: [],
      };
      const { fn } = fakeFetch(() => Response.json(body, { status: 404 }));
      const error = await client(fn)
        .get('/apis/v2beta1/runs/abc', parseUnknown)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 404, code: 5, message: 'Run abc not found' });
    });

    it('reads the upload body {error_message, error_details}', async () => {
      const body = {
        error_message: 'Failed to read a pipeline spec file',
        error_details: 'yaml: line 3',
      };
      const { fn } = fakeFetch(() => Response.json(body, { status: 400 }));
      await expect(
        client(fn).post('/apis/v2beta1/pipelines/upload', parseUnknown, { body: new FormData() }),
      ).rejects.toMatchObject({
        status: 400,
        message: 'Failed to read a pipeline spec file',
      });
    });

    it('turns an HTML error page into its text', async () => {
      const html =
        '<html><head><style>p{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';
      const { fn } = fakeFetch(
        () => new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }),
      );
      await expect(client(fn).get('/apis/v2beta1/runs', parseUnknown)).rejects.toMatchObject({
        status: 502,
        message: '502 Bad Gateway nginx',
      });
    });

    it('falls back to the status text for an empty body', async () => {
      const { fn } = fakeFetch(
        () => new Response('', { status: 503, statusText: 'Service Unavailable' }),
      );
      await expect(client(fn).get('/x', parseUnknown)).rejects.toMatchObject({
        message: 'Service Unavailable',
      });
    });

    it('reports a failed fetch as NetworkError', async () => {
      const fn = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
      await expect(client(fn).get('/x', parseUnknown)).rejects.toBeInstanceOf(NetworkError);
    });

    it('reports an answer of the wrong shape with the field that is wrong', async () => {
      const { fn } = fakeFetch(() =>
        Response.json({ runs: [{ run_id: 'r1', state: 'EXPLODED' }] }),
      );
      const error = await listRuns(client(fn), {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect(String(error)).toContain('runs[0].state: expected one of RUNTIME_STATE_UNSPECIFIED');
      expect(String(error)).toContain('"EXPLODED"');
    });

    it('reports non-JSON where JSON was expected', async () => {
      const { fn } = fakeFetch(
        () => new Response('not json', { headers: { 'content-type': 'text/plain' } }),
      );
      await expect(client(fn).get('/x', parseUnknown)).rejects.toBeInstanceOf(
        UnexpectedResponseError,
      );
    });
  });

  it('reads plain-text logs with their query parameters', async () => {
    const { fn, calls } = fakeFetch(
      () => new Response('line 1\nline 2\n', { headers: { 'content-type': 'text/plain' } }),
    );
    const text = await readPodLogs(client(fn), {
      podName: 'p-1',
      namespace: 'kubeflow-alice',
      runId: 'r1',
    });
    expect(text).toBe('line 1\nline 2\n');
    expect(calls[0]?.url.pathname).toBe('/pipeline/k8s/pod/logs');
    expect(Object.fromEntries(calls[0]?.url.searchParams ?? [])).toEqual({
      podname: 'p-1',
      podnamespace: 'kubeflow-alice',
      runid: 'r1',
    });
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer tok-1');
  });

  it('sends list parameters, with the filter encoded the way KFP decodes it (twice)', async () => {
    const { fn, calls } = fakeFetch(() => Response.json({ runs: [], total_size: 0 }));
    const search = '50% a+b & "c"';
    await listRuns(client(fn), {
      namespace: 'kubeflow-alice',
      pageSize: 50,
      pageToken: 'tok==',
      sortBy: 'created_at desc',
      filter: {
        predicates: [substring('display_name', search), equals('storage_state', 'AVAILABLE')],
      },
    });
    const url = calls[0]?.url;
    expect(url?.searchParams.get('namespace')).toBe('kubeflow-alice');
    expect(url?.searchParams.get('page_size')).toBe('50');
    expect(url?.searchParams.get('page_token')).toBe('tok==');
    expect(url?.searchParams.get('sort_by')).toBe('created_at desc');
    // What the server does: the HTTP layer decodes once (searchParams.get), then url.QueryUnescape once more.
    const raw = url?.searchParams.get('filter') ?? '';
    expect(JSON.parse(decodeURIComponent(raw))).toEqual({
      predicates: [
        { key: 'display_name', operation: 'IS_SUBSTRING', string_value: search },
        { key: 'storage_state', operation: 'EQUALS', string_value: 'AVAILABLE' },
      ],
    });
    expect(url?.search.split('filter=')[1]).not.toMatch(/[+ ]/);
  });
});
