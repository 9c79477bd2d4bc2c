import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { DrawnNode, EdgeKind } from '../model/graph-model.ts';
import type { StateHistogram } from '../model/run-state.ts';
import type { GraphLayout } from '../model/layout.ts';
import type { VisibleGraph } from '../model/visible-graph.ts';

export type GraphNodeData = {
  readonly graphNode: DrawnNode;
  /** Groups only: children shown inside. */
  readonly expanded: boolean;
  /** Run-state overlay (`RUNNING`, `SUCCEEDED`…), absent for a pipeline or a task without state yet. */
  readonly state: string | undefined;
  /** Nodes that ran more than once (loops, recursion, retries): counts per state. */
  readonly counts?: NodeCounts | undefined;
  /** Why the node waits (a Pending pod's reason: unschedulable, an image it cannot pull). */
  readonly note?: string | undefined;
  /** Search: this node matches the query (`current`: the match shown now). */
  readonly match?: 'match' | 'current' | undefined;
  /** Keyboard: the one node label in the tab order (roving tabindex). */
  readonly tabStop?: boolean;
};

/** A node's executions by state: text for people ("87/100 succeeded, 13 failed") and numbers for the bar. */
export interface NodeCounts {
  readonly text: string;
  readonly histogram: StateHistogram;
  readonly total: number;
}

export type PipelineFlowNode = Node<
  GraphNodeData,
  'task' | 'pipelineGroup' | 'recursiveCall' | 'artifact'
>;
export type PipelineFlowEdge = Edge<{ readonly kind: EdgeKind; readonly recursive: boolean }>;

export interface FlowOverlay {
  readonly selectedNodeId?: string | undefined;
  /** Node id → run state. Changing it re-renders nodes; it never changes the layout. */
  readonly nodeStates?: ReadonlyMap<string, string> | undefined;
  readonly nodeCounts?: ReadonlyMap<string, NodeCounts> | undefined;
  /** Node id → a short note (why a pending step waits). */
  readonly nodeNotes?: ReadonlyMap<string, string> | undefined;
  /** Search matches (in graph order) and the current one. */
  readonly matches?: ReadonlySet<string> | undefined;
  readonly currentMatch?: string | undefined;
  /** The node label reached by Tab (default: the selected node, else the first node). */
  readonly tabStopId?: string | undefined;
}

const MAX_LABEL = 40;
/** Above this many edges only the selected node's edges carry labels (each label is measured in the DOM). */
export const ALL_LABELS_LIMIT = 150;
/** Handle ids of the side handles a recursion back edge uses. */
export const RECURSION_OUT = 'recursion-out';
export const RECURSION_IN = 'recursion-in';

function flowType(node: DrawnNode): PipelineFlowNode['type'] {
  if (node.kind === 'artifact') return 'artifact';
  if (node.kind === 'group') return 'pipelineGroup';
  if (node.kind === 'recursive-call') return 'recursiveCall';
  return 'task';
}

/**
 * Where edges attach, known from the layout: top centre in, bottom centre out, right side for recursion.
 * Given up front (with `measured`), React Flow draws edges at once instead of measuring every node first.
 */
function nodeHandles(
  width: number,
  height: number,
  recursionIn: boolean,
  recursionOut: boolean,
): NodeHandle[] {
  const handles: NodeHandle[] = [
    { type: 'target', position: Position.Top, x: width / 2, y: 0, width: 0, height: 0 },
    { type: 'source', position: Position.Bottom, x: width / 2, y: height, width: 0, height: 0 },
  ];
  if (recursionIn)
    handles.push({
      id: RECURSION_IN,
      type: 'target',
      position: Position.Right,
      x: width,
      y: height / 2,
      width: 0,
      height: 0,
    });
  if (recursionOut)
    handles.push({
      id: RECURSION_OUT,
      type: 'source',
      position: Position.Right,
      x: width,
      y: height / 2,
      width: 0,
      height: 0,
    });
  return handles;
}

