import { describe, expect, it } from 'vitest';
import {
  absolutePositions,
  GROUP_CHILDREN_TOP,
  NODE_HEIGHT,
  NODE_WIDTH,
  type LayoutInput,
} from './layout.ts';
import { clearLayoutCache, layoutGraph, QUICK_LAYOUT_THRESHOLD } from './layout-graph.ts';
import { quickLayout } from './quick-layout.ts';
import { emptyDetails, GraphBuilder } from './graph-builder.ts';
import { visibleGraph } from './visible-graph.ts';

const box = (id: string, parentId?: string, container = false) => ({
  id,
  ...(parentId === undefined ? {} : { parentId }),
  container,
  width: NODE_WIDTH,
  height: NODE_HEIGHT,
});
const edge = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });

/** `layers × width` tasks, each depending on one to three of the layer above (the benchmark pipeline's shape). */
function wideInput(layers: number, width: number): LayoutInput {
  const nodes = [];
  const edges = [];
  for (let l = 0; l < layers; l += 1) {
    for (let w = 0; w < width; w += 1) {
      nodes.push(box(`s-${l}-${w}`));
      if (l === 0) continue;
      for (const d of new Set(
        [w, (w + 1) % width, (w * 7 + l) % width].slice(0, 1 + ((l + w) % 3)),
      ))
        edges.push(edge(`s-${l - 1}-${d}`, `s-${l}-${w}`));
    }
  }
  return { nodes, edges };
}

describe('quickLayout', () => {
  it('lays out 900 dependent tasks in their layers, edges pointing down, nothing overlapping', () => {
    const input = wideInput(30, 30);
    const layout = quickLayout(input);
    expect(layout.nodes).toHaveLength(900);
    const at = new Map(layout.nodes.map((b) => [b.id, b]));
    for (const { source, target } of input.edges)
      expect(at.get(target)?.y ?? 0, `${source}->${target}`).toBeGreaterThan(
        at.get(source)?.y ?? Infinity,
      );
    const rows = new Map<number, number[]>();
    for (const b of layout.nodes)
      rows.set(
        b.y,
        [...(rows.get(b.y) ?? []), b.x].sort((a, c) => a - c),
      );
    expect(rows.size).toBe(30);
    for (const xs of rows.values())
      for (let i = 1; i < xs.length; i += 1)
        expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(NODE_WIDTH);
    expect(Math.min(...layout.nodes.map((b) => b.x))).toBe(16);
    expect(layout.width).toBe(Math.max(...layout.nodes.map((b) => b.x + b.width)) + 16);
  });

  it('orders a layer against crossings and centres a single child under its parent', () => {
    // a b / c d with a→d and b→c: drawn in input order the edges would cross.
    const layout = quickLayout({
      nodes: [box('a'), box('b'), box('c'), box('d'), box('e')],
      edges: [edge('a', 'd'), edge('b', 'c'), edge('d', 'e')],
    });
    const x = (id: string) => layout.nodes.find((b) => b.id === id)?.x ?? Number.NaN;
    expect(x('d')).toBeLessThan(x('c'));
    expect(x('e')).toBe(x('d'));
  });

  it('sizes groups around their children, below a header, and lays out each group on its own', () => {
    const input: LayoutInput = {
      nodes: [box('a'), box('g', undefined, true), box('g/x', 'g'), box('g/y', 'g'), box('b')],
      edges: [edge('a', 'g/x'), edge('g/x', 'g/y'), edge('g/y', 'b'), edge('g/y', 'g')],
    };
    const layout = quickLayout(input);
    expect(layout.nodes.map((b) => [b.id, b.parentId])).toEqual([
      ['a', undefined],
      ['g', undefined],
      ['g/x', 'g'],
      ['g/y', 'g'],
      ['b', undefined],
    ]);
    const boxes = new Map(layout.nodes.map((b) => [b.id, b]));
    const abs = absolutePositions(layout);
    expect(boxes.get('g/x')).toMatchObject({ x: 16, y: GROUP_CHILDREN_TOP });
    expect(boxes.get('g/y')?.y).toBeGreaterThan(boxes.get('g/x')?.y ?? Infinity);
    expect(boxes.get('g')).toMatchObject({
      width: NODE_WIDTH + 32,
      height: GROUP_CHILDREN_TOP + NODE_HEIGHT * 2 + 48 + 16,
    });
    expect(abs.get('g')?.y).toBeGreaterThan(abs.get('a')?.y ?? Infinity);
    expect(abs.get('b')?.y).toBeGreaterThan(
      (abs.get('g')?.y ?? Infinity) + (boxes.get('g')?.height ?? 0) - 1,
    );
  });

  it('still places every node of a (malformed) cycle', () => {
    const layout = quickLayout({
      nodes: [box('a'), box('b'), box('c')],
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')],
    });
    expect(layout.nodes.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    expect(new Set(layout.nodes.map((b) => b.y)).size).toBe(3);
  });
});

describe('layoutGraph above the quick-layout threshold', () => {
  it('answers with the quick layout, without ELK', async () => {
    clearLayoutCache();
    const builder = new GraphBuilder();
    for (let i = 0; i <= QUICK_LAYOUT_THRESHOLD; i += 1) {
      builder.addTask(`t${i}`, `t${i}`, undefined, emptyDetails(`t${i}`));
      if (i > 0) builder.addEdge(`t${i - 1}`, `t${i}`, { kind: 'dependency' });
    }
    const visible = visibleGraph(builder.build({ source: 'v2', inputs: [] }), []);
    const layout = await layoutGraph(visible);
    expect(layout.nodes).toHaveLength(QUICK_LAYOUT_THRESHOLD + 1);
    expect(layout.nodes.every((b) => b.x === 16)).toBe(true);
    expect(layout.nodes.at(-1)?.y).toBe(16 + QUICK_LAYOUT_THRESHOLD * (NODE_HEIGHT + 48));
  });
});
