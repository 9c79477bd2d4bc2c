import type { DrawnNode, GroupKind } from '../model/graph-model.ts';

export const GROUP_KIND_LABELS: Readonly<Record<GroupKind, string>> = {
  condition: 'Condition',
  'condition-branches': 'If / elif / else',
  loop: 'Loop',
  'exit-handler': 'Exit handler',
  pipeline: 'Sub-pipeline',
  recursion: 'Recursive graph',
};

/** One line under a node's name: what it runs, loops over or tests. */
export function nodeSubtitle(node: DrawnNode): string {
  const { details } = node;
  if (node.kind === 'artifact') return artifactTypeText(node.artifact);
  if (node.kind === 'recursive-call') return 'Calls its enclosing graph again';
  if (node.kind === 'group') {
    if (details.loop) return `${GROUP_KIND_LABELS.loop} over ${details.loop.items}`;
    if (details.condition !== undefined) return `If ${details.condition}`;
    return GROUP_KIND_LABELS[node.groupKind];
  }
  if (details.exitHandler?.role === 'exit-task') return 'Runs on exit';
  if (details.importer) return 'Importer';
  if (details.resource)
    return `${details.resource.action} ${details.resource.manifestKind ?? 'resource'}`;
  return details.image ?? details.componentName ?? '';
}

/** `system.Model`, `system.Dataset (list)`; `Artifact` when the spec gives no type. */
export function artifactTypeText(artifact: {
  readonly type?: string | undefined;
  readonly isList?: boolean | undefined;
}): string {
  return `${artifact.type ?? 'Artifact'}${artifact.isList === true ? ' (list)' : ''}`;
}
