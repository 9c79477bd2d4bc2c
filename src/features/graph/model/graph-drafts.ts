import {
  artifactNodeId,
  edgeId,
  type ArtifactConsumer,
  type ArtifactNode,
  type EdgeKind,
  type GraphEdge,
  type GraphNode,
  type GroupKind,
  type NodeDetails,
  type PipelineGraph,
} from './graph-model.ts';

/** The graph builder's mutable drafts, and how they freeze into the graph's nodes and artifact view. */

export interface DraftNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | undefined;
  kind: GraphNode['kind'];
  groupKind: GroupKind;
  targetId: string | undefined;
  details: NodeDetails;
  readonly childIds: string[];
}

export interface DraftEdge {
  readonly source: string;
  readonly target: string;
  kind: EdgeKind;
  readonly labels: string[];
  recursive: boolean;
  /** Labels and data that do not come from an artifact: what the edge still carries when artifacts are nodes. */
  readonly plainLabels: string[];
  plainData: boolean;
  readonly artifacts: ArtifactRoute[];
}

/** An artifact output of the source that the target takes as input. */
export interface ArtifactRoute {
  readonly outputKey: string;
  readonly inputName: string;
}

/** An artifact node whose consumers are still being found. */
export type DraftArtifact = Omit<ArtifactNode, 'consumers'> & {
  readonly consumers: ArtifactConsumer[];
};

export function freezeNode(draft: DraftNode): GraphNode {
  const base = { id: draft.id, name: draft.name, parentId: draft.parentId, details: draft.details };
  switch (draft.kind) {
    case 'group':
      return { ...base, kind: 'group', groupKind: draft.groupKind, childIds: [...draft.childIds] };
    case 'recursive-call':
      return { ...base, kind: 'recursive-call', targetId: draft.targetId };
    case 'task':
      return { ...base, kind: 'task' };
  }
}

/** Artifact nodes with their consumers, and the edges as drawn with them (see `PipelineGraph.artifactEdges`). */
export function artifactView(
  draftArtifacts: ReadonlyMap<string, DraftArtifact>,
  drawn: readonly DraftEdge[],
  edges: readonly GraphEdge[],
): Pick<PipelineGraph, 'artifacts' | 'artifactEdges'> {
  if (draftArtifacts.size === 0) return { artifacts: new Map(), artifactEdges: edges };
  const artifactEdges: GraphEdge[] = [];
  const link = (source: string, target: string, labels: readonly string[]): void => {
    artifactEdges.push({
      id: edgeId(source, target),
      source,
      target,
      kind: 'data',
      labels,
      recursive: false,
    });
  };
  for (const artifact of draftArtifacts.values()) link(artifact.producerId, artifact.id, []);
  for (const edge of drawn) {
    for (const route of edge.artifacts) {
      const artifact = draftArtifacts.get(artifactNodeId(edge.source, route.outputKey));
      if (!artifact || artifact.consumers.some((c) => c.nodeId === edge.target)) continue;
      artifact.consumers.push({ nodeId: edge.target, inputName: route.inputName });
      const sameName =
        route.inputName === route.outputKey || route.inputName.endsWith(`-${route.outputKey}`);
      link(artifact.id, edge.target, sameName ? [] : [route.inputName]);
    }
    // The direct edge stays for what no artifact carries: parameters, exit/recursion links, plain ordering.
    if (
      edge.artifacts.length > 0 &&
      edge.plainLabels.length === 0 &&
      !edge.plainData &&
      !edge.recursive
    )
      continue;
    const kind = edge.plainData ? 'data' : 'dependency';
    artifactEdges.push({
      id: edgeId(edge.source, edge.target),
      source: edge.source,
      target: edge.target,
      kind,
      labels: [...edge.plainLabels],
      recursive: edge.recursive,
    });
  }
  const artifacts = new Map<string, ArtifactNode>();
  for (const [id, artifact] of draftArtifacts)
    artifacts.set(id, { ...artifact, consumers: [...artifact.consumers] });
  return { artifacts, artifactEdges };
}
