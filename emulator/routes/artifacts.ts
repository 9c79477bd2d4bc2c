import { Hono, type Context } from 'hono';
import type { Authenticator } from '../auth/types.ts';
import { ApiError, badRequest, errorBody, forbidden, notFound } from '../lib/errors.ts';
import type { ObjectStore } from '../sim/types.ts';
import { extractFirstTarEntry } from '../sim/object-store.ts';
import { findArtifactLocation } from './workflow-artifacts.ts';
import { generatedStream } from '../sim/generated-object.ts';
import {
  authenticate,
  isResourceName,
  singleQuery,
  streamResponse,
  textResponse,
} from './ui-server-auth.ts';

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
  | { status: 400 | 500; message: string };

function singleQueryValue(c: Context, name: string): string {
  const p = singleQuery(c, name);
  return 'value' in p ? (p.value ?? '') : '';
}

const names = ['source', 'bucket', 'key', 'providerInfo', 'namespace', 'peek'] as const;

/** A parameter given twice is refused before anything else (400), as the UI server's middleware does. */
function repeatedParameter(c: Context): string | undefined {
  for (const name of names) {
    const p = singleQuery(c, name);
    if ('error' in p) return p.error;
  }
  return undefined;
}

/**
 * The handler's own checks, after authorization: a missing source, bucket or key, an unknown source,
 * a bucket that is no resource name and a key over 1,024 characters are 500 in the UI server
 * (`frontend/server/handlers/artifacts.ts`, parseArtifactRequest / getRequiredRequestString).
 */
function parseRequest(c: Context): Parsed {
  const value = (name: string) => {
    const p = singleQuery(c, name);
    return 'value' in p ? (p.value ?? '') : '';
  };
  const source = value('source');
  if (source === '')
    return { status: 500, message: 'Storage source is missing from artifact request' };
  if (!isSource(source)) return { status: 500, message: 'Unknown storage source' };
  const bucket = value('bucket');
  if (bucket === '')
    return { status: 500, message: 'Storage bucket is missing from artifact request' };
  const key = value('key');
  if (key === '') return { status: 500, message: 'Storage key is missing from artifact request' };
  if (!isResourceName(bucket)) return { status: 500, message: 'Invalid bucket name' };
  if (key.length > 1024) return { status: 500, message: 'Object key too long' };
  const peekNumber = Number(value('peek'));
  const peek = Number.isFinite(peekNumber) && peekNumber > 0 ? Math.floor(peekNumber) : 0;
  return { source, bucket, key, namespace: value('namespace'), peek };
}

/** The first `peek` bytes (all when 0) of stored bytes, as a stream: the UI server pipes, so no Content-Length. */
function bytesStream(bytes: Uint8Array, peek: number): ReadableStream<Uint8Array> {
  const body = peek > 0 ? bytes.subarray(0, peek) : bytes;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (body.byteLength > 0) controller.enqueue(body);
      controller.close();
    },
  });
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
    const repeated = repeatedParameter(c);
    if (repeated) return textResponse(c, 400, repeated);
    const auth = await authenticate(deps.authenticator, c.req.raw.headers);
    if ('error' in auth)
      return textResponse(c, 401, `Authentication required for artifact access: ${auth.error}`);
    const namespace = singleQueryValue(c, 'namespace');
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
    }
    const request = parseRequest(c);
    if ('status' in request) return textResponse(c, request.status, request.message);
    const { source, bucket, key, peek } = request;
    if (multiUser) {
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
    if (source === 'http' || source === 'https')
      return textResponse(c, 400, 'HTTP artifact base URL is not configured');
    const generated = source === 'volume' ? undefined : deps.objects.generated?.(bucket, key);
    if (generated) return streamResponse(c, generatedStream(generated, peek));
    const stored = source === 'volume' ? undefined : deps.objects.get(bucket, key);
    // GCS lists the objects matching the key and answers an empty 200 when none does (getGCSArtifactHandler).
    if (!stored && source === 'gcs') return textResponse(c, 200, '');
    if (!stored) return textResponse(c, 404, `No objects found at ${bucket}/${key}`);
    // For minio and s3 the UI server previews Argo's tar.gz archives as their first file.
    const content = source === 'minio' || source === 's3' ? extractFirstTarEntry(stored) : stored;
    return streamResponse(c, bytesStream(content, peek));
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
