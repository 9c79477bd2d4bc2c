import {
  artifactView,
  freezeNode,
  type ArtifactRoute,
  type DraftArtifact,
  type DraftEdge,
  type DraftNode,
} from './graph-drafts.ts';
import {
  artifactNodeId,
  edgeId,
  type EdgeKind,
  type GraphEdge,
  type GraphNode,
  type GraphSource,
  type GroupKind,
  type IoSpec,
  type NodeDetails,
  type PipelineGraph,
} from './graph-model.ts';

export interface EdgeOptions {
  readonly kind: EdgeKind;
  readonly label?: string;
  readonly recursive?: boolean;
  /** The data is this artifact of the source (v2 `taskOutputArtifact`). */
  readonly artifact?: ArtifactRoute;
}

export interface GraphMeta {
  readonly source: GraphSource;
  readonly name?: string;
  readonly description?: string;
  readonly inputs: readonly IoSpec[];
}

/** Error for a document that looks like a pipeline but cannot be turned into a graph. */
export class PipelineSpecError extends Error {
  override readonly name = 'PipelineSpecError';
}

/** Mutable scratchpad the adapters fill; `build()` freezes it into a `PipelineGraph`. */
export class GraphBuilder {
  private readonly nodes = new Map<string, DraftNode>();
  private readonly edges = new Map<string, DraftEdge>();
  private readonly rootIds: string[] = [];
  private readonly artifacts = new Map<string, DraftArtifact>();

  /** `base`, or `base#2`, `base#3`… when taken (duplicate step names). */
  uniqueId(base: string): string {
    if (!this.nodes.has(base)) return base;
    let n = 2;
    while (this.nodes.has(`${base}#${n}`)) n += 1;
    return `${base}#${n}`;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  addTask(id: string, name: string, parentId: string | undefined, details: NodeDetails): void {
    this.add({
      id,
      name,
      parentId,
      kind: 'task',
      groupKind: 'pipeline',
      targetId: undefined,
      details,
      childIds: [],
    });
  }

  addGroup(
    id: string,
    name: string,
    parentId: string | undefined,
    groupKind: GroupKind,
    details: NodeDetails,
  ): void {
    this.add({
      id,
      name,
      parentId,
      kind: 'group',
      groupKind,
      targetId: undefined,
      details,
      childIds: [],
    });
  }

  addRecursiveCall(
    id: string,
    name: string,
    parentId: string | undefined,
    targetId: string | undefined,
    details: NodeDetails,
  ): void {
    this.add({
      id,
      name,
      parentId,
      kind: 'recursive-call',
      groupKind: 'recursion',
      targetId,
      details,
      childIds: [],
    });
    if (targetId !== undefined) {
      this.addEdge(id, targetId, { kind: 'dependency', label: 'recursion', recursive: true });
      this.setGroupKind(targetId, 'recursion');
    }
  }

  /** An output artifact of `producerId` (a node added before), drawn as its own node when artifacts are shown. */
  addArtifact(producerId: string, artifact: IoSpec, displayName = artifact.name): void {
    const producer = this.nodes.get(producerId);
    if (!producer)
      throw new PipelineSpecError(
        `Artifact ${artifact.name} names a producer ${producerId} that does not exist.`,
      );
    const id = artifactNodeId(producerId, artifact.name);
    const details: NodeDetails = {
      displayName,
      command: [],
      args: [],
      inputs: [],
      outputs: [artifact],
      volumes: [],
    };
    this.artifacts.set(id, {
      kind: 'artifact',
      id,
      name: artifact.name,
      parentId: producer.parentId,
      details,
      producerId,
      artifact,
      consumers: [],
    });
  }

  hasOutgoing(id: string): boolean {
    for (const edge of this.edges.values()) if (edge.source === id) return true;
    return false;
  }

  setGroupKind(id: string, groupKind: GroupKind): void {
    const node = this.nodes.get(id);
    if (node) node.groupKind = groupKind;
  }

  patchDetails(id: string, patch: Partial<NodeDetails>): void {
    const node = this.nodes.get(id);
    if (node) node.details = { ...node.details, ...patch };
  }

  details(id: string): NodeDetails | undefined {
    return this.nodes.get(id)?.details;
  }

  /** Adds or merges the edge for this ordered pair: data wins over dependency, labels accumulate. */
  addEdge(source: string, target: string, options: EdgeOptions): void {
    if (source === target) return;
    const key = edgeId(source, target);
    const edge = this.edges.get(key) ?? {
      source,
      target,
      kind: options.kind,
      labels: [],
      recursive: false,
      plainLabels: [],
      plainData: false,
      artifacts: [],
    };
    if (options.kind === 'data') edge.kind = 'data';
    if (options.label !== undefined && !edge.labels.includes(options.label))
      edge.labels.push(options.label);
    if (options.recursive === true) edge.recursive = true;
    if (
      options.artifact &&
      this.artifacts.has(artifactNodeId(source, options.artifact.outputKey))
    ) {
      edge.artifacts.push(options.artifact);
    } else {
      if (options.label !== undefined && !edge.plainLabels.includes(options.label))
        edge.plainLabels.push(options.label);
      if (options.kind === 'data') edge.plainData = true;
    }
    this.edges.set(key, edge);
  }

  build(meta: GraphMeta): PipelineGraph {
    const nodes = new Map<string, GraphNode>();
    for (const draft of this.nodes.values()) nodes.set(draft.id, freezeNode(draft));
    const edges: GraphEdge[] = [];
    const drawn = [...this.edges.values()].filter(
      (edge) => nodes.has(edge.source) && nodes.has(edge.target),
    );
    for (const edge of drawn) {
      edges.push({
        id: edgeId(edge.source, edge.target),
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        labels: [...edge.labels],
        recursive: edge.recursive,
      });
    }
    return {
      ...meta,
      nodes,
      edges,
      rootIds: [...this.rootIds],
      ...artifactView(this.artifacts, drawn, edges),
    };
  }

  private add(draft: DraftNode): void {
    if (this.nodes.has(draft.id)) throw new PipelineSpecError(`Duplicate node id ${draft.id}.`);
    this.nodes.set(draft.id, draft);
    if (draft.parentId === undefined) {
      this.rootIds.push(draft.id);
      return;
    }
    const parent = this.nodes.get(draft.parentId);
    if (!parent)
      throw new PipelineSpecError(
        `Node ${draft.id} names a parent ${draft.parentId} that does not exist.`,
      );
    parent.childIds.push(draft.id);
  }
}

/** Details with only a display name: the starting point both adapters fill in. */
export function emptyDetails(displayName: string): NodeDetails {
  return { displayName, command: [], args: [], inputs: [], outputs: [], volumes: [] };
}
