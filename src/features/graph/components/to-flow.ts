import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind, GraphNode } from '../model/graph-model.ts';
import type { GraphLayout } from '../model/layout.ts';
import type { VisibleGraph } from '../model/visible-graph.ts';

export type GraphNodeData = {
  readonly graphNode: GraphNode;
  /** Groups only: children shown inside. */
  readonly expanded: boolean;
  /** Run-state overlay (`RUNNING`, `SUCCEEDED`…), absent for a pipeline or a task without state yet. */
  readonly state: string | undefined;
};

export type PipelineFlowNode = Node<GraphNodeData, 'task' | 'pipelineGroup' | 'recursiveCall'>;
export type PipelineFlowEdge = Edge<{ readonly kind: EdgeKind; readonly recursive: boolean }>;

export interface FlowOverlay {
  readonly selectedNodeId?: string | undefined;
  /** Node id → run state. Changing it re-renders nodes; it never changes the layout. */
  readonly nodeStates?: ReadonlyMap<string, string> | undefined;
}

const MAX_LABEL = 40;
/** Handle ids of the side handles a recursion back edge uses. */
export const RECURSION_OUT = 'recursion-out';
export const RECURSION_IN = 'recursion-in';

function flowType(node: GraphNode): PipelineFlowNode['type'] {
  if (node.kind === 'group') return 'pipelineGroup';
  if (node.kind === 'recursive-call') return 'recursiveCall';
  return 'task';
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
export function toFlowElements(visible: VisibleGraph, layout: GraphLayout, overlay: FlowOverlay = {}): { nodes: PipelineFlowNode[]; edges: PipelineFlowEdge[] } {
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]));
  const nodes: PipelineFlowNode[] = [];
  const placed = new Set<string>();
  for (const visibleNode of visible.nodes) {
    const box = boxes.get(visibleNode.id);
    if (!box || box.parentId !== visibleNode.parentId) continue;
    if (visibleNode.parentId !== undefined && !placed.has(visibleNode.parentId)) continue;
    placed.add(visibleNode.id);
    nodes.push({
      id: visibleNode.id,
      type: flowType(visibleNode.node),
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      ...(visibleNode.parentId === undefined ? {} : { parentId: visibleNode.parentId }),
      data: { graphNode: visibleNode.node, expanded: visibleNode.expanded, state: overlay.nodeStates?.get(visibleNode.id) },
      selected: visibleNode.id === overlay.selectedNodeId,
      draggable: false,
      connectable: false,
    });
  }
  const edges: PipelineFlowEdge[] = visible.edges
    .filter((edge) => placed.has(edge.source) && placed.has(edge.target))
    .map((edge): PipelineFlowEdge => {
      const base = { id: edge.id, source: edge.source, target: edge.target, data: { kind: edge.kind, recursive: edge.recursive } };
      if (edge.recursive) {
        return { ...base, type: 'smoothstep', sourceHandle: RECURSION_OUT, targetHandle: RECURSION_IN, className: 'edge-recursive', animated: true, label: 'again' };
      }
      return { ...base, className: `edge-${edge.kind}`, label: edgeLabel(edge.labels) };
    });
  return { nodes, edges };
}
