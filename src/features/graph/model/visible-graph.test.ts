import { describe, expect, it } from 'vitest';
import { emptyDetails, GraphBuilder } from './graph-builder.ts';
import { allGroupIds, type PipelineGraph } from './graph-model.ts';
import { ancestorIds, groupIdsToDepth, visibleGraph, type VisibleGraph } from './visible-graph.ts';

/**
 * a ──▶ outer ──▶ b        outer = { x ──▶ inner = { y, z } }, and cross-level edges y ──▶ b, a ──▶ z,
 * plus z ⟲ outer (a recursive call back to outer).
 */
function sampleGraph(): PipelineGraph {
  const builder = new GraphBuilder();
  const details = emptyDetails('');
  builder.addTask('a', 'a', undefined, details);
  builder.addGroup('outer', 'outer', undefined, 'condition', details);
  builder.addTask('outer/x', 'x', 'outer', details);
  builder.addGroup('outer/inner', 'inner', 'outer', 'loop', details);
  builder.addTask('outer/inner/y', 'y', 'outer/inner', details);
  builder.addRecursiveCall('outer/inner/z', 'z', 'outer/inner', 'outer', details);
  builder.addTask('b', 'b', undefined, details);
  builder.addEdge('a', 'outer', { kind: 'dependency' });
  builder.addEdge('outer', 'b', { kind: 'data', label: 'out' });
  builder.addEdge('outer/x', 'outer/inner', { kind: 'data', label: 'items' });
  builder.addEdge('outer/inner/y', 'outer/inner/z', { kind: 'dependency' });
  builder.addEdge('outer/inner/y', 'b', { kind: 'data', label: 'deep' });
  builder.addEdge('a', 'outer/inner/z', { kind: 'dependency' });
  return builder.build({ source: 'v2', inputs: [] });
}

function shape(visible: VisibleGraph): { nodes: string[]; edges: string[] } {
  return {
    nodes: visible.nodes.map(
      (node) =>
        `${node.id}${node.node.kind === 'group' ? (node.expanded ? ' [open]' : ' [closed]') : ''}`,
    ),
    edges: visible.edges.map(
      (edge) =>
        `${edge.source} -> ${edge.target} ${edge.kind}${edge.labels.length ? ` ${edge.labels.join(',')}` : ''}${edge.recursive ? ' recursive' : ''} (${edge.graphEdgeIds.length})`,
    ),
  };
}

describe('visibleGraph', () => {
  const graph = sampleGraph();

  it('all collapsed: top level only, edges rerouted to the collapsed group and merged', () => {
    expect(shape(visibleGraph(graph, []))).toEqual({
      nodes: ['a', 'outer [closed]', 'b'],
      edges: ['a -> outer dependency (2)', 'outer -> b data out,deep (2)'],
    });
  });

  it('one level open: the inner group stands for its children', () => {
    const visible = visibleGraph(graph, ['outer']);
    expect(shape(visible)).toEqual({
      nodes: ['a', 'outer [open]', 'outer/x', 'outer/inner [closed]', 'b'],
      edges: [
        'outer/inner -> outer dependency recursion recursive (1)',
        'a -> outer dependency (1)',
        'outer -> b data out (1)',
        'outer/x -> outer/inner data items (1)',
        'outer/inner -> b data deep (1)',
        'a -> outer/inner dependency (1)',
      ],
    });
    expect(visible.nodes.find((node) => node.id === 'outer/x')?.parentId).toBe('outer');
  });

  it('expand all: the full graph', () => {
    const visible = visibleGraph(graph, allGroupIds(graph));
    expect(visible.nodes.map((node) => node.id)).toEqual([...graph.nodes.keys()]);
    expect(visible.edges.map((edge) => edge.id)).toEqual(graph.edges.map((edge) => edge.id));
    expect(visible.edges.find((edge) => edge.recursive)).toMatchObject({
      source: 'outer/inner/z',
      target: 'outer',
    });
  });

  it('an open group inside a closed one stays hidden', () => {
    expect(shape(visibleGraph(graph, ['outer/inner'])).nodes).toEqual(['a', 'outer [closed]', 'b']);
  });

  it('ancestors and depth-limited expansion', () => {
    expect(ancestorIds(graph, 'outer/inner/y')).toEqual(['outer', 'outer/inner']);
    expect(ancestorIds(graph, 'a')).toEqual([]);
    expect(groupIdsToDepth(graph, 0)).toEqual([]);
    expect(groupIdsToDepth(graph, 1)).toEqual(['outer']);
    expect(groupIdsToDepth(graph, 5)).toEqual(['outer', 'outer/inner']);
  });
});
