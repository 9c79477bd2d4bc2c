import { describe, expect, it } from 'vitest';
import { createLogStore } from '../sim/log-store.ts';
import { logRoutes } from './logs.ts';
import { as, noAuthenticator, testAuthenticator } from '../testing/test-authenticator.ts';

function setup(authenticator = testAuthenticator) {
  const logs = createLogStore();
  logs.put('wf-1-multiply-123', {
    namespace: 'kubeflow-alice',
    runId: 'r1',
    lines: ['3.0 * 4.0 = 12.0', 'done'],
  });
  logs.put('single-pod', { namespace: '', runId: 'r2', lines: [] });
  const refreshed: string[] = [];
  // Stands in for the simulator: a refresh of run r3 prints the pod's next line.
  const refresh = (runId: string, podName: string) => {
    refreshed.push(`${runId}/${podName}`);
    const log = logs.get(podName);
    if (runId === 'r3' && log) logs.put(podName, { ...log, lines: [...log.lines, 'later'] });
  };
  return { app: logRoutes({ logs, authenticator, refresh }), logs, refreshed };
}

describe('GET /k8s/pod/logs', () => {
  it('returns the pod log as text', async () => {
    const res = await setup().app.request(
      '/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice&runid=r1',
      as('alice'),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('3.0 * 4.0 = 12.0\ndone\n');
  });

  it('brings the run up to date before reading, only for an authorized caller', async () => {
    const { app, refreshed } = setup();
    const res = await app.request(
      '/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice&runid=r3',
      as('alice'),
    );
    expect(await res.text()).toBe('3.0 * 4.0 = 12.0\ndone\nlater\n');
    await app.request(
      '/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice',
      as('alice'),
    );
    await app.request(
      '/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice&runid=r3',
      as('bob'),
    );
    await app.request(
      '/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice&runid=r3',
    );
    expect(refreshed).toEqual(['r3/wf-1-multiply-123', '/wf-1-multiply-123']);
    const repeated = await app.request(
      '/k8s/pod/logs?podname=p&podnamespace=kubeflow-alice&runid=a&runid=b',
      as('alice'),
    );
    expect(repeated.status).toBe(400);
  });

  it('answers 404 "pod not found" once the pod is gone, or in another namespace', async () => {
    const { app, logs } = setup();
    logs.remove('wf-1-multiply-123');
    const gone = await app.request(
      '/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice',
      as('alice'),
    );
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe('pod not found');
    const { app: fresh } = setup();
    const elsewhere = await fresh.request(
      '/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-bob',
      as('bob'),
    );
    expect(elsewhere.status).toBe(404);
  });

  it('checks parameters and namespace access like the UI server', async () => {
    const { app } = setup();
    const expectations: [string, string | undefined, number, string][] = [
      ['/k8s/pod/logs?podnamespace=kubeflow-alice', 'alice', 400, 'podname argument is required'],
      [
        '/k8s/pod/logs?podname=wf-1-multiply-123',
        'alice',
        422,
        'podnamespace argument is required',
      ],
      [
        '/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice',
        'bob',
        403,
        'Access denied to namespace',
      ],
    ];
    for (const [url, user, status, body] of expectations) {
      const res = await app.request(url, user ? as(user) : {});
      expect(res.status, url).toBe(status);
      expect(await res.text()).toBe(body);
    }
    expect(
      (await app.request('/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice'))
        .status,
    ).toBe(401);
  });

  it('needs no namespace in single-user mode', async () => {
    const { app } = setup(noAuthenticator);
    expect(await (await app.request('/k8s/pod/logs?podname=wf-1-multiply-123')).text()).toBe(
      '3.0 * 4.0 = 12.0\ndone\n',
    );
    const empty = await app.request('/k8s/pod/logs?podname=single-pod&podnamespace=kubeflow');
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe('');
  });
});
