import type { PodLogsParams } from '@/lib/kfp/ui-server.ts';

/** Query keys of the logs feature. */
export const logKeys = {
  all: ['logs'] as const,
  pods: () => [...logKeys.all, 'pod'] as const,
  pod: (params: PodLogsParams) =>
    [
      ...logKeys.pods(),
      { podName: params.podName, namespace: params.namespace ?? '', runId: params.runId ?? '' },
    ] as const,
};
