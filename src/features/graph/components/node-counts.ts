import { histogramText, type NodeRun } from '../model/run-state.ts';
import type { NodeCounts } from './to-flow.ts';

/** Whether a node's state is worth counting on the canvas: a loop, or a node that ran more than once. */
function isCounted(run: NodeRun): boolean {
  return run.iterationCount !== undefined || run.executions.length > 1;
}

/** Per-state counts of the nodes that ran several times (loop iterations, recursion levels, retries). */
export function nodeCountsOf(
  runs: ReadonlyMap<string, NodeRun> | undefined,
): Map<string, NodeCounts> {
  const counts = new Map<string, NodeCounts>();
  for (const [id, run] of runs ?? []) {
    if (!isCounted(run)) continue;
    const text = histogramText(run);
    if (text === '') continue;
    counts.set(id, {
      text,
      histogram: run.histogram,
      total: Math.max(run.iterationCount ?? 0, run.executions.length),
    });
  }
  return counts;
}
