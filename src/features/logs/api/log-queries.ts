import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { ApiError } from '@/lib/kfp/errors.ts';
import { readPodLogs, type PodLogsParams } from '@/lib/kfp/ui-server.ts';
import { logKeys } from './log-keys.ts';

/** While the task runs, its log is read again this often ("follow"). */
export const LOG_FOLLOW_MS = 2_500;

/**
 * A pod log, or the answer that there is none: the UI server says 404 "pod not found" when the pod
 * is gone and no archived log exists — or, while a task is starting, before its pod exists. That is
 * not a failure of the request, so it is data, not an error; every other failure is thrown.
 */
export type PodLog =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing'; readonly message: string };

export async function fetchPodLog(
  client: KfpClient,
  params: PodLogsParams,
  signal?: AbortSignal,
): Promise<PodLog> {
  try {
    return { kind: 'text', text: await readPodLogs(client, params, signal) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      return { kind: 'missing', message: error.message };
    throw error;
  }
}

export interface PodLogQueryOptions {
  /** The task is still running: read the log again every LOG_FOLLOW_MS. */
  readonly follow: boolean;
}

/** Query options of the logs feature, bound to the app's one client (which is not part of any key). */
export function logQueries(client: KfpClient) {
  return {
    pod: (params: PodLogsParams, { follow }: PodLogQueryOptions) =>
      queryOptions({
        queryKey: logKeys.pod(params),
        queryFn: ({ signal }) => fetchPodLog(client, params, signal),
        refetchInterval: follow ? LOG_FOLLOW_MS : false,
        // A finished task's log does not change: no refetch on focus or remount.
        staleTime: follow ? 0 : Infinity,
      }),
  };
}
