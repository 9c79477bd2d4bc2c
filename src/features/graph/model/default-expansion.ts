import { allGroupIds, taskCount, type PipelineGraph } from './graph-model.ts';
import { ancestorIds } from './visible-graph.ts';

/** Graphs up to this many tasks open fully. */
export const EXPAND_ALL_LIMIT = 100;
/** Larger graphs open groups, outermost first, while the drawing stays under this many nodes. */
export const EXPAND_NODE_BUDGET = 150;

/**
 * The groups open when a graph is first drawn: all of them for a small graph; for a large one, groups level
 * by level (outermost first, in spec order) as long as their content fits the node budget, so a big loop or
 * sub-DAG starts as one box (with its state counts on a run) and the canvas paints fast. "Expand all" still opens everything.
 */
export function defaultExpandedGroups(graph: PipelineGraph): string[] {
  if (taskCount(graph) <= EXPAND_ALL_LIMIT) return allGroupIds(graph);
  const groups = [...graph.nodes.values()]
    .filter((node) => node.kind === 'group')
    .map((node) => ({ node, depth: ancestorIds(graph, node.id).length }));
  groups.sort((a, b) => a.depth - b.depth);
  const expanded = new Set<string>();
  let visible = graph.rootIds.length;
  for (const { node } of groups) {
    if (node.parentId !== undefined && !expanded.has(node.parentId)) continue;
    if (visible + node.childIds.length > EXPAND_NODE_BUDGET) continue;
    expanded.add(node.id);
    visible += node.childIds.length;
  }
  return [...expanded];
}
