import { Hono, type Context } from 'hono';
import type { LogStore, ObjectStore } from '../sim/types.ts';
import { defaultBucket } from '../sim/object-store.ts';

/**
 * The object store's credentials as KFP installs them: the `mlpipeline-minio-artifact` secret
 * (manifests/kustomize/third-party/seaweedfs/base/seaweedfs/mlpipeline-minio-artifact-secret.yaml),
 * named by the launcher's
 * store session info (backend/src/v2/config/env.go getDefaultMinioSessionInfo) and by Argo's
 * artifact repository (workflow-controller-configmap-patch.yaml).
 */
const objectStoreSecret = {
  name: 'mlpipeline-minio-artifact',
  accessKey: 'minio',
  secretKey: 'minio123',
} as const;

const xmlHeader = '<?xml version="1.0" encoding="UTF-8"?>\n';
const s3Namespace = 'http://s3.amazonaws.com/doc/2006-03-01/';

function s3Error(c: Context, status: 403 | 404, code: string, message: string): Response {
  c.header('Content-Type', 'application/xml');
  c.status(status);
  return c.body(
    `${xmlHeader}<Error><Code>${code}</Code><Message>${message}</Message><Resource>${c.req.path}</Resource></Error>`,
  );
}

/** The access key of an AWS Signature V4 `Authorization` header (`Credential=<key>/<date>/…`). */
export function accessKeyOf(authorization: string | undefined): string | undefined {
  return /Credential=([^/,\s]+)\//.exec(authorization ?? '')?.[1];
}

/**
 * The slice of the S3 API that KFP's own UI server uses to read artifacts (the `minio` client in
 * frontend/server/minio-helper.ts: GetBucketLocation, then GetObject, path-style), over the
 * emulator's object store, at `/<bucket>/<key>` on the emulator's port. Requests must be signed
 * with the installed access key (the signature itself is not checked). Read-only: other methods
 * and buckets answer as S3 does for a missing bucket.
 */
export function objectStoreS3Routes(objects: ObjectStore): Hono {
  const app = new Hono();
  const authorized = (c: Context) =>
    accessKeyOf(c.req.header('authorization')) === objectStoreSecret.accessKey;

  app.get(`/${defaultBucket}`, (c) => {
    if (!authorized(c)) return s3Error(c, 403, 'AccessDenied', 'Access Denied.');
    if (c.req.query('location') === undefined)
      return s3Error(c, 403, 'AccessDenied', 'Listing is not served by the emulator.');
    c.header('Content-Type', 'application/xml');
    // An empty constraint is us-east-1, the region the minio client then signs with.
    return c.body(`${xmlHeader}<LocationConstraint xmlns="${s3Namespace}"></LocationConstraint>`);
  });

  const getObject = (c: Context, head: boolean) => {
    if (!authorized(c)) return s3Error(c, 403, 'AccessDenied', 'Access Denied.');
    const key = decodeURIComponent(c.req.path.slice(`/${defaultBucket}/`.length));
    const data = objects.get(defaultBucket, key);
    if (!data) return s3Error(c, 404, 'NoSuchKey', 'The specified key does not exist.');
    c.header('Content-Type', 'application/octet-stream');
    c.header('Content-Length', String(data.length));
    c.header('ETag', `"${data.length.toString(16)}"`);
    if (head) return c.body(null);
    return c.body(new Uint8Array(data).buffer);
  };
  app.get(`/${defaultBucket}/*`, (c) => getObject(c, false));
  app.on('HEAD', `/${defaultBucket}/*`, (c) => getObject(c, true));
  return app;
}

export interface KubernetesDeps {
  readonly logs: LogStore;
  /** Brings the pod's run up to now (the simulator writes logs lazily). */
  readonly refresh: (podName: string) => void;
}

const notFound = (c: Context, kind: string, name: string) =>
  c.json(
    {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `${kind} "${name}" not found`,
      reason: 'NotFound',
      details: { name, kind },
      code: 404,
    },
    404,
  );

/**
 * The sliver of the Kubernetes API that KFP's UI server reads (frontend/server/k8s-helper.ts): the
 * object store's secret, before it opens an artifact whose store session info says `fromEnv: false`
 * (minio-helper.ts parseS3ProviderInfo → getK8sSecret), and a pod's main container log (getPodLogs →
 * readNamespacedPodLog). Everything else is 404 NotFound, as a Status.
 */
export function kubernetesRoutes(deps: KubernetesDeps): Hono {
  const app = new Hono();
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  app.get('/api/v1/namespaces/:namespace/pods/:name/log', (c) => {
    const { namespace, name } = c.req.param();
    deps.refresh(name);
    const log = deps.logs.get(name);
    const inNamespace = log && (log.namespace === '' ? 'kubeflow' : log.namespace) === namespace;
    if (!log || !inNamespace) return notFound(c, 'pods', name);
    c.header('Content-Type', 'text/plain');
    return c.body(log.lines.length === 0 ? '' : `${log.lines.join('\n')}\n`);
  });
  app.get('/api/v1/namespaces/:namespace/secrets/:name', (c) => {
    const { namespace, name } = c.req.param();
    if (name !== objectStoreSecret.name) return notFound(c, 'secrets', name);
    return c.json({
      kind: 'Secret',
      apiVersion: 'v1',
      metadata: { name, namespace },
      type: 'Opaque',
      data: {
        accesskey: b64(objectStoreSecret.accessKey),
        secretkey: b64(objectStoreSecret.secretKey),
      },
    });
  });
  return app;
}
