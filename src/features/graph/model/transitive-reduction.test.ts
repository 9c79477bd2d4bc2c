import { describe, expect, it } from 'vitest';
import {
  redundantEdges,
  simplifyVisibleGraph,
  type ReducibleEdge,
} from './transitive-reduction.ts';
import type { VisibleEdge, VisibleGraph, VisibleNode } from './visible-graph.ts';

const edge = (source: string, target: string): ReducibleEdge => ({
  id: `${source}->${target}`,
  source,
  target,
});

const ids = (set: ReadonlySet<string>) => [...set].sort();

/** Reachability by search, without the edge itself: the definition, for checking. */
function bruteForce(nodes: readonly string[], edges: readonly ReducibleEdge[]): string[] {
  const redundant: string[] = [];
  for (const candidate of edges) {
    const seen = new Set<string>();
    const stack = edges
      .filter((e) => e.source === candidate.source && e !== candidate)
      .map((e) => e.target);
    while (stack.length > 0) {
      const at = stack.pop() ?? '';
      if (seen.has(at)) continue;
      seen.add(at);
      for (const e of edges) if (e.source === at) stack.push(e.target);
    }
    if (seen.has(candidate.target)) redundant.push(candidate.id);
  }
  expect(nodes.length).toBeGreaterThan(0);
  return redundant.sort();
}

describe('redundantEdges', () => {
  it('hides the shortcut of a diamond and nothing else', () => {
    const edges = [edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd'), edge('a', 'd')];
    expect(ids(redundantEdges(['a', 'b', 'c', 'd'], edges))).toEqual(['a->d']);
    // Without the shortcut a diamond is already reduced.
    expect(redundantEdges(['a', 'b', 'c', 'd'], edges.slice(0, 4)).size).toBe(0);
  });

  it('hides edges implied by long paths, whatever order the edges come in', () => {
    const edges = [
      edge('a', 'e'),
      edge('d', 'e'),
      edge('a', 'c'),
      edge('c', 'd'),
      edge('a', 'b'),
      edge('b', 'c'),
      edge('b', 'e'),
    ];
    expect(ids(redundantEdges(['e', 'd', 'c', 'b', 'a'], edges))).toEqual(['a->c', 'a->e', 'b->e']);
  });

  it('keeps the first of repeated edges, and leaves a graph with a cycle alone', () => {
    expect(
      ids(redundantEdges(['a', 'b'], [edge('a', 'b'), { id: 'again', source: 'a', target: 'b' }])),
    ).toEqual(['again']);
    expect(
      redundantEdges(
        ['a', 'b', 'c'],
        [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('a', 'c')],
      ).size,
    ).toBe(0);
  });

  it('reduces 300 steps that each run after every earlier one to the chain (44,850 edges to 299)', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => `s${String(i)}`);
    const edges: ReducibleEdge[] = [];
    for (let later = 1; later < nodes.length; later++)
      for (let earlier = 0; earlier < later; earlier++)
        edges.push(edge(nodes[earlier] ?? '', nodes[later] ?? ''));
    expect(edges).toHaveLength(44_850);
    const redundant = redundantEdges(nodes, edges);
    const kept = edges.filter((e) => !redundant.has(e.id));
    expect(kept).toHaveLength(299);
    expect(kept.every((e) => Number(e.target.slice(1)) === Number(e.source.slice(1)) + 1)).toBe(
      true,
    );
  });

  it('agrees with reachability by search on a random layered graph of 300 nodes', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const nodes = Array.from({ length: 300 }, (_, i) => `n${String(i)}`);
    const edges: ReducibleEdge[] = [];
    for (let target = 1; target < nodes.length; target++)
      for (let k = 0; k < 3; k++) {
        const source = Math.floor(random() * target);
        if (!edges.some((e) => e.id === `n${String(source)}->n${String(target)}`))
          edges.push(edge(`n${String(source)}`, `n${String(target)}`));
      }
    const expected = bruteForce(nodes, edges);
    expect(expected.length).toBeGreaterThan(10);
    expect(ids(redundantEdges(nodes, edges))).toEqual(expected);
  });
});

describe('simplifyVisibleGraph', () => {
  const visibleEdge = (source: string, target: string, recursive = false): VisibleEdge => ({
    ...edge(source, target),
    kind: 'dependency',
    labels: [],
    recursive,
    graphEdgeIds: [`${source}->${target}`],
  });

  it('drops the implied edges, counts them, and never uses or hides a recursion edge', () => {
    const visible: VisibleGraph = {
      nodes: [],
      edges: [
        visibleEdge('a', 'b'),
        visibleEdge('b', 'c'),
        visibleEdge('a', 'c'),
        visibleEdge('c', 'a', true),
      ],
    };
    const task = (id: string): VisibleNode => ({
      id,
      parentId: undefined,
      expanded: false,
      node: {
        id,
        kind: 'task',
        name: id,
        parentId: undefined,
        details: { displayName: id, command: [], args: [], inputs: [], outputs: [], volumes: [] },
      },
    });
    const withNodes: VisibleGraph = { ...visible, nodes: ['a', 'b', 'c'].map(task) };
    const simplified = simplifyVisibleGraph(withNodes);
    expect(simplified.hidden).toBe(1);
    expect(simplified.graph.edges.map((e) => e.id)).toEqual(['a->b', 'b->c', 'c->a']);
    const plain: VisibleGraph = { nodes: withNodes.nodes, edges: visible.edges.slice(0, 2) };
    expect(simplifyVisibleGraph(plain).graph).toBe(plain);
  });
});
