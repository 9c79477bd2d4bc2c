import { useQueries } from '@tanstack/react-query';
import type { RunOutput, RunVisual, RunVisuals } from '@/features/compare';
import {
  hasV2Visualizations,
  viewerQueries,
  viewerFor,
  type ViewerConfig,
} from '@/features/visualizations';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import type { LoadedRun } from './use-compare-runs.ts';

/** An output with something to draw: v2 tasks with viewable artifacts, v1 pods with ui-metadata. */
function drawable(output: RunOutput): boolean {
  return output.kind === 'v1' ? output.uiMetadata : hasV2Visualizations(output.outputs);
}

/** One run's viewers, each titled `task › output`; the key lines up the same output across runs. */
export type RunViewers = RunVisuals<ViewerConfig>;

/**
 * Loads the viewers of every output of the runs (the same queries as the run page, so they are
 * shared with it), grouped per run in the runs' order. Mount it only when it is about to be seen.
 */
export function useRunViewers(
  runs: readonly LoadedRun[],
  namespace: string | undefined,
): RunViewers[] {
  const q = viewerQueries(useKfpClient());
  const targets = runs.flatMap((loaded, runIndex) =>
    (loaded.outputs ?? [])
      .filter(drawable)
      .map((output) => ({ runIndex, runId: loaded.run.run_id, output })),
  );
  const results = useQueries({
    queries: targets.map(({ runId, output }) =>
      output.kind === 'v1'
        ? q.v1({ runId, nodeId: output.nodeId, namespace })
        : q.v2({ runId, taskId: output.taskId, namespace, outputs: output.outputs }),
    ),
  });
  return runs.map((loaded, runIndex): RunViewers => {
    if (loaded.outputsPending) return { status: 'loading' };
    if (loaded.outputs === undefined)
      return {
        status: 'error',
        message: loaded.outputsError ?? 'This KFP server does not list task outputs on runs.',
      };
    const items: RunVisual<ViewerConfig>[] = [];
    for (const [index, target] of targets.entries()) {
      if (target.runIndex !== runIndex) continue;
      const result = results[index];
      if (result === undefined || result.isPending) return { status: 'loading' };
      if (result.isError)
        return {
          status: 'error',
          message: `${target.output.label}: ${describeError(result.error).message}`,
        };
      const seen = new Map<string, number>();
      for (const config of result.data.configs) {
        const title = config.title ?? viewerFor(config).title;
        const base = `${target.output.label}\u0000${config.type}\u0000${title}`;
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        items.push({
          key: count === 1 ? base : `${base}\u0000${String(count)}`,
          title: `${target.output.label} › ${title}`,
          value: config,
        });
      }
    }
    return { status: 'ready', items };
  });
}
