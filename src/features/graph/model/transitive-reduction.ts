import type { VisibleGraph } from './visible-graph.ts';

export interface ReducibleEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/**
 * The edges a longer path already implies (transitive reduction): a→c is redundant when a→…→c exists
 * through other edges. Dense kfp 1.x graphs (`.after()` on every earlier step) draw many of these.
 * A repeated source→target pair keeps its first edge. A graph with a cycle is left as it is (empty
 * set): its reduction is not unique. Bitsets of reachable nodes: O(n·e/32), fine for thousands.
 */
export function redundantEdges(
  nodeIds: Iterable<string>,
  edges: readonly ReducibleEdge[],
): ReadonlySet<string> {
  const index = new Map<string, number>();
  for (const id of nodeIds) if (!index.has(id)) index.set(id, index.size);
  const n = index.size;
  const successors: number[][] = Array.from({ length: n }, () => []);
  const edgeAt = new Map<number, string>();
  const redundant = new Set<string>();
  const indegree = new Uint32Array(n);
  for (const edge of edges) {
    const from = index.get(edge.source);
    const to = index.get(edge.target);
    if (from === undefined || to === undefined || from === to) continue;
    const key = from * n + to;
    if (edgeAt.has(key)) {
      redundant.add(edge.id);
      continue;
    }
    edgeAt.set(key, edge.id);
    successors[from]?.push(to);
    indegree[to] = (indegree[to] ?? 0) + 1;
  }

  // Kahn's topological order; a cycle leaves nodes out of it.
  const order: number[] = [];
  for (let node = 0; node < n; node++) if (indegree[node] === 0) order.push(node);
  for (let at = 0; at < order.length; at++) {
    for (const next of successors[order[at] ?? 0] ?? []) {
      indegree[next] = (indegree[next] ?? 0) - 1;
      if (indegree[next] === 0) order.push(next);
    }
  }
  if (order.length < n) return new Set();
  const rank = new Uint32Array(n);
  order.forEach((node, position) => (rank[node] = position));

  const words = Math.ceil(n / 32);
  const reach = Array.from({ length: n }, () => new Uint32Array(words));
  const has = (bits: Uint32Array, node: number) =>
    ((bits[node >>> 5] ?? 0) & (1 << (node & 31))) !== 0;
  const orInto = (into: Uint32Array, from: Uint32Array, node: number) => {
    for (let word = 0; word < words; word++) into[word] = (into[word] ?? 0) | (from[word] ?? 0);
    into[node >>> 5] = (into[node >>> 5] ?? 0) | (1 << (node & 31));
  };
  // Latest first: every successor's reach is known. Successors nearest in the order come first, so
  // a successor reachable through another one is found already covered.
  for (let position = n - 1; position >= 0; position--) {
    const node = order[position] ?? 0;
    const own = reach[node] ?? new Uint32Array(words);
    const next = [...(successors[node] ?? [])].sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
    for (const to of next) {
      if (has(own, to)) {
        const id = edgeAt.get(node * n + to);
        if (id !== undefined) redundant.add(id);
        continue;
      }
      orInto(own, reach[to] ?? new Uint32Array(words), to);
    }
  }
  return redundant;
}

export interface SimplifiedGraph {
  readonly graph: VisibleGraph;
  /** How many drawn edges the simplification hides. */
  readonly hidden: number;
}

/**
 * The visible graph without the edges other paths imply. Recursion edges (a v1 recursive template
 * calling itself) are never hidden and never count as a path.
 */
export function simplifyVisibleGraph(visible: VisibleGraph): SimplifiedGraph {
  const redundant = redundantEdges(
    visible.nodes.map((node) => node.id),
    visible.edges.filter((edge) => !edge.recursive),
  );
  if (redundant.size === 0) return { graph: visible, hidden: 0 };
  return {
    graph: { nodes: visible.nodes, edges: visible.edges.filter((edge) => !redundant.has(edge.id)) },
    hidden: redundant.size,
  };
}

/** The URL parameter the routes keep the "Simplify" toggle in: `?simplify=1`; absent = off. */
export const SIMPLIFY_PARAM = 'simplify';

export function parseSimplifyParam(value: string | null): boolean {
  return value === '1';
}

/** The search params with the choice written in (off is the default: the parameter goes). */
export function simplifyParam(params: URLSearchParams, on: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  if (on) next.set(SIMPLIFY_PARAM, '1');
  else next.delete(SIMPLIFY_PARAM);
  return next;
}
