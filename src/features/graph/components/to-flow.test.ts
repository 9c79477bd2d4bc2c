import { describe, expect, it } from 'vitest';
import { emptyDetails, GraphBuilder } from '../model/graph-builder.ts';
import type { GraphLayout } from '../model/layout.ts';
import { visibleGraph } from '../model/visible-graph.ts';
import { ALL_LABELS_LIMIT, reuseUnchanged, toFlowElements } from './to-flow.ts';

function sample() {
  const builder = new GraphBuilder();
  builder.addTask('root/a', 'a', undefined, emptyDetails('Make data'));
  builder.addGroup('root/loop', 'loop', undefined, 'loop', emptyDetails('loop'));
  builder.addTask('root/loop/b', 'b', 'root/loop', emptyDetails('b'));
  builder.addRecursiveCall(
    'root/loop/again',
    'again',
    'root/loop',
    'root/loop',
    emptyDetails('again'),
  );
  builder.addEdge('root/a', 'root/loop', {
    kind: 'data',
    label: 'a-very-long-output-name → another-very-long-input-name',
  });
  builder.addEdge('root/loop/b', 'root/loop/again', { kind: 'dependency' });
  return builder.build({ source: 'v2', inputs: [] });
}

const layout: GraphLayout = {
  width: 600,
  height: 400,
  nodes: [
    { id: 'root/a', x: 16, y: 16, width: 220, height: 56 },
    { id: 'root/loop', x: 16, y: 120, width: 500, height: 200 },
    { id: 'root/loop/b', parentId: 'root/loop', x: 16, y: 52, width: 220, height: 56 },
    { id: 'root/loop/again', parentId: 'root/loop', x: 16, y: 130, width: 220, height: 56 },
  ],
};

describe('toFlowElements', () => {
  it('places nodes from the layout, children relative to their group, with the overlay', () => {
    const graph = sample();
    const { nodes, edges } = toFlowElements(visibleGraph(graph, ['root/loop']), layout, {
      selectedNodeId: 'root/loop/b',
      nodeStates: new Map([['root/a', 'RUNNING']]),
    });
    expect(
      nodes.map((node) => [
        node.id,
        node.type,
        node.parentId,
        node.position,
        node.width,
        node.height,
        node.selected,
      ]),
    ).toEqual([
      ['root/a', 'task', undefined, { x: 16, y: 16 }, 220, 56, false],
      ['root/loop', 'pipelineGroup', undefined, { x: 16, y: 120 }, 500, 200, false],
      ['root/loop/b', 'task', 'root/loop', { x: 16, y: 52 }, 220, 56, true],
      ['root/loop/again', 'recursiveCall', 'root/loop', { x: 16, y: 130 }, 220, 56, false],
    ]);
    expect(nodes[0]?.data.state).toBe('RUNNING');
    expect(edges[0]).toMatchObject({
      sourceHandle: 'recursion-out',
      targetHandle: 'recursion-in',
      animated: true,
    });
    expect(nodes[1]?.data.expanded).toBe(true);
    // Edges carry no invisible click target: nothing happens on an edge click.
    expect(edges.map((edge) => edge.interactionWidth)).toEqual([0, 0, 0]);
    expect(edges.map((edge) => [edge.id, edge.className, edge.label])).toEqual([
      ['root/loop/again->root/loop', 'edge-recursive', 'again'],
      ['root/a->root/loop', 'edge-data', 'a-very-long-output-name → another-very-…'],
      ['root/loop/b->root/loop/again', 'edge-dependency', undefined],
    ]);
  });

  it('leaves out what a stale layout does not place, and the edges touching it', () => {
    const graph = sample();
    const stale: GraphLayout = {
      width: 300,
      height: 200,
      nodes: [
        { id: 'root/a', x: 0, y: 0, width: 220, height: 56 },
        { id: 'root/loop', x: 0, y: 100, width: 220, height: 56 },
      ],
    };
    const { nodes, edges } = toFlowElements(visibleGraph(graph, ['root/loop']), stale);
    expect(nodes.map((node) => node.id)).toEqual(['root/a', 'root/loop']);
    expect(edges.map((edge) => edge.id)).toEqual(['root/a->root/loop']);
  });
});

describe('reuseUnchanged', () => {
  it('hands back the previous object of every node whose place and data did not change', () => {
    const visible = visibleGraph(sample(), ['root/loop']);
    const before = toFlowElements(visible, layout, {
      nodeStates: new Map([['root/a', 'RUNNING']]),
    }).nodes;
    const after = toFlowElements(visible, layout, {
      nodeStates: new Map([['root/a', 'SUCCEEDED']]),
    }).nodes;
    const reused = reuseUnchanged(new Map(before.map((node) => [node.id, node])), after);
    expect(reused.map((node, i) => node === before[i])).toEqual([false, true, true, true]);
    expect(reused[0]?.data.state).toBe('SUCCEEDED');
  });

  it("gives nodes their handles and sizes up front, and labels only the selected node's edges in a large graph", () => {
    const { nodes } = toFlowElements(visibleGraph(sample(), ['root/loop']), layout);
    expect(nodes[1]?.measured).toEqual({ width: 500, height: 200 });
    expect(
      nodes[1]?.handles?.map((handle) => [handle.type, handle.id ?? null, handle.x, handle.y]),
    ).toEqual([
      ['target', null, 250, 0],
      ['source', null, 250, 200],
      ['target', 'recursion-in', 500, 100],
      ['source', 'recursion-out', 500, 100],
    ]);
    const builder = new GraphBuilder();
    const boxes = [];
    for (let i = 0; i <= ALL_LABELS_LIMIT + 1; i += 1) {
      builder.addTask(`t${i}`, `t${i}`, undefined, emptyDetails(`t${i}`));
      boxes.push({ id: `t${i}`, x: 0, y: i * 100, width: 220, height: 56 });
      if (i > 0) builder.addEdge(`t${i - 1}`, `t${i}`, { kind: 'data', label: `out${i}` });
    }
    const big = toFlowElements(
      visibleGraph(builder.build({ source: 'v2', inputs: [] }), []),
      { width: 300, height: 20_000, nodes: boxes },
      { selectedNodeId: 't5' },
    );
    expect(big.edges.filter((edge) => edge.label !== undefined).map((edge) => edge.id)).toEqual([
      't4->t5',
      't5->t6',
    ]);
  });
});
