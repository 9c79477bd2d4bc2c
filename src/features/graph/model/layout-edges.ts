import type { LayoutInput } from './layout-types.ts';

/** The id of the top-level container (the graph itself) in lifted edges. */
export const ROOT_CONTAINER = '__root__';

export interface LiftedEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/**
 * Each container (the root and every expanded group) is laid out on its own. An edge between different
 * levels is lifted to the siblings that hold its ends, in the container holding both; an edge between a
 * group and its own content (the recursion back edge) is left to the canvas. Parallel lifted edges merge.
 */
export function liftEdges(input: LayoutInput): Map<string, LiftedEdge[]> {
  const parentOf = new Map(input.nodes.map((node) => [node.id, node.parentId]));
  const chain = (id: string): string[] => {
    const ids = [id];
    for (let current = parentOf.get(id); current !== undefined; current = parentOf.get(current))
      ids.unshift(current);
    return ids;
  };
  const byContainer = new Map<string, LiftedEdge[]>();
  const seen = new Set<string>();
  for (const edge of input.edges) {
    if (!parentOf.has(edge.source) || !parentOf.has(edge.target)) continue;
    const sources = chain(edge.source);
    const targets = chain(edge.target);
    let depth = 0;
    while (depth < sources.length && depth < targets.length && sources[depth] === targets[depth])
      depth += 1;
    const source = sources[depth];
    const target = targets[depth];
    if (source === undefined || target === undefined) continue;
    const id = `${source}->${target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const container = sources[depth - 1] ?? ROOT_CONTAINER;
    const list = byContainer.get(container);
    if (list) list.push({ id, source, target });
    else byContainer.set(container, [{ id, source, target }]);
  }
  return byContainer;
}
