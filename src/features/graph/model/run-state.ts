/**
 * The run-state overlay: what happened to each graph node while a run ran. Three adapters fill it
 * (v2 `tasks[]`, v2 `run_details.task_details[]`, the Argo workflow status of v1 runs); all map
 * runtime entries onto the graph model's node ids, so the canvas draws states without a relayout.
 *
 * A node can run many times: once per loop iteration, once per recursion level, once per retry.
 * Each time is an `execution`; the node's own state, times and histogram aggregate them.
 */
import type { PipelineGraph } from './graph-model.ts';

export const NODE_RUN_STATES = [
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'SKIPPED',
  'FAILED',
  'CANCELING',
  'CANCELED',
] as const;
export type NodeRunState = (typeof NODE_RUN_STATES)[number];

export interface RunParameter {
  readonly name: string;
  readonly value: string;
}

export interface RunArtifact {
  readonly name: string;
  /** `minio://bucket/key`, `gs://…`; absent when the server only gave an id. */
  readonly uri?: string;
  readonly type?: string;
  readonly artifactId?: string;
}

export interface StateChange {
  readonly time: string | undefined;
  readonly state: NodeRunState;
  readonly error?: string;
}

export interface NodeExecution {
  /** `task_id` (v2) or the Argo node id (v1: what ReadArtifact calls `node_id`). */
  readonly runtimeId: string;
  readonly state: NodeRunState;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly durationMs?: number;
  readonly podName?: string;
  readonly error?: string;
  /** Reused from the cache instead of run. */
  readonly cached: boolean;
  /** The ML Metadata execution a cached one reused (`cached_execution_id`), where the data has it. */
  readonly cachedExecutionId?: string;
  /** Loop iteration index. */
  readonly iteration?: number;
  /** Retry attempt (Argo `task(1)`). */
  readonly attempt?: number;
  /** 0 at the first call, +1 for each recursive call around it. */
  readonly depth: number;
  readonly history: readonly StateChange[];
  readonly inputs: readonly RunParameter[];
  readonly outputs: readonly RunParameter[];
  readonly inputArtifacts: readonly RunArtifact[];
  readonly outputArtifacts: readonly RunArtifact[];
  /** The raw v2 `outputs` object (visualizations read artifacts and metadata from it). */
  readonly rawOutputs?: unknown;
}

export type StateHistogram = Readonly<Partial<Record<NodeRunState, number>>>;

export interface NodeRun {
  readonly nodeId: string;
  readonly state: NodeRunState;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly durationMs?: number;
  /** The pod of the execution shown first (the failed one, else the latest). */
  readonly podName?: string;
  readonly error?: string;
  readonly executions: readonly NodeExecution[];
  /** Executions by state (loops: one per iteration). */
  readonly histogram: StateHistogram;
  /** Loop groups: iterations the server announced (may be more than have started). */
  readonly iterationCount?: number;
  /** Deepest recursion level reached (0 = no recursion). */
  readonly maxDepth: number;
  /** Every execution was taken from KFP's cache (the node shows the state `CACHED`). */
  readonly cached?: true;
}

export interface RunOverlay {
  readonly nodes: ReadonlyMap<string, NodeRun>;
  /**
   * Node id → state, for `PipelineGraphView`'s `nodeStates`. Only ids of the graph. A succeeded
   * node whose every execution came from the cache is `CACHED` here (its own look on the canvas).
   */
  readonly states: ReadonlyMap<string, string>;
  /** Runtime entries whose path is not in the graph (an outdated or different spec). */
  readonly unmatched: readonly string[];
}

const ORDER: Readonly<Record<NodeRunState, number>> = {
  FAILED: 0,
  CANCELING: 1,
  RUNNING: 2,
  PENDING: 3,
  CANCELED: 4,
  SUCCEEDED: 5,
  SKIPPED: 6,
};

/** One state for many executions: a failure wins, then anything still going, then canceled, succeeded, skipped. */
export function aggregateState(states: readonly NodeRunState[]): NodeRunState {
  let best: NodeRunState = 'PENDING';
  let bestRank = Number.POSITIVE_INFINITY;
  for (const state of states) {
    if (ORDER[state] < bestRank) {
      best = state;
      bestRank = ORDER[state];
    }
  }
  if (states.length === 0) return 'PENDING';
  // Some iterations done and others not started yet: the node as a whole is still running.
  if (best === 'PENDING' && states.some((s) => s !== 'PENDING')) return 'RUNNING';
  return best;
}

/** The state to show for an execution: `CACHED` when it succeeded by reusing a cached one. */
export function shownState(execution: Pick<NodeExecution, 'state' | 'cached'>): string {
  return execution.cached && execution.state === 'SUCCEEDED' ? 'CACHED' : execution.state;
}

export function durationBetween(
  start: string | undefined,
  end: string | undefined,
): number | undefined {
  if (start === undefined || end === undefined) return undefined;
  const a = Date.parse(start);
  const b = Date.parse(end);
  if (Number.isNaN(a) || Number.isNaN(b) || a < Date.UTC(1971, 0, 1) || b < a) return undefined;
  return b - a;
}

const LABELS: Readonly<Record<NodeRunState, string>> = {
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
  RUNNING: 'running',
  PENDING: 'pending',
  SKIPPED: 'skipped',
  CANCELING: 'canceling',
  CANCELED: 'canceled',
};

