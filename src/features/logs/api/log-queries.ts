import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { ApiError } from '@/lib/kfp/errors.ts';
import {
  readArtifactText,
  readPod,
  readPodLogs,
  type ArtifactLocation,
  type PodLogsParams,
} from '@/lib/kfp/ui-server.ts';
import { readRunArtifactV1 } from '@/lib/kfp/v1-artifacts.ts';
import { decodeArchivedLog } from '../model/archived-log.ts';
import { logKeys } from './log-keys.ts';

/** While the task runs, its log is read again this often ("follow"). */
export const LOG_FOLLOW_MS = 2_500;

/**
 * Where an archived copy came from: `server` — the UI server answered the log while Kubernetes no
 * longer has the pod, so it read Argo's archive (its answer carries no marker: the dashboard knows
 * from `k8s/pod`); `artifact` — the UI server found nothing and the dashboard read the run's
 * `main-logs` artifact (v1 runs) itself; `executor-logs` — the same for a v2 step: the file KFP's
 * launcher (≥ 2.5) uploads as the step's `executor-logs` output, as KFP's UI reads it since 2.16
 * (frontend/src/components/tabs/RuntimeNodeDetailsV2.tsx getLogsInfo).
 */
export type ArchivedFrom = 'server' | 'artifact' | 'executor-logs';

/**
 * A pod log, or the answer that there is none: the UI server says 404 "pod not found" (500 "Could
 * not get main container logs: …" on KFP master) when the pod is gone and no archived log exists —
 * or, while a task is starting, before its pod exists. That is not a failure of the request, so it
 * is data, not an error; every other failure is thrown.
 */
export type PodLog =
  | { readonly kind: 'text'; readonly text: string; readonly archived?: ArchivedFrom }
  | { readonly kind: 'missing'; readonly message: string };

export interface PodLogSources {
  /** The task has finished: a log answered while its pod is gone is the archived copy. */
  readonly finished?: boolean;
  /** v1 runs: the Argo node whose `main-logs` artifact holds the archived log. */
  readonly archiveNodeId?: string;
  /** v2 runs: where the step's `executor-logs` output is stored. */
  readonly logFile?: ArtifactLocation;
}

const MISSING_MAIN_LOGS = /^Could not get main container logs/;

function isMissing(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    (error.status === 404 || (error.status === 500 && MISSING_MAIN_LOGS.test(error.message)))
  );
}

/** Kubernetes no longer has the pod: `k8s/pod` answers 500 "Could not get pod …" (pod-info.ts). */
async function podIsGone(
  client: KfpClient,
  params: PodLogsParams,
  signal?: AbortSignal,
): Promise<boolean> {
  if (!params.namespace) return false;
  try {
    await readPod(client, { podName: params.podName, namespace: params.namespace }, signal);
    return false;
  } catch (error) {
    // 403, 404 (a UI server without the endpoint), a parse error: nothing known, nothing claimed.
    return error instanceof ApiError && error.status === 500;
  }
}

export async function fetchPodLog(
  client: KfpClient,
  params: PodLogsParams,
  signal?: AbortSignal,
  sources: PodLogSources = {},
): Promise<PodLog> {
  let text: string;
  try {
    text = await readPodLogs(client, params, signal);
  } catch (error) {
    if (!isMissing(error)) throw error;
    const missing: PodLog = { kind: 'missing', message: error.message };
    if (sources.logFile) return readLogFile(client, sources.logFile, missing, signal);
    if (sources.archiveNodeId === undefined || !params.runId) return missing;
    let body: unknown;
    try {
      body = await readRunArtifactV1(
        client,
        params.runId,
        sources.archiveNodeId,
        'main-logs',
        signal,
      );
    } catch (artifactError) {
      if (artifactError instanceof ApiError && artifactError.status === 404) return missing;
      throw artifactError;
    }
    return { kind: 'text', text: await decodeArchivedLog(body), archived: 'artifact' };
  }
  if (sources.finished && (await podIsGone(client, params, signal)))
    return { kind: 'text', text, archived: 'server' };
  return { kind: 'text', text };
}

/** The step's `executor-logs` file; the pod's answer stands when the UI server has no such object. */
async function readLogFile(
  client: KfpClient,
  location: ArtifactLocation,
  missing: PodLog,
  signal: AbortSignal | undefined,
): Promise<PodLog> {
  try {
    const text = await readArtifactText(client, location, signal ? { signal } : {});
    return { kind: 'text', text, archived: 'executor-logs' };
  } catch (error) {
    // The UI server answers 500 (or 404) for an object the store does not have (handlers/artifacts.ts).
    if (error instanceof ApiError && (error.status === 404 || error.status === 500)) return missing;
    throw error;
  }
}

export interface PodLogQueryOptions extends Omit<PodLogSources, 'finished'> {
  /** The task is still running: read the log again every LOG_FOLLOW_MS. */
  readonly follow: boolean;
}

/** Query options of the logs feature, bound to the app's one client (which is not part of any key). */
export function logQueries(client: KfpClient) {
  return {
    pod: (params: PodLogsParams, { follow, ...sources }: PodLogQueryOptions) =>
      queryOptions({
        queryKey: logKeys.pod(params),
        queryFn: ({ signal }) =>
          fetchPodLog(client, params, signal, { ...sources, finished: !follow }),
        refetchInterval: follow ? LOG_FOLLOW_MS : false,
        // A finished task's log does not change: no refetch on focus or remount.
        staleTime: follow ? 0 : Infinity,
      }),
  };
}
