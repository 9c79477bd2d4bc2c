import type { PodParams } from '@/lib/kfp/ui-server.ts';

/** Query keys of the pods feature. */
export const podKeys = {
  all: ['pods'] as const,
  pod: (params: PodParams) => [...podKeys.all, 'pod', params.namespace, params.podName] as const,
  events: (params: PodParams) =>
    [...podKeys.all, 'events', params.namespace, params.podName] as const,
};
