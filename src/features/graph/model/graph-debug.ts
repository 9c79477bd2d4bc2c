import type { GraphNode, PipelineGraph } from './graph-model.ts';

/** The node with this id, or an error naming the ids there are (for tests and invariants, not for UI flow). */
export function requireNode(graph: PipelineGraph, id: string): GraphNode {
  const node = graph.nodes.get(id);
  if (!node) throw new Error(`No node ${id}; the graph has ${[...graph.nodes.keys()].join(', ')}.`);
  return node;
}

/** Edges as sorted `source -> target [kind labels]` lines, `prefix` dropped from ids: readable diffs in tests and logs. */
export function describeEdges(graph: PipelineGraph, prefix = ''): string[] {
  const short = (id: string): string =>
    prefix !== '' && id.startsWith(prefix) ? id.slice(prefix.length) : id;
  return graph.edges
    .map((edge) => {
      const labels = edge.labels.length > 0 ? ` ${edge.labels.join(',')}` : '';
      return `${short(edge.source)} -> ${short(edge.target)} [${edge.kind}${labels}${edge.recursive ? ' recursive' : ''}]`;
    })
    .sort();
}
