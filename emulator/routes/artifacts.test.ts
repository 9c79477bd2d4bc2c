import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { argoArtifactArchive, createObjectStore } from '../sim/object-store.ts';
import { artifactRoutes, type RunManifest } from './artifacts.ts';
import { as, noAuthenticator, testAuthenticator } from '../testing/test-authenticator.ts';

const text = (s: string) => new TextEncoder().encode(s);
const metadata = '{"outputs": [{"type": "markdown", "storage": "inline", "source": "# hi"}]}';
const archiveKey = 'artifacts/wf-abc/2026/03/04/wf-abc-1234/mlpipeline-ui-metadata.tgz';

function setup(authenticator = testAuthenticator) {
  const objects = createObjectStore();
  objects.put('mlpipeline', archiveKey, argoArtifactArchive('data', text(metadata)));
  objects.put('mlpipeline', 'yolo-results/r1/roc.csv', text('0.0,0.1,1.0\n0.5,0.9,0.5\n'));
  objects.put('mlpipeline', 'bob/secret.csv', text('x'));
  const workflow = {
    status: {
      nodes: {
        'wf-abc-1234': {
          id: 'wf-abc-1234',
          outputs: {
            artifacts: [
              { name: 'mlpipeline-ui-metadata', s3: { key: archiveKey } },
              { name: 'main-logs', s3: { key: 'gone.tgz' } },
            ],
          },
        },
      },
    },
  };
  const runs: Record<string, RunManifest> = {
    'run-alice': { namespace: 'kubeflow-alice', manifest: JSON.stringify(workflow) },
    'run-v2': { namespace: 'kubeflow-alice', manifest: '' },
    'run-single': { namespace: '', manifest: JSON.stringify(workflow) },
  };
  return artifactRoutes({
    objects,
    authenticator,
    workflowManifest: (id) => runs[id],
    objectNamespace: (_bucket, key) => (key.startsWith('bob/') ? 'kubeflow-bob' : undefined),
  });
}

const get = (query: string, user = 'alice', app = setup()) =>
  app.request(`/artifacts/get?${query}`, as(user));

