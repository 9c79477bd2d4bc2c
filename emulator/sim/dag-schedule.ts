import { SimError, type Outcome } from './plan.ts';

export interface ScheduleItem {
  readonly name: string;
  readonly deps: readonly string[];
  /** Exit-handler style: runs once upstream finished, whatever the outcome. */
  readonly runsAfterFailures: boolean;
}

/** What happens to one item: it runs, its upstream failed (omitted), or fail-fast stopped new work. */
export type Verdict = 'run' | 'omit' | 'blocked';

export interface ItemResult {
  readonly outcome: Outcome;
  readonly end: number;
}

export interface ScheduleOptions {
  readonly start: number;
  /** Argo's DAG failFast: after a failure, no new task starts (running ones finish). */
  readonly failFast: boolean;
  /** Maximum concurrent items (0 or undefined: unlimited). */
  readonly parallelism?: number;
}

const satisfied: ReadonlySet<Outcome> = new Set(['succeeded', 'skipped']);

/**
 * List scheduling of one DAG: items are decided in order of their start time (ties by name), so a
 * fail-fast decision only depends on what finished before. `run` evaluates an item (recursively
 * for nested DAGs) from its start time and returns when it ended.
 */
export function scheduleDag<T extends ScheduleItem>(
  items: readonly T[],
  options: ScheduleOptions,
  run: (item: T, at: number, verdict: Verdict) => ItemResult,
): Map<string, ItemResult> {
  const results = new Map<string, ItemResult>();
  const pending = new Set(items);
  const slots =
    options.parallelism && options.parallelism > 0
      ? new Array<number>(options.parallelism).fill(options.start)
      : undefined;
  let firstFailure = Number.POSITIVE_INFINITY;
  while (pending.size > 0) {
    let best: { item: T; ready: number } | undefined;
    for (const item of pending) {
      let ready = options.start;
      let known = true;
      for (const dep of item.deps) {
        const result = results.get(dep);
        if (!result) {
          known = false;
          break;
        }
        ready = Math.max(ready, result.end);
      }
      if (!known) continue;
      if (!best || ready < best.ready || (ready === best.ready && item.name < best.item.name))
        best = { item, ready };
    }
    if (!best)
      throw new SimError(
        `dependency cycle among tasks: ${[...pending].map((i) => i.name).join(', ')}`,
      );
    const { item, ready } = best;
    pending.delete(item);
    const upstreamOk = item.deps.every((dep) => {
      const outcome = results.get(dep)?.outcome;
      return outcome !== undefined && satisfied.has(outcome);
    });
    let verdict: Verdict = 'run';
    if (!upstreamOk && !item.runsAfterFailures) verdict = 'omit';
    else if (options.failFast && firstFailure <= ready && !item.runsAfterFailures)
      verdict = 'blocked';
    let at = ready;
    let slot = -1;
    if (slots && verdict === 'run') {
      slot = slots.indexOf(Math.min(...slots));
      at = Math.max(ready, slots[slot] ?? ready);
    }
    const result = run(item, at, verdict);
    if (slots && slot >= 0) slots[slot] = result.end;
    results.set(item.name, result);
    if (result.outcome === 'failed' || result.outcome === 'error')
      firstFailure = Math.min(firstFailure, result.end);
  }
  return results;
}

/** A DAG fails when a child failed; otherwise it succeeds. */
export function dagOutcome(results: Iterable<ItemResult>): Outcome {
  for (const r of results) if (r.outcome === 'failed' || r.outcome === 'error') return 'failed';
  return 'succeeded';
}
