import type { NodeExecution } from './run-state.ts';

/** Where a step's log can still be read once the UI server has none (its pod is gone, nothing archived). */
export interface LogSources {
  /** v1: the Argo node whose `main-logs` artifact Argo archived. */
  readonly archiveNodeId?: string;
  /** v2: the `executor-logs` output KFP's launcher uploaded (KFP ≥ 2.5). */
  readonly logFileUri?: string;
}

/** `…/executor-logs-3` → 3 (KFP 2.17 names each retry's file by its index); no suffix → 0. */
function retryIndex(uri: string): number {
  const match = /-(\d+)$/.exec(uri);
  return match ? Number(match[1]) : 0;
}

/** The log sources of one execution; for a retried v2 step, the last attempt's file (its pod is the one shown). */
export function logSources(execution: NodeExecution, isV1: boolean): LogSources {
  if (isV1)
    return execution.outputArtifacts.some((a) => a.name === 'main-logs')
      ? { archiveNodeId: execution.runtimeId }
      : {};
  let best: string | undefined;
  for (const artifact of execution.outputArtifacts) {
    if (artifact.name !== 'executor-logs' || artifact.uri === undefined) continue;
    if (best === undefined || retryIndex(artifact.uri) >= retryIndex(best)) best = artifact.uri;
  }
  return best === undefined ? {} : { logFileUri: best };
}
