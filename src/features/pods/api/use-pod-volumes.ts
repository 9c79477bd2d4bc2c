import { useQuery } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { PodParams } from '@/lib/kfp/ui-server.ts';
import { podProblem } from '../model/pod-problem.ts';
import { volumeRows, type VolumeRow } from '../model/pod-resources.ts';
import { podQueries } from './pod-queries.ts';

/** The user's volumes of a step's pod (Argo's and KFP's scratch volumes left out), or why not. */
export type PodVolumesRead =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly volumes: readonly VolumeRow[] }
  | { readonly status: 'unavailable'; readonly message: string };

/**
 * The pod's volumes for a step's details, from the Pod tab's read of `k8s/pod` (one cache entry:
 * opening either tab serves both). `params` undefined: the step has no pod (nothing is read).
 */
export function usePodVolumes(params: PodParams | undefined, live: boolean): PodVolumesRead {
  const client = useKfpClient();
  const query = useQuery({
    ...podQueries(client).pod(params ?? { podName: '', namespace: '' }, { live }),
    enabled: params !== undefined,
  });
  if (query.data)
    return { status: 'ready', volumes: volumeRows(query.data).filter((row) => !row.system) };
  if (query.error) {
    const problem = podProblem(query.error, 'pod', params?.podName ?? '');
    return { status: 'unavailable', message: `${problem.title}.` };
  }
  return { status: 'loading' };
}
