import {
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

interface DraftNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | undefined;
  kind: GraphNode['kind'];
  groupKind: GroupKind;
  targetId: string | undefined;
  details: NodeDetails;
  readonly childIds: string[];
}

interface DraftEdge {
  readonly source: string;
  readonly target: string;
  kind: EdgeKind;
  readonly labels: string[];
  recursive: boolean;
}

export interface EdgeOptions {
  readonly kind: EdgeKind;
  readonly label?: string;
  readonly recursive?: boolean;
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
    this.add({ id, name, parentId, kind: 'task', groupKind: 'pipeline', targetId: undefined, details, childIds: [] });
  }

  addGroup(id: string, name: string, parentId: string | undefined, groupKind: GroupKind, details: NodeDetails): void {
    this.add({ id, name, parentId, kind: 'group', groupKind, targetId: undefined, details, childIds: [] });
  }

  addRecursiveCall(id: string, name: string, parentId: string | undefined, targetId: string | undefined, details: NodeDetails): void {
    this.add({ id, name, parentId, kind: 'recursive-call', groupKind: 'recursion', targetId, details, childIds: [] });
    if (targetId !== undefined) {
      this.addEdge(id, targetId, { kind: 'dependency', label: 'recursion', recursive: true });
      this.setGroupKind(targetId, 'recursion');
    }
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
    const edge = this.edges.get(key) ?? { source, target, kind: options.kind, labels: [], recursive: false };
    if (options.kind === 'data') edge.kind = 'data';
    if (options.label !== undefined && !edge.labels.includes(options.label)) edge.labels.push(options.label);
    if (options.recursive === true) edge.recursive = true;
    this.edges.set(key, edge);
  }

  build(meta: GraphMeta): PipelineGraph {
    const nodes = new Map<string, GraphNode>();
    for (const draft of this.nodes.values()) nodes.set(draft.id, freezeNode(draft));
    const edges: GraphEdge[] = [];
    for (const edge of this.edges.values()) {
      if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
      edges.push({ id: edgeId(edge.source, edge.target), ...edge, labels: [...edge.labels] });
    }
    return { ...meta, nodes, edges, rootIds: [...this.rootIds] };
  }

  private add(draft: DraftNode): void {
    if (this.nodes.has(draft.id)) throw new PipelineSpecError(`Duplicate node id ${draft.id}.`);
    this.nodes.set(draft.id, draft);
    if (draft.parentId === undefined) {
      this.rootIds.push(draft.id);
      return;
    }
    const parent = this.nodes.get(draft.parentId);
    if (!parent) throw new PipelineSpecError(`Node ${draft.id} names a parent ${draft.parentId} that does not exist.`);
    parent.childIds.push(draft.id);
  }
}

function freezeNode(draft: DraftNode): GraphNode {
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

/** Details with only a display name: the starting point both adapters fill in. */
export function emptyDetails(displayName: string): NodeDetails {
  return { displayName, command: [], args: [], inputs: [], outputs: [], volumes: [] };
}