const TEXT_ORDER: readonly NodeRunState[] = [
  'SUCCEEDED',
  'FAILED',
  'RUNNING',
  'PENDING',
  'CANCELING',
  'CANCELED',
  'SKIPPED',
];

/** "87/100 succeeded, 13 failed" (the total is the announced iteration count when known). */
export function histogramText(
  run: Pick<NodeRun, 'histogram' | 'iterationCount' | 'executions'>,
): string {
  const total = Math.max(run.iterationCount ?? 0, run.executions.length);
  const parts: string[] = [];
  for (const state of TEXT_ORDER) {
    const count = run.histogram[state];
    if (count === undefined || count === 0) continue;
    parts.push(
      parts.length === 0 ? `${count}/${total} ${LABELS[state]}` : `${count} ${LABELS[state]}`,
    );
  }
  return parts.join(', ');
}

function earliest(values: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const v of values)
    if (v !== undefined && (best === undefined || Date.parse(v) < Date.parse(best))) best = v;
  return best;
}

function latest(values: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const v of values)
    if (v !== undefined && (best === undefined || Date.parse(v) > Date.parse(best))) best = v;
  return best;
}

/** Collects executions by graph id, then aggregates them into the overlay. */
export class OverlayBuilder {
  private readonly executions = new Map<string, NodeExecution[]>();
  private readonly counts = new Map<string, number>();
  private readonly containerStates = new Map<string, NodeRunState>();
  private readonly missing = new Set<string>();

  constructor(private readonly graph: PipelineGraph) {}

  has(nodeId: string): boolean {
    return this.graph.nodes.has(nodeId);
  }

  node(nodeId: string) {
    return this.graph.nodes.get(nodeId);
  }

  add(nodeId: string, execution: NodeExecution): void {
    if (!this.graph.nodes.has(nodeId)) this.missing.add(nodeId);
    const list = this.executions.get(nodeId);
    if (list) list.push(execution);
    else this.executions.set(nodeId, [execution]);
  }

  /** A loop's own entry (Argo TaskGroup, v2 LOOP task): its state and announced iteration count. */
  container(nodeId: string, state: NodeRunState, iterationCount: number | undefined): void {
    this.containerStates.set(nodeId, state);
    if (iterationCount !== undefined) this.counts.set(nodeId, iterationCount);
  }

  build(): RunOverlay {
    const nodes = new Map<string, NodeRun>();
    const states = new Map<string, string>();
    const ids = new Set([...this.executions.keys(), ...this.containerStates.keys()]);
    for (const nodeId of ids) {
      const executions = this.executions.get(nodeId) ?? [];
      const histogram: Partial<Record<NodeRunState, number>> = {};
      for (const e of executions) histogram[e.state] = (histogram[e.state] ?? 0) + 1;
      const own = this.containerStates.get(nodeId);
      const state = own ?? aggregateState(executions.map((e) => e.state));
      const shown = executions.find((e) => e.state === 'FAILED') ?? executions.at(-1);
      const startedAt = earliest(executions.map((e) => e.startedAt));
      const finishedAt = executions.every((e) => e.finishedAt !== undefined)
        ? latest(executions.map((e) => e.finishedAt))
        : undefined;
      const durationMs = durationBetween(startedAt, finishedAt);
      const iterationCount = this.counts.get(nodeId);
      const cached =
        state === 'SUCCEEDED' && executions.length > 0 && executions.every((e) => e.cached)
          ? true
          : undefined;
      const run: NodeRun = {
        nodeId,
        state,
        ...(startedAt !== undefined ? { startedAt } : {}),
        ...(finishedAt !== undefined ? { finishedAt } : {}),
        ...(durationMs !== undefined ? { durationMs } : {}),
        ...(shown?.podName !== undefined ? { podName: shown.podName } : {}),
        ...(shown?.error !== undefined ? { error: shown.error } : {}),
        executions,
        histogram,
        ...(iterationCount !== undefined ? { iterationCount } : {}),
        maxDepth: executions.reduce((max, e) => Math.max(max, e.depth), 0),
        ...(cached ? { cached } : {}),
      };
      nodes.set(nodeId, run);
      if (this.graph.nodes.has(nodeId)) states.set(nodeId, cached ? 'CACHED' : state);
    }
    return { nodes, states, unmatched: [...this.missing] };
  }
}

/** Where a runtime entry's children live in the graph, and how deep in recursion they are. */
export interface Placement {
  readonly nodeId: string;
  /** Base id for the children: the node itself, or the group a recursive call re-enters. */
  readonly childBase: string;
  readonly depth: number;
  /** The loop iteration this entry runs in (inherited by everything inside it). */
  readonly iteration?: number;
}

/**
 * The graph id of task `name` under `parent`. A recursive call's children are placed in the group it
 * calls, one level deeper; `rootBase` is where a call of the entrypoint itself lands.
 */
export function placeChild(
  builder: OverlayBuilder,
  parent: Placement,
  name: string,
  rootBase: string,
): Placement {
  const nodeId = `${parent.childBase}/${name}`;
  const node = builder.node(nodeId);
  const iteration = parent.iteration !== undefined ? { iteration: parent.iteration } : {};
  if (node?.kind === 'recursive-call')
    return { nodeId, childBase: node.targetId ?? rootBase, depth: parent.depth + 1, ...iteration };
  return { nodeId, childBase: nodeId, depth: parent.depth, ...iteration };
}
