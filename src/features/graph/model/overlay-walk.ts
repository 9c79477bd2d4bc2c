/**
 * The one walk behind every run-state overlay: each source's records (Argo nodes, tasks[], task
 * details, ML Metadata executions) are placed on the graph through their parents, once each and
 * cycle-safe, then added as executions of their node or as a loop's own entry. An adapter says only
 * what differs: how a record is placed from its parent's placement, what a loop entry is and what an
 * execution looks like.
 */
import { V2_ROOT } from './from-pipeline-spec.ts';
import type { PipelineGraph } from './graph-model.ts';
import {
  OverlayBuilder,
  type NodeExecution,
  type NodeRunState,
  type Placement,
  type RunOverlay,
} from './run-state.ts';

/** Where a v2 run's root DAG lands: no node of its own, its tasks under `root`. */
export const V2_ROOT_PLACEMENT: Placement = { nodeId: '', childBase: V2_ROOT, depth: 0 };

/** A loop's (or retry group's) own entry: its state and announced iteration count. */
interface OverlayContainer {
  readonly state: NodeRunState;
  readonly count: number | undefined;
}

export interface OverlayAdapter<T> {
  readonly records: Iterable<T>;
  readonly id: (record: T) => string;
  /**
   * Where `record` lands (null: nowhere; a placement with nodeId '' is the root, which has no node).
   * `placeParent` places another record (its parent) through the same walk.
   */
  readonly place: (
    record: T,
    placeParent: (parent: T) => Placement | null,
    builder: OverlayBuilder,
  ) => Placement | null;
  /** The record is a loop's own entry, not one of its executions. */
  readonly container: (record: T, placement: Placement) => OverlayContainer | undefined;
  readonly execution: (record: T, placement: Placement) => NodeExecution;
  /** A recursive call's execution also counts as one more pass through the group it calls. */
  readonly countsCallsInCalledGroup: boolean;
}

export function walkOverlay<T>(graph: PipelineGraph, adapter: OverlayAdapter<T>): RunOverlay {
  const builder = new OverlayBuilder(graph);
  const placements = new Map<string, Placement | null>();

  const place = (record: T, seen: Set<string>): Placement | null => {
    const id = adapter.id(record);
    const known = placements.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return null;
    seen.add(id);
    const result = adapter.place(record, (parent) => place(parent, seen), builder);
    placements.set(id, result);
    return result;
  };

  for (const record of adapter.records) {
    const placement = place(record, new Set());
    if (!placement || placement.nodeId === '') continue;
    const container = adapter.container(record, placement);
    if (container) {
      builder.container(placement.nodeId, container.state, container.count);
      continue;
    }
    const run = adapter.execution(record, placement);
    builder.add(placement.nodeId, run);
    if (
      adapter.countsCallsInCalledGroup &&
      placement.childBase !== placement.nodeId &&
      builder.has(placement.childBase)
    )
      builder.add(placement.childBase, run);
  }
  return builder.build();
}
