import { Hono, type Context } from 'hono';
import type { Authenticator } from '../auth/types.ts';
import { podEvents } from '../k8s/pod-events.ts';
import { podNamespace, podObject } from '../k8s/pod-object.ts';
import type { PodSnapshot, PodStore } from '../sim/types.ts';
import { authenticate, isResourceName, singleQuery, textResponse } from './ui-server-auth.ts';

export interface PodRouteDeps {
  readonly pods: PodStore;
  readonly authenticator: Authenticator;
  /** Brings the pod's run up to now before the read (see LogRouteDeps.refresh). */
  readonly refresh?: (podName: string) => void;
  readonly now?: () => Date;
  /** false: the UI server cannot reach a cluster (every read fails as the k8s client does). */
  readonly cluster?: boolean;
}

/** The KFP UI server's words when `readNamespacedPod` / `listNamespacedEvent` fail (k8s-helper.ts). */
function podError(name: string, namespace: string, what: 'pod' | 'events'): string {
  if (!isResourceName(name) || !isResourceName(namespace)) return 'Invalid resource name';
  return what === 'pod'
    ? `Could not get pod ${name} in namespace ${namespace}`
    : `Error when listing pod events for pod ${name} in namespace ${namespace}`;
}

type Target =
  | { readonly ok: true; readonly name: string; readonly namespace: string }
  | { readonly ok: false; readonly response: Response };

/** podname and podnamespace are both required (422), then the namespace check (403), as pod-info.ts. */
async function target(c: Context, deps: PodRouteDeps): Promise<Target> {
  const fail = (response: Response): Target => ({ ok: false, response });
  const auth = await authenticate(deps.authenticator, c.req.raw.headers);
  if ('error' in auth) return fail(textResponse(c, 401, `Authentication required: ${auth.error}`));
  const podName = singleQuery(c, 'podname');
  const podNs = singleQuery(c, 'podnamespace');
  if ('error' in podName) return fail(textResponse(c, 400, podName.error));
  if ('error' in podNs) return fail(textResponse(c, 400, podNs.error));
  const name = podName.value ?? '';
  const namespace = podNs.value ?? '';
  if (name === '') return fail(textResponse(c, 422, 'podname argument is required'));
  if (namespace === '') return fail(textResponse(c, 422, 'podnamespace argument is required'));
  if (auth.caller && !auth.caller.namespaces.includes(namespace))
    return fail(textResponse(c, 403, 'Access denied to namespace'));
  return { ok: true, name, namespace };
}

function find(deps: PodRouteDeps, name: string, namespace: string): PodSnapshot | undefined {
  if (deps.cluster === false) return undefined;
  deps.refresh?.(name);
  const pod = deps.pods.get(name);
  // A pod lives in one namespace: asking for it in another finds nothing, as with kubectl.
  return pod && podNamespace(pod) === namespace ? pod : undefined;
}

/**
 * `GET /k8s/pod?podname=&podnamespace=` (the pod as JSON) and `GET /k8s/pod/events?…` (its events).
 * Any failure to read from Kubernetes — no such pod, no cluster — is a 500 with the UI server's
 * message; a pod that is gone still lists its events (none here: they went with the pod).
 */
export function podRoutes(deps: PodRouteDeps): Hono {
  const app = new Hono();
  const now = deps.now ?? (() => new Date());
  app.get('/k8s/pod', async (c) => {
    const t = await target(c, deps);
    if (!t.ok) return t.response;
    const pod = find(deps, t.name, t.namespace);
    if (!pod) return textResponse(c, 500, podError(t.name, t.namespace, 'pod'));
    return textResponse(c, 200, JSON.stringify(podObject(pod)), 'application/json; charset=utf-8');
  });
  app.get('/k8s/pod/events', async (c) => {
    const t = await target(c, deps);
    if (!t.ok) return t.response;
    if (deps.cluster === false)
      return textResponse(c, 500, podError(t.name, t.namespace, 'events'));
    const pod = find(deps, t.name, t.namespace);
    const list = pod
      ? podEvents(pod, now().getTime())
      : { kind: 'EventList', apiVersion: 'v1', metadata: { resourceVersion: '1' }, items: [] };
    return textResponse(c, 200, JSON.stringify(list), 'application/json; charset=utf-8');
  });
  return app;
}
