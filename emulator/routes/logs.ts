import { Hono } from 'hono';
import type { Authenticator } from '../auth/types.ts';
import { ARCHIVE_BUCKET, archivedLogKey, extractedText } from '../k8s/log-archive.ts';
import type { LogStore, ObjectStore } from '../sim/types.ts';
import { authenticate, singleQuery, textResponse } from './ui-server-auth.ts';

export interface LogRouteDeps {
  readonly logs: LogStore;
  readonly authenticator: Authenticator;
  /**
   * Brings the run's logs up to now before the read (the simulator writes them lazily, when a run's
   * runtime is computed). `runId` is the `runid` query parameter, '' when the request has none.
   */
  readonly refresh?: (runId: string, podName: string) => void;
  /**
   * The object store Argo archives logs to. With it, a pod Kubernetes no longer has is read from its
   * archive, as the UI server does with the manifests' `ARGO_ARCHIVE_LOGS=true` (see
   * ../k8s/log-archive.ts); without it, only live pods answer.
   */
  readonly archive?: ObjectStore;
  /**
   * The namespace of the run that wrote an object. KFP's manifests put the namespace in the archive's
   * key (`private-artifacts/{{workflow.namespace}}/…`), so a pod name from another namespace finds
   * nothing: an archive of another namespace is not served.
   */
  readonly archiveNamespace?: (key: string) => string | undefined;
}

/**
 * The KFP UI server's `GET /k8s/pod/logs?podname=&podnamespace=&runid=&createdat=`: the pod's main
 * container log as plain text, from Kubernetes while it has the pod, else from the log Argo archived
 * (`frontend/server/handlers/pod-logs.ts`: the answer carries no sign of which it was); 404 "pod not
 * found" when neither has it. `vanish_pods` stands for the workflow's TTL having deleted the workflow
 * with its pods, so the workflow-status fallback of workflow-helper.ts finds nothing here and only the
 * configured archive (`createdat` + keyFormat) remains. KFP master answers a missing archive with 500
 * "Could not get main container logs: …" (the 404 branch waits for an error text nothing throws any
 * more); the emulator keeps the 404 of earlier releases and of the notes.
 */
export function logRoutes(deps: LogRouteDeps): Hono {
  const app = new Hono();
  const multiUser = deps.authenticator.mode === 'oidc';

  app.get('/k8s/pod/logs', async (c) => {
    const auth = await authenticate(deps.authenticator, c.req.raw.headers);
    if ('error' in auth) return textResponse(c, 401, `Authentication required: ${auth.error}`);
    const podName = singleQuery(c, 'podname');
    const podNamespace = singleQuery(c, 'podnamespace');
    const runId = singleQuery(c, 'runid');
    const createdAt = singleQuery(c, 'createdat');
    if ('error' in createdAt) return textResponse(c, 400, createdAt.error);
    if ('error' in podName) return textResponse(c, 400, podName.error);
    if ('error' in podNamespace) return textResponse(c, 400, podNamespace.error);
    if ('error' in runId) return textResponse(c, 400, runId.error);
    const name = podName.value ?? '';
    const namespace = podNamespace.value ?? '';
    if (name === '') return textResponse(c, 400, 'podname argument is required');
    if (multiUser && namespace === '')
      return textResponse(c, 422, 'podnamespace argument is required');
    if (namespace !== '' && auth.caller && !auth.caller.namespaces.includes(namespace))
      return textResponse(c, 403, 'Access denied to namespace');
    deps.refresh?.(runId.value ?? '', name);
    const log = deps.logs.get(name);
    // A pod lives in one namespace: asking for it in another finds nothing, as with kubectl.
    if (!log || (namespace !== '' && log.namespace !== '' && log.namespace !== namespace)) {
      const archived = readArchive(deps, name, createdAt.value ?? '', namespace);
      if (archived !== undefined) return textResponse(c, 200, archived);
      return textResponse(c, 404, 'pod not found');
    }
    return textResponse(c, 200, log.lines.length === 0 ? '' : `${log.lines.join('\n')}\n`);
  });
  return app;
}

function readArchive(
  deps: LogRouteDeps,
  podName: string,
  createdAt: string,
  namespace: string,
): string | undefined {
  if (!deps.archive) return undefined;
  const located = archivedLogKey(podName, createdAt, namespace);
  if ('error' in located) return undefined;
  const owner = deps.archiveNamespace?.(located.key);
  if (namespace !== '' && owner !== undefined && owner !== namespace) return undefined;
  const stored = deps.archive.get(ARCHIVE_BUCKET, located.key);
  return stored === undefined ? undefined : extractedText(stored);
}
