import { checkNamespace, requireNamespace } from '../http/access.ts';
import type { AppContext, RouteDeps } from '../http/env.ts';
import { getExperiment } from '../store/experiment-ops.ts';

type Scoped = (record: { readonly experimentId: string; readonly namespace: string }) => boolean;

/**
 * Which runs or recurring runs a List call covers: `experiment_id` (whose namespace then applies),
 * else `namespace` (required in multi-user mode), checked against the caller.
 */
export function listScope(c: AppContext, deps: RouteDeps, call: string, resource: string): Scoped {
  return scopeOf(c, deps, call, resource, {
    experimentId: c.req.query('experiment_id') ?? '',
    namespace: c.req.query('namespace') ?? '',
  });
}

/** The same scope given explicitly (v1beta1 passes it as a resource reference key). */
export function scopeOf(
  c: AppContext,
  deps: RouteDeps,
  call: string,
  resource: string,
  given: { readonly experimentId: string; readonly namespace: string },
): Scoped {
  const { experimentId } = given;
  let namespace = deps.multiUser ? given.namespace : '';
  if (experimentId !== '') namespace = getExperiment(deps.store, experimentId).namespace;
  else requireNamespace(c, namespace, call);
  checkNamespace(c, namespace, 'list', resource);
  return (r) =>
    (experimentId === '' || r.experimentId === experimentId) &&
    (!deps.multiUser || r.namespace === namespace);
}