describe('GET /artifacts/get', () => {
  it('returns the first file of an Argo tar.gz for minio', async () => {
    const res = await get(
      `source=minio&bucket=mlpipeline&key=${encodeURIComponent(archiveKey)}&namespace=kubeflow-alice`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(metadata);
  });

  it('returns plain objects as stored, and peek=N gives the first N bytes', async () => {
    const full = await get(
      'source=minio&bucket=mlpipeline&key=yolo-results/r1/roc.csv&namespace=kubeflow-alice',
    );
    expect(await full.text()).toBe('0.0,0.1,1.0\n0.5,0.9,0.5\n');
    const peeked = await get(
      'source=s3&bucket=mlpipeline&key=yolo-results/r1/roc.csv&namespace=kubeflow-alice&peek=5',
    );
    expect(await peeked.text()).toBe('0.0,0');
  });

  it('does not extract archives for gcs', async () => {
    const res = await get(
      `source=gcs&bucket=mlpipeline&key=${encodeURIComponent(archiveKey)}&namespace=kubeflow-alice`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x1f, 0x8b]);
  });

  it('answers 404 for a missing object', async () => {
    const res = await get('source=minio&bucket=mlpipeline&key=nope.csv&namespace=kubeflow-alice');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('No objects found at mlpipeline/nope.csv');
  });

  it.each([
    [
      'bucket=mlpipeline&key=k&namespace=kubeflow-alice',
      'Storage source is missing from artifact request',
    ],
    ['source=ftp&bucket=mlpipeline&key=k&namespace=kubeflow-alice', 'Unknown storage source'],
    [
      'source=minio&key=k&namespace=kubeflow-alice',
      'Storage bucket is missing from artifact request',
    ],
    [
      'source=minio&bucket=mlpipeline&namespace=kubeflow-alice',
      'Storage key is missing from artifact request',
    ],
    [
      'source=minio&bucket=mlpipeline&key=k',
      'Namespace parameter is required when authentication is enabled',
    ],
    ['source=minio&bucket=mlpipeline&key=k&namespace=Not_Valid', 'Invalid namespace format'],
    [
      'source=minio&source=s3&bucket=mlpipeline&key=k&namespace=kubeflow-alice',
      'source must be a single string value',
    ],
  ])('answers 400 for %s', async (query, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(message);
  });

  it('checks the namespace: 401 without a token, 403 for another namespace or its objects', async () => {
    const app = setup();
    const anonymous = await app.request(
      '/artifacts/get?source=minio&bucket=mlpipeline&key=yolo-results/r1/roc.csv&namespace=kubeflow-alice',
    );
    expect(anonymous.status).toBe(401);
    const bob = await get(
      'source=minio&bucket=mlpipeline&key=yolo-results/r1/roc.csv&namespace=kubeflow-alice',
      'bob',
      app,
    );
    expect(bob.status).toBe(403);
    const foreign = await get(
      'source=minio&bucket=mlpipeline&key=bob/secret.csv&namespace=kubeflow-alice',
      'alice',
      app,
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toBe('Artifact does not belong to the requested namespace');
    const volume = await get(
      'source=volume&bucket=example-pipeline-volume&key=a.csv&namespace=kubeflow-alice',
      'alice',
      app,
    );
    expect(volume.status).toBe(403);
  });

  it('needs no token or namespace in single-user mode', async () => {
    const res = await setup(noAuthenticator).request(
      '/artifacts/get?source=minio&bucket=mlpipeline&key=yolo-results/r1/roc.csv',
    );
    expect(res.status).toBe(200);
  });
});

describe('ReadArtifact', () => {
  const path = (run: string, node: string, name: string, version = 'v1beta1') =>
    `/apis/${version}/runs/${run}/nodes/${node}/artifacts/${name}:read`;

  it.each(['v1beta1', 'v2beta1'])(
    'answers {data: base64 of the stored tar.gz} (%s)',
    async (version) => {
      const res = await setup().request(
        path('run-alice', 'wf-abc-1234', 'mlpipeline-ui-metadata', version),
        as('alice'),
      );
      expect(res.status).toBe(200);
      const body: unknown = await res.json();
      const data =
        typeof body === 'object' && body !== null && 'data' in body && typeof body.data === 'string'
          ? body.data
          : '';
      expect(Buffer.from(data, 'base64')).toEqual(
        Buffer.from(argoArtifactArchive('data', text(metadata))),
      );
    },
  );

  it('reads nodes from status.compressedNodes', async () => {
    const objects = createObjectStore();
    objects.put('other', 'k.tgz', text('abc'));
    const nodes = {
      n1: { outputs: { artifacts: [{ name: 'a', s3: { bucket: 'other', key: 'k.tgz' } }] } },
    };
    const manifest = JSON.stringify({
      status: {
        compressedNodes: Buffer.from(gzipSync(text(JSON.stringify(nodes)))).toString('base64'),
      },
    });
    const app = artifactRoutes({
      objects,
      authenticator: noAuthenticator,
      workflowManifest: () => ({ namespace: '', manifest }),
    });
    const res = await app.request(path('r', 'n1', 'a'));
    expect(await res.json()).toEqual({ data: Buffer.from('abc').toString('base64') });
  });

  it('answers grpc-gateway errors: 404 unknown run/artifact, 403 other namespace, 401 anonymous, 400 without a workflow', async () => {
    const app = setup();
    const cases: [string, string | undefined, number][] = [
      [path('nope', 'n', 'a'), 'alice', 404],
      [path('run-alice', 'wf-abc-1234', 'missing'), 'alice', 404],
      [path('run-alice', 'wf-abc-1234', 'main-logs'), 'alice', 404],
      [path('run-alice', 'wf-abc-1234', 'mlpipeline-ui-metadata'), 'bob', 403],
      [path('run-single', 'wf-abc-1234', 'mlpipeline-ui-metadata'), 'alice', 403],
      [path('run-alice', 'wf-abc-1234', 'mlpipeline-ui-metadata'), undefined, 401],
      [path('run-v2', 'n', 'a'), 'alice', 400],
    ];
    for (const [url, user, status] of cases) {
      const res = await app.request(url, user ? as(user) : {});
      expect(res.status, url).toBe(status);
      const body: unknown = await res.json();
      const fields =
        typeof body === 'object' && body !== null
          ? Object.entries(body).map(([k, v]) => `${k}:${typeof v}`)
          : [];
      expect(fields).toEqual(
        expect.arrayContaining(['code:number', 'message:string', 'error:string']),
      );
    }
  });
});
