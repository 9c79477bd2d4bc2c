import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { KfpClient } from '@/lib/kfp/client.ts';
import {
  readTensorboard,
  startTensorboard,
  stopTensorboard,
  tensorboardReady,
  type TensorboardTarget,
} from '@/lib/kfp/tensorboard.ts';

/** While a started TensorBoard does not answer yet, it is asked again this often. */
export const TENSORBOARD_READY_POLL_MS = 2_000;

export const tensorboardKeys = {
  all: ['tensorboard'] as const,
  instance: (target: TensorboardTarget) => [...tensorboardKeys.all, 'instance', target] as const,
  ready: (proxyPath: string) => [...tensorboardKeys.all, 'ready', proxyPath] as const,
};

export function tensorboardQueries(client: KfpClient) {
  return {
    instance: (target: TensorboardTarget) =>
      queryOptions({
        queryKey: tensorboardKeys.instance(target),
        queryFn: ({ signal }) => readTensorboard(client, target, signal),
      }),
    /** Polls until the instance serves; once it does, stays so. */
    ready: (proxyPath: string) =>
      queryOptions({
        queryKey: tensorboardKeys.ready(proxyPath),
        queryFn: ({ signal }) => tensorboardReady(client, proxyPath, signal),
        refetchInterval: (query) => (query.state.data === true ? false : TENSORBOARD_READY_POLL_MS),
        staleTime: (query) => (query.state.data === true ? Infinity : 0),
      }),
  };
}

/** Start and stop, each refreshing the instance it changed. */
export function useTensorboardActions(target: TensorboardTarget) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: tensorboardKeys.instance(target) });
  const start = useMutation({
    mutationFn: (options: { image: string; podTemplateSpec?: unknown }) =>
      startTensorboard(client, { ...target, ...options }),
    onSuccess: refresh,
  });
  const stop = useMutation({
    mutationFn: () => stopTensorboard(client, target),
    onSuccess: refresh,
  });
  return { start, stop };
}
