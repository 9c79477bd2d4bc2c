import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { logRoutes } from '../../../../emulator/routes/logs.ts';
import { stubAuthenticator } from '../../../../emulator/testing/test-app.ts';
import { createLogStore } from '../../../../emulator/sim/log-store.ts';
import { ApiError } from '@/lib/kfp/errors.ts';
import { inProcessClient } from '../testing/in-process-client.ts';
import { logKeys } from './log-keys.ts';
import { fetchPodLog, LOG_FOLLOW_MS, logQueries } from './log-queries.ts';

function setup(user: string) {
  const logs = createLogStore();
  logs.put('pod-a', { namespace: 'kubeflow-alice', runId: 'r1', lines: ['one', 'two'] });
  return { logs, ...inProcessClient(logRoutes({ logs, authenticator: stubAuthenticator }), user) };
}

const params = { podName: 'pod-a', namespace: 'kubeflow-alice', runId: 'r1' };

describe('fetchPodLog', () => {
  it('reads the log text from the UI server', async () => {
    expect(await fetchPodLog(setup('alice').client, params)).toEqual({
      kind: 'text',
      text: 'one\ntwo\n',
    });
  });

  it('answers "missing" with the server message when the pod is gone', async () => {
    const { client, logs } = setup('alice');
    logs.remove('pod-a');
    expect(await fetchPodLog(client, params)).toEqual({
      kind: 'missing',
      message: 'pod not found',
    });
  });

  it('takes KFP master\'s 500 "Could not get main container logs" for a missing log too', async () => {
    const server = new Hono().get('/k8s/pod/logs', (c) =>
      c.text('Could not get main container logs: S3Error: The specified key does not exist.', 500),
    );
    const { client } = inProcessClient(server, 'alice');
    expect(await fetchPodLog(client, params)).toEqual({
      kind: 'missing',
      message: 'Could not get main container logs: S3Error: The specified key does not exist.',
    });
    const broken = new Hono().get('/k8s/pod/logs', (c) =>
      c.text('Authorization check failed', 500),
    );
    await expect(fetchPodLog(inProcessClient(broken, 'alice').client, params)).rejects.toThrow(
      'Authorization check failed',
    );
  });

  it("reads a v2 step's executor-logs file when the UI server has no log, and says so", async () => {
    const logFile = { source: 'minio', bucket: 'mlpipeline', key: 'v2/t/executor-logs-0' } as const;
    const server = new Hono()
      .get('/k8s/pod/logs', (c) => c.text('pod not found', 404))
      .get('/artifacts/get', (c) =>
        c.req.query('key') === logFile.key && c.req.query('namespace') === 'kubeflow-alice'
          ? c.text('hello from the launcher\n')
          : c.text('Failed to get object in bucket mlpipeline at path missing', 500),
      );
    const { client } = inProcessClient(server, 'alice');
    expect(
      await fetchPodLog(client, params, undefined, {
        logFile: { ...logFile, namespace: 'kubeflow-alice' },
      }),
    ).toEqual({ kind: 'text', text: 'hello from the launcher\n', archived: 'executor-logs' });
    // No such object: the pod's answer stands.
    expect(
      await fetchPodLog(client, params, undefined, {
        logFile: { ...logFile, key: 'missing', namespace: 'kubeflow-alice' },
      }),
    ).toEqual({ kind: 'missing', message: 'pod not found' });
  });

  it('throws other failures with the server message', async () => {
    const error = await fetchPodLog(setup('bob').client, params).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, message: 'Access denied to namespace' });
  });
});

describe('logQueries', () => {
  it('polls while following and treats a finished log as final', () => {
    const { client } = setup('alice');
    const following = logQueries(client).pod(params, { follow: true });
    const finished = logQueries(client).pod(params, { follow: false });
    expect(following.refetchInterval).toBe(LOG_FOLLOW_MS);
    expect(following.staleTime).toBe(0);
    expect(finished.refetchInterval).toBe(false);
    expect(finished.staleTime).toBe(Infinity);
    // Following or not, it is the same log: switching keeps the cached text.
    expect(following.queryKey).toEqual(finished.queryKey);
  });

  it('keys logs by pod, namespace and run under one prefix', () => {
    expect(logKeys.pod(params)).toEqual([
      'logs',
      'pod',
      { podName: 'pod-a', namespace: 'kubeflow-alice', runId: 'r1' },
    ]);
    expect(logKeys.pod({ podName: 'p' })).toEqual([
      'logs',
      'pod',
      { podName: 'p', namespace: '', runId: '' },
    ]);
    expect(logKeys.pod(params).slice(0, 2)).toEqual(logKeys.pods());
  });
});
