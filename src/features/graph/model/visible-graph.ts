import {
  edgeId,
  type ArtifactNode,
  type DrawnNode,
  type EdgeKind,
  type GraphEdge,
  type PipelineGraph,
} from './graph-model.ts';

export interface VisibleNode {
  readonly id: string;
  /** The enclosing expanded group (always visible), or undefined at the top level. */
  readonly parentId: string | undefined;
  readonly node: DrawnNode;
  /** Groups only: children are shown inside it. A collapsed group is drawn as one box. */
  readonly expanded: boolean;
}

export interface VisibleEdge extends GraphEdge {
  /** The edges of the full graph this one stands for (several when rerouted to a collapsed group). */
  readonly graphEdgeIds: readonly string[];
}

export interface VisibleGraph {
  /** Parents before their children. */
  readonly nodes: readonly VisibleNode[];
  readonly edges: readonly VisibleEdge[];
}

export interface VisibleGraphOptions {
  /** Draw v2 output artifacts as nodes next to their producers (edges: `graph.artifactEdges`). */
  readonly artifacts?: boolean;
}

/**
 * What is drawn for a set of expanded groups: children of collapsed groups are hidden and their
 * edges rerouted to the outermost collapsed group holding them; edges that end up inside one
 * collapsed group disappear, and parallel rerouted edges merge. With `artifacts`, each artifact
 * follows its producer: drawn right after it, or hidden in the same collapsed group.
 */
export function visibleGraph(
  graph: PipelineGraph,
  expandedGroupIds: Iterable<string>,
  options: VisibleGraphOptions = {},
): VisibleGraph {
  const expanded = new Set(expandedGroupIds);
  const withArtifacts = options.artifacts === true && graph.artifacts.size > 0;
  const artifactsOf = withArtifacts ? artifactsByProducer(graph) : undefined;
  /** Each node → the visible node standing for it (itself, or its outermost collapsed ancestor). */
  const representative = new Map<string, string>();
  const nodes: VisibleNode[] = [];
  const place = (node: DrawnNode): void => {
    const parentRep = node.parentId === undefined ? undefined : representative.get(node.parentId);
    if (
      node.parentId !== undefined &&
      parentRep !== undefined &&
      (parentRep !== node.parentId || !expanded.has(node.parentId))
    ) {
      representative.set(node.id, parentRep);
      return;
    }
    representative.set(node.id, node.id);
    nodes.push({
      id: node.id,
      parentId: node.parentId,
      node,
      expanded: node.kind === 'group' && expanded.has(node.id),
    });
  };
  for (const node of graph.nodes.values()) {
    place(node);
    for (const artifact of artifactsOf?.get(node.id) ?? []) place(artifact);
  }
  const edges = new Map<
    string,
    {
      source: string;
      target: string;
      kind: EdgeKind;
      labels: string[];
      recursive: boolean;
      graphEdgeIds: string[];
    }
  >();
  for (const edge of withArtifacts ? graph.artifactEdges : graph.edges) {
    const source = representative.get(edge.source);
    const target = representative.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    const id = edgeId(source, target);
    const merged = edges.get(id) ?? {
      source,
      target,
      kind: edge.kind,
      labels: [],
      recursive: false,
      graphEdgeIds: [],
    };
    if (edge.kind === 'data') merged.kind = 'data';
    for (const label of edge.labels) if (!merged.labels.includes(label)) merged.labels.push(label);
    merged.recursive ||= edge.recursive;
    merged.graphEdgeIds.push(edge.id);
    edges.set(id, merged);
  }
  return { nodes, edges: [...edges].map(([id, edge]) => ({ id, ...edge })) };
}

function artifactsByProducer(graph: PipelineGraph): Map<string, ArtifactNode[]> {
  const byProducer = new Map<string, ArtifactNode[]>();
  for (const artifact of graph.artifacts.values())
    byProducer.set(artifact.producerId, [...(byProducer.get(artifact.producerId) ?? []), artifact]);
  return byProducer;
}

/** The groups enclosing a node (or an artifact node), outermost first: expand these to reveal it (e.g. for `?node=`). */
export function ancestorIds(graph: PipelineGraph, nodeId: string): string[] {
  const ancestors: string[] = [];
  let parentId = (graph.nodes.get(nodeId) ?? graph.artifacts.get(nodeId))?.parentId;
  while (parentId !== undefined) {
    ancestors.unshift(parentId);
    parentId = graph.nodes.get(parentId)?.parentId;
  }
  return ancestors;
}

/** Groups down to `depth` levels (0 = everything collapsed, 1 = top-level groups open…). */
export function groupIdsToDepth(graph: PipelineGraph, depth: number): string[] {
  const ids: string[] = [];
  for (const node of graph.nodes.values()) {
    if (node.kind === 'group' && ancestorIds(graph, node.id).length < depth) ids.push(node.id);
  }
  return ids;
}
