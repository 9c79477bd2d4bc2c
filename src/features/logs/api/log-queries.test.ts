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
