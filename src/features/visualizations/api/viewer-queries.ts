import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { hasV2Viewers } from '../model/from-v2-artifacts.ts';
import { loadV1NodeViewers } from '../model/load-v1-node.ts';
import { loadV2Viewers, type LoadedViewers, type LoadMode } from '../model/load-viewers.ts';
import { artifactsFromTaskOutputs } from '../model/v2-artifact.ts';
import { artifactReader, readV1ArtifactText } from './artifact-reader.ts';

/** Query keys of the visualizations feature. */
export const visualizationKeys = {
  all: ['visualizations'] as const,
  v1: (runId: string, nodeId: string, mode: LoadMode) =>
    [...visualizationKeys.all, 'v1', runId, nodeId, mode] as const,
  v2: (runId: string, taskId: string, mode: LoadMode) =>
    [...visualizationKeys.all, 'v2', runId, taskId, mode] as const,
};

export interface V1ViewerTarget {
  readonly runId: string;
  /** The Argo node id. */
  readonly nodeId: string;
  readonly namespace: string | undefined;
  /** The node's output artifact names; without them only `mlpipeline-ui-metadata` is read. */
  readonly artifactNames?: readonly string[];
}

export interface V2ViewerTarget {
  readonly runId: string;
  readonly taskId: string;
  readonly namespace: string | undefined;
  /** The task's raw `outputs` (parameters and artifacts) from `tasks[]`. */
  readonly outputs: unknown;
}

/** Viewers of a run's task; finished outputs do not change, so they are cached for the session. */
export function viewerQueries(client: KfpClient) {
  return {
    /** v1: the node's `mlpipeline-ui-metadata` and `mlpipeline-metrics` artifacts through ReadArtifact. */
    v1: (target: V1ViewerTarget, mode: LoadMode = 'preview') =>
      queryOptions({
        queryKey: visualizationKeys.v1(target.runId, target.nodeId, mode),
        queryFn: ({ signal }): Promise<LoadedViewers> =>
          loadV1NodeViewers(
            target.artifactNames,
            (name, maxBytes) =>
              readV1ArtifactText(client, target.runId, target.nodeId, name, maxBytes, signal),
            {
              read: artifactReader(client, target.namespace, signal),
              mode,
            },
          ),
        staleTime: Number.POSITIVE_INFINITY,
      }),
    /** v2: the task's output artifacts (metrics, classification metrics, HTML, markdown, ui-metadata files). */
    v2: (target: V2ViewerTarget, mode: LoadMode = 'preview') =>
      queryOptions({
        queryKey: visualizationKeys.v2(target.runId, target.taskId, mode),
        queryFn: ({ signal }) =>
          loadV2Viewers(artifactsFromTaskOutputs(target.outputs), {
            read: artifactReader(client, target.namespace, signal),
            mode,
          }),
        staleTime: Number.POSITIVE_INFINITY,
      }),
  };
}

/** Whether a v2 task has anything to visualize (without reading files). */
export function hasV2Visualizations(outputs: unknown): boolean {
  return hasV2Viewers(artifactsFromTaskOutputs(outputs));
}
