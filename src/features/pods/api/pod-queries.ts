import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { readPod, readPodEvents, type PodParams } from '@/lib/kfp/ui-server.ts';
import { podKeys } from './pod-keys.ts';

/** While the step is pending or running, its pod and events are read again this often. */
export const POD_REFRESH_MS = 5_000;

export interface PodQueryOptions {
  /** The step is not finished: the pod still changes. */
  readonly live: boolean;
}

function refreshEvery(live: boolean): number | false {
  return live ? POD_REFRESH_MS : false;
}

/**
 * Query options of the pods feature, bound to the app's one client. A failed read is not retried
 * (a 500 "Could not get pod" stays a 500: the pod is gone); the tab offers a retry.
 */
export function podQueries(client: KfpClient) {
  const common = (live: boolean) => ({
    refetchInterval: refreshEvery(live),
    staleTime: live ? 0 : 60_000,
    retry: false,
  });
  return {
    pod: (params: PodParams, { live }: PodQueryOptions) =>
      queryOptions({
        queryKey: podKeys.pod(params),
        queryFn: ({ signal }) => readPod(client, params, signal),
        ...common(live),
      }),
    events: (params: PodParams, { live }: PodQueryOptions) =>
      queryOptions({
        queryKey: podKeys.events(params),
        queryFn: ({ signal }) => readPodEvents(client, params, signal),
        ...common(live),
      }),
  };
}
