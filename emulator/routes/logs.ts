import { Hono } from 'hono';
import type { Authenticator } from '../auth/types.ts';
import type { LogStore } from '../sim/types.ts';
import { authenticate, singleQuery, textResponse } from './ui-server-auth.ts';

export interface LogRouteDeps {
  readonly logs: LogStore;
  readonly authenticator: Authenticator;
  /**
   * Brings the run's logs up to now before the read (the simulator writes them lazily, when a run's
   * runtime is computed). `runId` is the `runid` query parameter, '' when the request has none.
   */
  readonly refresh?: (runId: string, podName: string) => void;
}

/**
 * The KFP UI server's `GET /k8s/pod/logs?podname=&podnamespace=&runid=`: the pod's main container
 * log as plain text; 404 "pod not found" once the pod is gone.
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
    if (!log || (namespace !== '' && log.namespace !== '' && log.namespace !== namespace))
      return textResponse(c, 404, 'pod not found');
    return textResponse(c, 200, log.lines.length === 0 ? '' : `${log.lines.join('\n')}\n`);
  });
  return app;
}
