import type { ArtifactNode, PipelineGraph } from '../model/graph-model.ts';

/**
 * Ids of the nodes whose display name, task name or component name contains `query` (any case), in graph
 * order. With `artifacts` (the canvas draws them), artifact nodes match by name or type too, each right after
 * the task that produces it.
 */
export function searchNodes(
  graph: PipelineGraph,
  query: string,
  { artifacts = false }: { readonly artifacts?: boolean } = {},
): string[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const matches = (names: readonly string[]) =>
    names.some((name) => name.toLowerCase().includes(needle));
  const byProducer = new Map<string, ArtifactNode[]>();
  if (artifacts) {
    for (const artifact of graph.artifacts.values()) {
      if (
        !matches([
          artifact.details.displayName,
          artifact.artifact.name,
          artifact.artifact.type ?? '',
        ])
      )
        continue;
      byProducer.set(artifact.producerId, [
        ...(byProducer.get(artifact.producerId) ?? []),
        artifact,
      ]);
    }
  }
  const ids: string[] = [];
  for (const node of graph.nodes.values()) {
    if (matches([node.details.displayName, node.name, node.details.componentName ?? '']))
      ids.push(node.id);
    for (const artifact of byProducer.get(node.id) ?? []) ids.push(artifact.id);
  }
  return ids;
}
