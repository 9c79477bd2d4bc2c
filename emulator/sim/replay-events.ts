import type { RunEvent, RunStart } from '../store/run-engine.ts';
import type { Flavor } from './flavor.ts';
import { lastState, type Plan } from './plan.ts';
import { planEnd, terminatePlan } from './timeline.ts';

/** Wall milliseconds between the run's creation and an RFC 3339 moment. */
export function offsetOf(run: RunStart, at: string): number {
  const ms = Date.parse(at) - Date.parse(run.createdAt);
  return Number.isFinite(ms) ? Math.max(0, ms) : 0;
}

function ordered(events: readonly RunEvent[]): RunEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at) || a.index - b.index)
    .map((e) => e.event);
}

/**
 * The run's plan given its events: the first attempt, cut by a terminate while it is active, and
 * evaluated again (what did not succeed) by a retry once it failed or was canceled.
 */
export function planRun<I>(run: RunStart, flavor: Flavor<I>): Plan<I> {
  let plan = flavor.walk(0, 0, undefined);
  let attempt = 0;
  for (const event of ordered(run.events)) {
    const at = offsetOf(run, event.at);
    const end = planEnd(plan);
    if (event.kind === 'terminate') {
      if (end === undefined || end > at) plan = terminatePlan(plan, at);
      continue;
    }
    const root = plan.nodes.get(plan.rootKey);
    const outcome = root ? lastState(root.history)?.phase : undefined;
    if (
      end !== undefined &&
      end <= at &&
      (outcome === 'failed' || outcome === 'error' || outcome === 'canceled')
    ) {
      attempt += 1;
      plan = flavor.walk(attempt, at, plan);
    }
  }
  return plan;
}
