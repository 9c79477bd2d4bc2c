import { describe, expect, it } from 'vitest';
import { createLogStore } from '../sim/log-store.ts';
import { logRoutes } from './logs.ts';
import { as, noAuthenticator, testAuthenticator } from './test-authenticator.ts';

function setup(authenticator = testAuthenticator) {
  const logs = createLogStore();
  logs.put('wf-1-multiply-123', { namespace: 'kubeflow-alice', runId: 'r1', lines: ['3.0 * 4.0 = 12.0', 'done'] });
  logs.put('single-pod', { namespace: '', runId: 'r2', lines: [] });
  return { app: logRoutes({ logs, authenticator }), logs };
}

describe('GET /k8s/pod/logs', () => {
  it('returns the pod log as text', async () => {
    const res = await setup().app.request('/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice&runid=r1', as('alice'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('3.0 * 4.0 = 12.0\ndone\n');
  });

  it('answers 404 "pod not found" once the pod is gone, or in another namespace', async () => {
    const { app, logs } = setup();
    logs.remove('wf-1-multiply-123');
    const gone = await app.request('/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice', as('alice'));
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe('pod not found');
    const { app: fresh } = setup();
    const elsewhere = await fresh.request('/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-bob', as('bob'));
    expect(elsewhere.status).toBe(404);
  });

  it('checks parameters and namespace access like the UI server', async () => {
    const { app } = setup();
    const expectations: [string, string | undefined, number, string][] = [
      ['/k8s/pod/logs?podnamespace=kubeflow-alice', 'alice', 400, 'podname argument is required'],
      ['/k8s/pod/logs?podname=wf-1-multiply-123', 'alice', 422, 'podnamespace argument is required'],
      ['/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice', 'bob', 403, 'Access denied to namespace'],
    ];
    for (const [url, user, status, body] of expectations) {
      const res = await app.request(url, user ? as(user) : {});
      expect(res.status, url).toBe(status);
      expect(await res.text()).toBe(body);
    }
    expect((await app.request('/k8s/pod/logs?podname=wf-1-multiply-123&podnamespace=kubeflow-alice')).status).toBe(401);
  });

  it('needs no namespace in single-user mode', async () => {
    const { app } = setup(noAuthenticator);
    expect(await (await app.request('/k8s/pod/logs?podname=wf-1-multiply-123')).text()).toBe('3.0 * 4.0 = 12.0\ndone\n');
    const empty = await app.request('/k8s/pod/logs?podname=single-pod&podnamespace=kubeflow');
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe('');
  });
});
