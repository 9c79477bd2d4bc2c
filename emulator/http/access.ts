import { badRequest, forbidden } from '../lib/errors.ts';
import { callerOf, type AppContext } from './env.ts';

/**
 * KFP's own namespace. Writing shared pipelines (namespace '') needs a role here, like the real
 * server's authorization in the KFP system namespace; ordinary users have none.
 */
export const systemNamespace = 'kubeflow';

export type Verb =
  | 'get'
  | 'list'
  | 'create'
  | 'update'
  | 'delete'
  | 'archive'
  | 'unarchive'
  | 'terminate'
  | 'retry'
  | 'enable'
  | 'disable';

function deny(c: AppContext, verb: Verb, resource: string, namespace: string): never {
  const caller = callerOf(c);
  const who = caller ? caller.email : 'anonymous';
  throw forbidden(
    `User '${who}' is not authorized to ${verb} ${resource} in namespace '${namespace || systemNamespace}' ` +
      `(request: Namespace: ${namespace || systemNamespace}, Verb: ${verb}, Group: pipelines.kubeflow.org, Resource: ${resource})`,
  );
}

/** 403 unless the caller has a role in `namespace`. No check in single-user mode (no caller). */
export function checkNamespace(
  c: AppContext,
  namespace: string,
  verb: Verb,
  resource: string,
): void {
  const caller = callerOf(c);
  if (caller === null) return;
  if (namespace === '' || !caller.namespaces.includes(namespace))
    deny(c, verb, resource, namespace);
}

/** Pipelines: shared ones (namespace '') are readable by every user; writing them needs the system namespace. */
export function checkPipelineNamespace(
  c: AppContext,
  namespace: string,
  verb: Verb,
  resource = 'pipelines',
): void {
  const caller = callerOf(c);
  if (caller === null) return;
  if (namespace === '') {
    if (verb === 'get' || verb === 'list') return;
    if (!caller.namespaces.includes(systemNamespace)) deny(c, verb, resource, namespace);
    return;
  }
  checkNamespace(c, namespace, verb, resource);
}

/**
 * Uploads (`/pipelines/upload`, `/pipelines/upload_version`): the real upload handler authorizes
 * only a namespaced pipeline; a shared one (namespace '') is uploaded by any signed-in user
 * (backend/src/apiserver/server/pipeline_upload_server.go, canUploadVersionedPipeline: `if
 * resourceAttributes.Namespace == "" { return nil }`, the same in 2.5.0 and master). This is how
 * the kfp 1.8 SDK's `upload_pipeline`, which sends no namespace, works on multi-user clusters.
 */
export function checkUploadNamespace(
  c: AppContext,
  namespace: string,
  resource: 'pipelines' | 'pipelineversions',
): void {
  if (namespace === '') return;
  checkNamespace(c, namespace, 'create', resource);
}

/** In multi-user mode, listing runs, experiments and recurring runs needs a namespace (or an experiment). */
export function requireNamespace(c: AppContext, namespace: string, what: string): void {
  if (callerOf(c) !== null && namespace === '') {
    throw badRequest(
      `Invalid input error: In multi-user mode, ${what} requires filter by namespace.`,
    );
  }
}