function edgeLabel(labels: readonly string[]): string | undefined {
  if (labels.length === 0) return undefined;
  const text = labels.join(', ');
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/**
 * React Flow nodes and edges for a visible graph placed by a layout. Nodes the layout does not place yet
 * (a layout for a new expansion still running) are left out, and so are edges touching them.
 */
export function toFlowElements(
  visible: VisibleGraph,
  layout: GraphLayout,
  overlay: FlowOverlay = {},
): { nodes: PipelineFlowNode[]; edges: PipelineFlowEdge[] } {
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]));
  const nodes: PipelineFlowNode[] = [];
  const placed = new Set<string>();
  for (const visibleNode of visible.nodes) {
    const box = boxes.get(visibleNode.id);
    if (!box || box.parentId !== visibleNode.parentId) continue;
    if (visibleNode.parentId !== undefined && !placed.has(visibleNode.parentId)) continue;
    placed.add(visibleNode.id);
    const kind = visibleNode.node.kind;
    nodes.push({
      id: visibleNode.id,
      type: flowType(visibleNode.node),
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      measured: { width: box.width, height: box.height },
      handles: nodeHandles(
        box.width,
        box.height,
        kind === 'group',
        kind === 'group' || kind === 'recursive-call',
      ),
      ...(visibleNode.parentId === undefined ? {} : { parentId: visibleNode.parentId }),
      data: {
        graphNode: visibleNode.node,
        expanded: visibleNode.expanded,
        // An artifact has no run of its own: it shows its producer's state (succeeded once the producer succeeded).
        state: overlay.nodeStates?.get(
          visibleNode.node.kind === 'artifact' ? visibleNode.node.producerId : visibleNode.id,
        ),
        counts: overlay.nodeCounts?.get(visibleNode.id),
        note: overlay.nodeNotes?.get(visibleNode.id),
        match:
          visibleNode.id === overlay.currentMatch
            ? 'current'
            : overlay.matches?.has(visibleNode.id) === true
              ? 'match'
              : undefined,
        tabStop:
          visibleNode.id === (overlay.tabStopId ?? overlay.selectedNodeId ?? visible.nodes[0]?.id),
      },
      selected: visibleNode.id === overlay.selectedNodeId,
      draggable: false,
      connectable: false,
    });
  }
  const drawn = visible.edges.filter((edge) => placed.has(edge.source) && placed.has(edge.target));
  const allLabels = drawn.length <= ALL_LABELS_LIMIT;
  const edges: PipelineFlowEdge[] = drawn.map((edge): PipelineFlowEdge => {
    const base = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      data: { kind: edge.kind, recursive: edge.recursive },
      // No invisible wide path to click or hover (React Flow draws one per edge by default): edges do
      // nothing on a click here, and a large graph's first view draws hundreds of them.
      interactionWidth: 0,
    };
    if (edge.recursive) {
      return {
        ...base,
        type: 'smoothstep',
        sourceHandle: RECURSION_OUT,
        targetHandle: RECURSION_IN,
        className: 'edge-recursive',
        animated: true,
        label: 'again',
      };
    }
    const labelled =
      allLabels || edge.source === overlay.selectedNodeId || edge.target === overlay.selectedNodeId;
    return {
      ...base,
      className: `edge-${edge.kind}`,
      label: labelled ? edgeLabel(edge.labels) : undefined,
    };
  });
  return { nodes, edges };
}

function sameData(a: GraphNodeData, b: GraphNodeData): boolean {
  return (
    a.graphNode === b.graphNode &&
    a.expanded === b.expanded &&
    a.state === b.state &&
    a.counts?.text === b.counts?.text &&
    a.note === b.note &&
    a.match === b.match &&
    a.tabStop === b.tabStop
  );
}

/**
 * The new nodes, with each unchanged one replaced by its previous object: React Flow then keeps its
 * internal node and skips its re-render, so a live state update costs only the nodes whose state changed.
 */
export function reuseUnchanged(
  previous: ReadonlyMap<string, PipelineFlowNode>,
  nodes: readonly PipelineFlowNode[],
): PipelineFlowNode[] {
  return nodes.map((node) => {
    const old = previous.get(node.id);
    if (
      old?.type === node.type &&
      old.parentId === node.parentId &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      old.width === node.width &&
      old.height === node.height &&
      old.selected === node.selected &&
      sameData(old.data, node.data)
    ) {
      return old;
    }
    return node;
  });
}
