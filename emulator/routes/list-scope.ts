import { checkNamespace, requireNamespace } from '../http/access.ts';
import type { AppContext, RouteDeps } from '../http/env.ts';
import { getExperiment } from '../store/experiment-ops.ts';

/**
 * Which runs or recurring runs a List call covers: `experiment_id` (whose namespace then applies),
 * else `namespace` (required in multi-user mode), checked against the caller.
 */
export function listScope(
  c: AppContext,
  deps: RouteDeps,
  call: string,
  resource: string,
): (record: { readonly experimentId: string; readonly namespace: string }) => boolean {
  const experimentId = c.req.query('experiment_id') ?? '';
  let namespace = deps.multiUser ? (c.req.query('namespace') ?? '') : '';
  if (experimentId !== '') namespace = getExperiment(deps.store, experimentId).namespace;
  else requireNamespace(c, namespace, call);
  checkNamespace(c, namespace, 'list', resource);
  return (r) =>
    (experimentId === '' || r.experimentId === experimentId) &&
    (!deps.multiUser || r.namespace === namespace);
}
