import { Hono, type Context } from 'hono';
import type { Authenticator } from '../auth/types.ts';
import { ApiError, badRequest, errorBody, forbidden, notFound } from '../lib/errors.ts';
import type { ObjectStore } from '../sim/types.ts';
import { extractFirstTarEntry } from '../sim/object-store.ts';
import { findArtifactLocation } from './workflow-artifacts.ts';
import { authenticate, isResourceName, singleQuery, textResponse } from './ui-server-auth.ts';

export interface RunManifest {
  /** The run's namespace ('' in single-user mode). */
  readonly namespace: string;
  /** The Argo Workflow as JSON (`pipeline_runtime.workflow_manifest`); empty when the run has none. */
  readonly manifest: string | undefined;
}

export interface ArtifactRouteDeps {
  readonly objects: ObjectStore;
  readonly authenticator: Authenticator;
  /** The run's namespace and workflow manifest, or undefined for an unknown run. */
  readonly workflowManifest: (runId: string) => RunManifest | undefined;
  /** The namespace an object belongs to, when known; objects of another namespace are refused (403). */
  readonly objectNamespace?: (bucket: string, key: string) => string | undefined;
}

const sources = ['minio', 's3', 'gcs', 'http', 'https', 'volume'] as const;
type Source = (typeof sources)[number];
const isSource = (s: string): s is Source => sources.some((x) => x === s);

type Parsed =
  | { source: Source; bucket: string; key: string; namespace: string; peek: number }
  | { status: 400 | 401 | 403; message: string };

function parseRequest(c: Context): Parsed {
  const read = (name: string) => singleQuery(c, name);
  const params = {
    source: read('source'),
    bucket: read('bucket'),
    key: read('key'),
    namespace: read('namespace'),
    peek: read('peek'),
  };
  for (const p of Object.values(params)) if ('error' in p) return { status: 400, message: p.error };
  const value = (p: { value: string | undefined } | { error: string }) =>
    'value' in p ? (p.value ?? '') : '';
  const source = value(params.source);
  if (source === '')
    return { status: 400, message: 'Storage source is missing from artifact request' };
  if (!isSource(source)) return { status: 400, message: 'Unknown storage source' };
  const bucket = value(params.bucket);
  if (bucket === '')
    return { status: 400, message: 'Storage bucket is missing from artifact request' };
  const key = value(params.key);
  if (key === '') return { status: 400, message: 'Storage key is missing from artifact request' };
  const peekNumber = Number(value(params.peek));
  const peek = Number.isFinite(peekNumber) && peekNumber > 0 ? Math.floor(peekNumber) : 0;
  return { source, bucket, key, namespace: value(params.namespace), peek };
}

/**
 * The KFP UI server's artifact endpoints (`GET /artifacts/get`) and the API server's ReadArtifact
 * (`GET /apis/{v1beta1,v2beta1}/runs/{run}/nodes/{node}/artifacts/{name}:read`), over the
 * emulator's object store. Both authenticate themselves and check the caller's namespace.
 */
export function artifactRoutes(deps: ArtifactRouteDeps): Hono {
  const app = new Hono();
  const multiUser = deps.authenticator.mode === 'oidc';

  app.get('/artifacts/get', async (c) => {
    const auth = await authenticate(deps.authenticator, c.req.raw.headers);
    if ('error' in auth)
      return textResponse(c, 401, `Authentication required for artifact access: ${auth.error}`);
    const request = parseRequest(c);
    if ('status' in request) return textResponse(c, request.status, request.message);
    const { source, bucket, key, namespace, peek } = request;
    if (multiUser) {
      if (namespace === '')
        return textResponse(
          c,
          400,
          'Namespace parameter is required when authentication is enabled',
        );
      if (!isResourceName(namespace)) return textResponse(c, 400, 'Invalid namespace format');
      if (!auth.caller?.namespaces.includes(namespace)) {
        return textResponse(
          c,
          403,
          `User '${auth.caller?.email ?? 'anonymous'}' is not authorized to get viewers in namespace '${namespace}'`,
        );
      }
      if (source === 'volume')
        return textResponse(
          c,
          403,
          'Volume artifacts require a namespace-isolated artifact service in multi-user mode',
        );
      const owner = deps.objectNamespace?.(bucket, key);
      if (owner !== undefined && owner !== '' && owner !== namespace)
        return textResponse(c, 403, 'Artifact does not belong to the requested namespace');
    }
    if (source === 'http' || source === 'https') {
      return textResponse(
        c,
        400,
        'HTTP artifact base URL is not configured. Set HTTP_BASE_URL to an approved artifact base.',
      );
    }
    const stored = source === 'volume' ? undefined : deps.objects.get(bucket, key);
    if (!stored) return textResponse(c, 404, `No objects found at ${bucket}/${key}`);
    // For minio and s3 the UI server previews Argo's tar.gz archives as their first file.
    const content = source === 'minio' || source === 's3' ? extractFirstTarEntry(stored) : stored;
    return textResponse(
      c,
      200,
      peek > 0 ? content.subarray(0, peek) : content,
      'application/octet-stream',
    );
  });

  const readArtifact = async (c: Context) => {
    try {
      const caller = await deps.authenticator.authenticate(c.req.raw.headers);
      const runId = c.req.param('runId') ?? '';
      const nodeId = c.req.param('nodeId') ?? '';
      const name = (c.req.param('artifact') ?? '').replace(/:read$/, '');
      const run = deps.workflowManifest(runId);
      if (!run)
        throw notFound(`Failed to read artifact: ResourceNotFoundError: Run ${runId} not found.`);
      if (caller && (run.namespace === '' || !caller.namespaces.includes(run.namespace))) {
        throw forbidden(
          `User '${caller.email}' is not authorized to readArtifact runs in namespace '${run.namespace || 'kubeflow'}'`,
        );
      }
      if (!run.manifest)
        throw badRequest(
          'Failed to read artifact: read artifact from run with v2 IR spec is not supported',
        );
      const location = findArtifactLocation(run.manifest, nodeId, name);
      const data = location && deps.objects.get(location.bucket, location.key);
      if (!data)
        throw notFound(
          `Failed to read artifact: ResourceNotFoundError: artifact runs/${runId}/nodes/${nodeId}/artifacts/${name} not found.`,
        );
      return c.json({ data: Buffer.from(data).toString('base64') });
    } catch (error) {
      if (error instanceof ApiError) return c.json(errorBody(error), error.status);
      throw error;
    }
  };
  app.get('/apis/v1beta1/runs/:runId/nodes/:nodeId/artifacts/:artifact{[^/]+:read}', readArtifact);
  app.get('/apis/v2beta1/runs/:runId/nodes/:nodeId/artifacts/:artifact{[^/]+:read}', readArtifact);
  return app;
}
