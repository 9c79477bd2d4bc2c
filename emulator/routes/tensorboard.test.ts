import { describe, expect, it } from 'vitest';
import { createViewerStore, TENSORBOARD_STARTUP_MS, viewerName } from '../k8s/viewers.ts';
import { fakeClock } from '../testing/sim-test-kit.ts';
import { as, testAuthenticator } from '../testing/test-authenticator.ts';
import { tensorboardRoutes } from './tensorboard.ts';

const LOGDIR = 'minio://mlpipeline/tb/logs';
const q = (extra = '') =>
  `/apps/tensorboard?logdir=${encodeURIComponent(LOGDIR)}&namespace=kubeflow-alice${extra}`;

function setup(cluster = true) {
  const clock = fakeClock();
  const viewers = createViewerStore();
  const app = tensorboardRoutes({
    viewers,
    authenticator: testAuthenticator,
    now: clock.now,
    createDelayMs: 0,
    cluster,
  });
  return { app, clock, viewers };
}

describe('{base}/apps/tensorboard', () => {
  it('starts, reports, serves once ready, and stops a TensorBoard as KFP 2.17 answers', async () => {
    const { app, clock, viewers } = setup();
    const none = await app.request(q(), as('alice'));
    expect(await none.json()).toEqual({ proxyPath: '', tfVersion: '', image: '' });

    const spec = encodeURIComponent(JSON.stringify({ spec: { serviceAccountName: 'sa' } }));
    const started = await app.request(
      q(`&image=${encodeURIComponent('tensorflow/tensorflow:2.2.2')}&podtemplatespec=${spec}`),
      { ...as('alice'), method: 'POST' },
    );
    expect(started.status).toBe(200);
    const path = await started.text();
    expect(path).toMatch(/^apps\/tensorboard\/proxy\/[^/]+\/$/);
    const viewer = viewers.get('kubeflow-alice', viewerName(LOGDIR));
    expect(viewer).toMatchObject({
      name: viewerName(LOGDIR),
      image: 'tensorflow/tensorflow:2.2.2',
      podTemplateSpec: { spec: { serviceAccountName: 'sa' } },
    });
    expect(viewerName(LOGDIR)).toMatch(/^viewer-[0-9a-f]{40}$/);

    const got = await app.request(q(), as('alice'));
    expect(await got.json()).toEqual({
      proxyPath: path,
      tfVersion: '2.2.2',
      image: 'tensorflow/tensorflow:2.2.2',
    });
    // Starting: the proxy answers 504 until the pod serves.
    const early = await app.request(`/${path}`);
    expect(early.status).toBe(504);
    clock.advance(TENSORBOARD_STARTUP_MS);
    const page = await app.request(`/${path}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(await page.text()).toContain(LOGDIR);
    // Another namespace's caller with a token is refused; a forged token is refused.
    expect((await app.request(`/${path}`, as('bob'))).status).toBe(403);
    expect((await app.request('/apps/tensorboard/proxy/abc.def/')).status).toBe(403);

    // Same logdir, another version: 500 with the UI server's words.
    const other = await app.request(q('&tfversion=1.15.5'), { ...as('alice'), method: 'POST' });
    expect([other.status, await other.text()]).toEqual([
      500,
      "Failed to start Tensorboard app: There's already an existing tensorboard instance with a different version 2.2.2",
    ]);

    const stopped = await app.request(q(), { ...as('alice'), method: 'DELETE' });
    expect([stopped.status, await stopped.text()]).toEqual([200, 'Tensorboard deleted.']);
    expect(await (await app.request(q(), as('alice'))).json()).toMatchObject({ proxyPath: '' });
    expect((await app.request(`/${path}`)).status).toBe(504);
  });

  it('answers the UI server errors: 400 arguments, 401 namespace, 500 no cluster', async () => {
    const { app } = setup();
    const cases: [string, string, string, number, string][] = [
      [
        'GET',
        '/apps/tensorboard?namespace=kubeflow-alice',
        'alice',
        400,
        'logdir argument is required',
      ],
      ['GET', '/apps/tensorboard?logdir=x', 'alice', 400, 'namespace argument is required'],
      ['GET', '/apps/tensorboard?logdir=x&namespace=Bad_NS', 'alice', 400, 'invalid namespace'],
      [
        'POST',
        q(),
        'alice',
        400,
        'missing required argument: tfversion (tensorflow version) or image',
      ],
      [
        'POST',
        q('&tfversion=2&image=x'),
        'alice',
        400,
        'tfversion and image cannot be specified at the same time',
      ],
      [
        'GET',
        q(),
        'bob',
        401,
        'User is not authorized to GET viewers in namespace kubeflow-alice: Access denied',
      ],
    ];
    for (const [method, path, user, status, text] of cases) {
      const res = await app.request(path, { ...as(user), method });
      expect([res.status, await res.text()]).toEqual([status, text]);
    }
    const badSpec = await app.request(q('&tfversion=2.2.2&podtemplatespec=%7B'), {
      ...as('alice'),
      method: 'POST',
    });
    expect(badSpec.status).toBe(400);
    expect(await badSpec.text()).toMatch(/^podtemplatespec is not valid JSON: /);
    const { app: noCluster } = setup(false);
    const res = await noCluster.request(q('&tfversion=2.2.2'), { ...as('alice'), method: 'POST' });
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/^Failed to start Tensorboard app: /);
  });
});
