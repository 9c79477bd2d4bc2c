import type { GraphNode, GroupKind } from '../model/graph-model.ts';

export const GROUP_KIND_LABELS: Readonly<Record<GroupKind, string>> = {
  condition: 'Condition',
  'condition-branches': 'If / elif / else',
  loop: 'Loop',
  'exit-handler': 'Exit handler',
  pipeline: 'Sub-pipeline',
  recursion: 'Recursive graph',
};

/** One line under a node's name: what it runs, loops over or tests. */
export function nodeSubtitle(node: GraphNode): string {
  const { details } = node;
  if (node.kind === 'recursive-call') return 'Calls its enclosing graph again';
  if (node.kind === 'group') {
    if (details.loop) return `${GROUP_KIND_LABELS.loop} over ${details.loop.items}`;
    if (details.condition !== undefined) return `If ${details.condition}`;
    return GROUP_KIND_LABELS[node.groupKind];
  }
  if (details.exitHandler?.role === 'exit-task') return 'Runs on exit';
  if (details.importer) return 'Importer';
  if (details.resource) return `${details.resource.action} ${details.resource.manifestKind ?? 'resource'}`;
  return details.image ?? details.componentName ?? '';
}
