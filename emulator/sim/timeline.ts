import {
  isTerminal,
  lastState,
  type Phase,
  type Plan,
  type PlanNode,
  type PodRecord,
  type TimedState,
} from './plan.ts';

/** The state of a timeline at moment t, or undefined when it does not exist yet. */
export function stateAt(history: readonly TimedState[], t: number): TimedState | undefined {
  let found: TimedState | undefined;
  for (const entry of history) {
    if (entry.at > t) break;
    found = entry;
  }
  return found;
}

/** The history as seen at moment t. */
export function historyAt(history: readonly TimedState[], t: number): TimedState[] {
  return history.filter((entry) => entry.at <= t);
}

export function firstAt(history: readonly TimedState[], phase: Phase): number | undefined {
  return history.find((entry) => entry.phase === phase)?.at;
}

/** Milliseconds the canceled tasks take to stop after a terminate, and the run to end (FAILED). */
export const cancelTaskDelayMs = 400;
export const cancelRunDelayMs = 1500;

function cutHistory(
  history: readonly TimedState[],
  at: number,
  message: string,
): TimedState[] | undefined {
  const kept = historyAt(history, at);
  if (kept.length === 0) return undefined;
  if (isTerminal(lastState(kept)?.phase)) return kept;
  return [...kept, { at: at + cancelTaskDelayMs, phase: 'canceled', message }];
}

/**
 * Terminate at moment t: whatever has not started yet never starts, whatever is active is canceled
 * shortly after; the root goes through CANCELING.
 */
export function terminatePlan<I>(plan: Plan<I>, at: number): Plan<I> {
  const message = 'Canceled: the run was terminated.';
  const nodes = new Map<string, PlanNode<I>>();
  for (const node of plan.nodes.values()) {
    const history = cutHistory(node.history, at, message);
    if (!history) continue;
    if (node.key === plan.rootKey && !isTerminal(lastState(historyAt(node.history, at))?.phase)) {
      history.splice(
        history.length - 1,
        1,
        { at, phase: 'canceling' },
        { at: at + cancelRunDelayMs, phase: 'canceled', message },
      );
    }
    nodes.set(node.key, { ...node, history });
  }
  for (const node of nodes.values()) {
    const children = node.children.filter((k) => nodes.has(k));
    node.children.splice(0, node.children.length, ...children);
  }
  const pods: PodRecord[] = [];
  for (const pod of plan.pods) {
    const history = cutHistory(pod.history, at, message);
    if (history) pods.push({ ...pod, history });
  }
  return { ...plan, nodes, pods };
}

/** When the whole plan is finished (the root's final state), or undefined. */
export function planEnd<I>(plan: Plan<I>): number | undefined {
  const root = plan.nodes.get(plan.rootKey);
  const last = root ? lastState(root.history) : undefined;
  return last && isTerminal(last.phase) ? last.at : undefined;
}

/** The latest execution of a node that ran again on a retried run (what came after its last end). */
export function lastSegment(history: readonly TimedState[]): TimedState[] {
  for (let i = history.length - 2; i >= 0; i--) {
    const entry = history[i];
    if (entry && isTerminal(entry.phase)) return history.slice(i + 1);
  }
  return [...history];
}
