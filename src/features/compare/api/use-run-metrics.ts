import { useQueries } from '@tanstack/react-query';
import { describeError } from '@/lib/kfp/errors.ts';
import type { RunMetrics } from '../components/metrics-table.tsx';
import type { CompareScalar, MetricGroup } from '../model/metric-table.ts';
import type { V1OutputNode, V2OutputTask } from '../model/run-outputs.ts';
import { compareKeys } from './compare-keys.ts';
import type { LoadedRun } from './use-compare-runs.ts';

/** How the visualizations feature reads metrics, passed in by the route. Pass one stable object. */
export interface MetricsSources {
  /** A v2 task's system.Metrics artifacts' scalars, from its outputs (no file reads). */
  readonly v2Metrics: (outputs: unknown) => readonly {
    readonly title: string | undefined;
    readonly scalars: readonly CompareScalar[];
  }[];
  /** Reads a v1 pod's `mlpipeline-metrics` file. */
  readonly readV1Metrics: (
    runId: string,
    nodeId: string,
    signal: AbortSignal,
  ) => Promise<readonly CompareScalar[]>;
}

/** v2: the scalars of a task's system.Metrics artifacts, read from the run's `tasks[]` (no file reads). */
function v2Groups(task: V2OutputTask, sources: MetricsSources): MetricGroup[] {
  return sources.v2Metrics(task.outputs).flatMap((metrics) =>
    metrics.scalars.length > 0
      ? [
          {
            source: metrics.title === undefined ? task.label : `${task.label} › ${metrics.title}`,
            scalars: metrics.scalars,
          },
        ]
      : [],
  );
}

function v1MetricsQuery(sources: MetricsSources, runId: string, node: V1OutputNode) {
  return {
    queryKey: compareKeys.v1Metrics(runId, node.nodeId),
    queryFn: ({ signal }: { signal: AbortSignal }): Promise<MetricGroup['scalars']> =>
      sources.readV1Metrics(runId, node.nodeId, signal),
    staleTime: Number.POSITIVE_INFINITY,
  };
}

/**
 * The scalar metrics of each run, in the runs' order: v2 from the tasks' system.Metrics artifacts,
 * v1 from each pod's `mlpipeline-metrics` file (one small read per pod that wrote one).
 */
export function useRunMetrics(runs: readonly LoadedRun[], sources: MetricsSources): RunMetrics[] {
  const v1Nodes = runs.flatMap((loaded) =>
    (loaded.outputs ?? []).flatMap((output) =>
      output.kind === 'v1' && output.metrics ? [{ runId: loaded.run.run_id, node: output }] : [],
    ),
  );
  const v1Results = useQueries({
    queries: v1Nodes.map(({ runId, node }) => v1MetricsQuery(sources, runId, node)),
  });
  return runs.map((loaded): RunMetrics => {
    if (loaded.outputsPending) return { status: 'loading' };
    if (loaded.outputs === undefined)
      return {
        status: 'error',
        message: loaded.outputsError ?? 'this KFP server does not list task outputs on runs.',
      };
    const groups: MetricGroup[] = loaded.outputs.flatMap((output) =>
      output.kind === 'v2' ? v2Groups(output, sources) : [],
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
