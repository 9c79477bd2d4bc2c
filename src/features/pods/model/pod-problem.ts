import { ApiError } from '@/lib/kfp/errors.ts';

export interface PodProblem {
  readonly title: string;
  readonly message: string;
  /** The pod may simply be gone: the step's archived log can still tell what happened. */
  readonly gone: boolean;
}

/**
 * A failed read of `k8s/pod` or `k8s/pod/events`, in words. The UI server answers 500 for any
 * failure to read from Kubernetes — a pod that no longer exists and a UI server without a cluster
 * alike (`frontend/server/k8s-helper.ts`) — 403 for a namespace the user may not read, 422 without
 * a namespace; a 404 means the UI server has no such endpoint at all.
 */
export function podProblem(error: unknown, what: 'pod' | 'events', podName: string): PodProblem {
  const server = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ApiError))
    return {
      title: `Could not read the ${what === 'pod' ? 'pod' : 'pod events'}`,
      message: server,
      gone: false,
    };
  if (error.status === 403)
    return {
      title: 'No access to this namespace',
      message: `The UI server refused to show pods of this namespace to you (${server}). Ask its owner to share the namespace with you.`,
      gone: false,
    };
  if (error.status === 404)
    return {
      title: 'This KFP install does not serve pod details',
      message: `Its UI server has no k8s/${what === 'pod' ? 'pod' : 'pod/events'} endpoint (${server}).`,
      gone: false,
    };
  if (error.status === 422)
    return { title: 'The pod is not identified', message: server, gone: false };
  if (error.status === 500 && /^(Could not get pod|Error when listing pod events)/.test(server))
    return {
      title: what === 'pod' ? 'The pod is gone' : 'No events could be read',
      message: `Kubernetes has no pod ${podName} any more, or the UI server cannot reach the cluster (${server}). Pods are deleted after a run finishes (garbage collection, a TTL, a node scaled down or preempted); the step's log may still be archived in the Logs tab.`,
      gone: true,
    };
  return {
    title: `The UI server could not read the ${what === 'pod' ? 'pod' : 'pod events'}`,
    message: `${server} (HTTP ${error.status})`,
    gone: false,
  };
}
