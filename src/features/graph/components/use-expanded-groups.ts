import { useCallback, useMemo, useState } from 'react';
import { allGroupIds, taskCount, type PipelineGraph } from '../model/graph-model.ts';
import { ancestorIds, groupIdsToDepth } from '../model/visible-graph.ts';

/** Graphs up to this many tasks open fully; larger ones open their top-level groups only. */
export const EXPAND_ALL_LIMIT = 100;

export interface ExpandedGroups {
  /** What to draw open: the user's choice plus the groups around the selected node. */
  readonly expanded: ReadonlySet<string>;
  readonly toggle: (groupId: string) => void;
  readonly expandAll: () => void;
  readonly collapseAll: () => void;
}

export function defaultExpandedGroups(graph: PipelineGraph): string[] {
  return taskCount(graph) <= EXPAND_ALL_LIMIT ? allGroupIds(graph) : groupIdsToDepth(graph, 1);
}

/**
 * Expand/collapse state of one graph. The selected node (from the URL) is never copied in: its enclosing
 * groups are added when deriving what is drawn, so following a `?node=` link always shows the node.
 */
export function useExpandedGroups(graph: PipelineGraph, selectedNodeId: string | undefined): ExpandedGroups {
  const [choice, setChoice] = useState<{ readonly graph: PipelineGraph; readonly ids: ReadonlySet<string> } | undefined>(undefined);
  const chosen = choice?.graph === graph ? choice.ids : undefined;
  const base = useMemo(() => chosen ?? new Set(defaultExpandedGroups(graph)), [chosen, graph]);
  const expanded = useMemo(() => {
    if (selectedNodeId === undefined) return base;
    const around = ancestorIds(graph, selectedNodeId).filter((id) => !base.has(id));
    return around.length === 0 ? base : new Set([...base, ...around]);
  }, [base, graph, selectedNodeId]);
  const toggle = useCallback(
    (groupId: string) => {
      const next = new Set(expanded);
      if (next.has(groupId)) next.delete(groupId);
      else next.add(groupId);
      setChoice({ graph, ids: next });
    },
    [expanded, graph],
  );
  const expandAll = useCallback(() => setChoice({ graph, ids: new Set(allGroupIds(graph)) }), [graph]);
  const collapseAll = useCallback(() => setChoice({ graph, ids: new Set() }), [graph]);
  return { expanded, toggle, expandAll, collapseAll };
}
