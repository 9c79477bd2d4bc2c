import type { GeneratedObject, PodSpecInfo } from './types.ts';

/**
 * The plan of a run: every node (task, DAG, loop, pod group…) and pod with its full timeline, in
 * wall-clock milliseconds after the run's creation. A plan is computed once per set of events; the
 * runtime at a moment is a projection of it (timeline.ts), so it is a pure function of RunStart + now.
 */
export type Outcome = 'succeeded' | 'failed' | 'error' | 'skipped' | 'omitted' | 'canceled';
export type Phase = 'pending' | 'running' | 'canceling' | Outcome;

export interface TimedState {
  readonly at: number;
  readonly phase: Phase;
  readonly message?: string;
}

export interface ObjectWrite {
  readonly bucket: string;
  readonly key: string;
  readonly data: Uint8Array;
  /** Written as a generated object instead of `data` (see GeneratedObject). */
  readonly generated?: GeneratedObject;
}

export interface PodRecord {
  readonly name: string;
  readonly uid: string;
  readonly nodeKey: string;
  readonly role: 'driver' | 'executor';
  /** Run attempt (0, then +1 per retry of the run) that produced this pod. */
  readonly runAttempt: number;
  history: TimedState[];
  readonly log: readonly string[];
  /** Objects the pod uploads when it succeeds (output artifacts). */
  readonly writes: readonly ObjectWrite[];
  /** Objects uploaded when it finishes, whatever the outcome (extra files a component wrote). */
  readonly finalWrites: readonly ObjectWrite[];
  /**
   * Argo archives the pod's log (what it printed, also when canceled) at this key: a tar.gz (v1 runs,
   * the emulator's `main-logs.tgz`) or, `plain`, the text itself as Argo writes `main.log` (v2 runs).
   */
  readonly logArchive?: {
    readonly bucket: string;
    readonly key: string;
    readonly mtime: number;
    readonly plain?: boolean;
  };
  /**
   * KFP ≥ 2.5 executor pods: the launcher writes the executor's output to this object as it runs and
   * uploads it when the executor ends, succeeded or failed (the `executor-logs` output artifact,
   * backend/src/v2/component/launcher_v2.go getLogWriter / uploadOutputArtifacts); a killed pod
   * uploads nothing.
   */
  readonly executorLogs?: { readonly bucket: string; readonly key: string };
  /** What the Kubernetes API tells about the pod (spec, resources, volumes); absent in older tests. */
  readonly spec?: PodSpecInfo;
}

export interface PlanNode<I> {
  readonly key: string;
  readonly parentKey: string | undefined;
  readonly children: string[];
  history: TimedState[];
  readonly info: I;
}

export interface Plan<I> {
  readonly nodes: ReadonlyMap<string, PlanNode<I>>;
  readonly pods: readonly PodRecord[];
  readonly rootKey: string;
  /** A spec error: the run failed before anything ran. */
  readonly error?: string;
}

/** A problem with the spec itself (cycle, missing reference, unparsable condition). */
export class SimError extends Error {
  override name = 'SimError';
}

export const terminalPhases: ReadonlySet<Phase> = new Set([
  'succeeded',
  'failed',
  'error',
  'skipped',
  'omitted',
  'canceled',
]);

export function isTerminal(phase: Phase | undefined): boolean {
  return phase !== undefined && terminalPhases.has(phase);
}

export const maxPlanNodes = 60_000;

/** Collects nodes and pods while a walker evaluates a spec; reuses what succeeded in the previous plan. */
export class PlanBuilder<I> {
  readonly nodes = new Map<string, PlanNode<I>>();
  readonly pods: PodRecord[] = [];

  /** `neverReuse`: keys that always run again on retry (Argo re-runs the exit handler). */
  constructor(
    private readonly previous: Plan<I> | undefined,
    private readonly neverReuse: (key: string) => boolean = () => false,
  ) {}

  add(key: string, parentKey: string | undefined, info: I): PlanNode<I> {
    if (this.nodes.has(key)) throw new SimError(`duplicate task instance '${key}'`);
    if (this.nodes.size >= maxPlanNodes)
      throw new SimError(`the run exceeds ${maxPlanNodes} nodes`);
    const prior = this.previous?.nodes.get(key);
    const node: PlanNode<I> = {
      key,
      parentKey,
      children: [],
      history: prior ? [...prior.history] : [],
      info,
    };
    this.nodes.set(key, node);
    if (parentKey !== undefined) this.nodes.get(parentKey)?.children.push(key);
    return node;
  }

  mark(node: PlanNode<I>, at: number, phase: Phase, message?: string): void {
    node.history.push(message === undefined ? { at, phase } : { at, phase, message });
  }

  addPod(pod: PodRecord): void {
    this.pods.push(pod);
  }

  /**
   * On a retried run: a node that succeeded (or was skipped) before keeps its whole subtree and pods.
   * Returns the copied node, or undefined when it must run again.
   */
  reuse(key: string): PlanNode<I> | undefined {
    const previous = this.previous;
    const prior = previous?.nodes.get(key);
    if (!previous || !prior || this.neverReuse(key)) return undefined;
    const last = prior.history[prior.history.length - 1];
    if (last?.phase !== 'succeeded' && last?.phase !== 'skipped') return undefined;
    const copied = new Set<string>();
    const copy = (k: string): void => {
      const node = previous.nodes.get(k);
      if (!node || this.nodes.has(k)) return;
      this.nodes.set(k, {
        ...node,
        children: [...node.children],
        history: [...node.history],
        info: structuredClone(node.info),
      });
      copied.add(k);
      node.children.forEach(copy);
    };
    copy(key);
    if (prior.parentKey !== undefined) this.nodes.get(prior.parentKey)?.children.push(key);
    for (const pod of previous.pods) if (copied.has(pod.nodeKey)) this.pods.push(pod);
    return this.nodes.get(key);
  }

  build(rootKey: string): Plan<I> {
    return { nodes: this.nodes, pods: this.pods, rootKey };
  }
}

export function lastState(history: readonly TimedState[]): TimedState | undefined {
  return history[history.length - 1];
}

export function endOf(history: readonly TimedState[]): number {
  return lastState(history)?.at ?? 0;
}

/** A pod's life: pending (scheduling), running, then its outcome. */
export function podHistory(
  created: number,
  running: number,
  end: number,
  outcome: Outcome,
  message?: string,
): TimedState[] {
  return [
    { at: created, phase: 'pending' },
    { at: running, phase: 'running' },
    message === undefined ? { at: end, phase: outcome } : { at: end, phase: outcome, message },
  ];
}

/** The plan of a run that cannot run (bad spec): only its root, failed with the reason. */
export function failedPlan<I>(
  previous: Plan<I> | undefined,
  rootKey: string,
  info: I,
  attempt: { runAttempt: number; notBefore: number },
  end: number,
  message: string,
  phase: 'failed' | 'error' = 'failed',
): Plan<I> {
  const builder = new PlanBuilder<I>(previous);
  const root = builder.add(rootKey, undefined, info);
  if (attempt.runAttempt === 0) builder.mark(root, attempt.notBefore, 'pending');
  builder.mark(root, end, phase, message);
  return builder.build(rootKey);
}
