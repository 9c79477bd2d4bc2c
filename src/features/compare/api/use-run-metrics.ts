import { useQueries } from '@tanstack/react-query';
import type { MetricGroup, RunMetrics, V1OutputNode, V2OutputTask } from '@/features/compare';
import {
  artifactsFromTaskOutputs,
  limits,
  metricsFromJson,
  readV1ArtifactText,
  visualizationsFromV2Artifacts,
} from '@/features/visualizations';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { compareKeys } from './compare-keys.ts';
import type { LoadedRun } from './use-compare-runs.ts';

/** v2: the scalars of a task's system.Metrics artifacts, read from the run's `tasks[]` (no file reads). */
function v2Groups(task: V2OutputTask): MetricGroup[] {
  return visualizationsFromV2Artifacts(artifactsFromTaskOutputs(task.outputs)).configs.flatMap(
    (config) =>
      config.type === 'metrics' && config.scalars.length > 0
        ? [
            {
              source: config.title === undefined ? task.label : `${task.label} › ${config.title}`,
              scalars: config.scalars,
            },
          ]
        : [],
  );
}

function v1MetricsQuery(client: KfpClient, runId: string, node: V1OutputNode) {
  return {
    queryKey: compareKeys.v1Metrics(runId, node.nodeId),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<MetricGroup['scalars']> => {
      const text = await readV1ArtifactText(
        client,
        runId,
        node.nodeId,
        'mlpipeline-metrics',
        limits.METRICS_JSON_BYTES,
        signal,
      );
      return metricsFromJson(text).scalars;
    },
    staleTime: Number.POSITIVE_INFINITY,
  };
}

/**
 * The scalar metrics of each run, in the runs' order: v2 from the tasks' system.Metrics artifacts,
 * v1 from each pod's `mlpipeline-metrics` file (one small read per pod that wrote one).
 */
export function useRunMetrics(runs: readonly LoadedRun[]): RunMetrics[] {
  const client = useKfpClient();
  const v1Nodes = runs.flatMap((loaded) =>
    (loaded.outputs ?? []).flatMap((output) =>
      output.kind === 'v1' && output.metrics ? [{ runId: loaded.run.run_id, node: output }] : [],
    ),
  );
  const v1Results = useQueries({
    queries: v1Nodes.map(({ runId, node }) => v1MetricsQuery(client, runId, node)),
  });
  return runs.map((loaded): RunMetrics => {
    if (loaded.outputsPending) return { status: 'loading' };
    if (loaded.outputs === undefined)
      return {
        status: 'error',
        message: loaded.outputsError ?? 'this KFP server does not list task outputs on runs.',
      };
    const groups: MetricGroup[] = loaded.outputs.flatMap((output) =>
      output.kind === 'v2' ? v2Groups(output) : [],
    );
    for (const [index, { runId, node }] of v1Nodes.entries()) {
      if (runId !== loaded.run.run_id) continue;
      const result = v1Results[index];
      if (result === undefined || result.isPending) return { status: 'loading' };
      if (result.isError) return { status: 'error', message: describeError(result.error).message };
      groups.push({ source: node.label, scalars: result.data });
    }
    return { status: 'ready', groups };
  });
}
