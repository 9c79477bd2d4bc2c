import type { PipelineGraph } from '../model/graph-model.ts';

/** Ids of the nodes whose display name, task name or component name contains `query` (any case), in graph order. */
export function searchNodes(graph: PipelineGraph, query: string): string[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const ids: string[] = [];
  for (const node of graph.nodes.values()) {
    const names = [node.details.displayName, node.name, node.details.componentName ?? ''];
    if (names.some((name) => name.toLowerCase().includes(needle))) ids.push(node.id);
  }
  return ids;
}
