import { useCallback, useMemo, useState } from 'react';
import { defaultExpandedGroups } from '../model/default-expansion.ts';
import { allGroupIds, type PipelineGraph } from '../model/graph-model.ts';
import { ancestorIds } from '../model/visible-graph.ts';

export interface ExpandedGroups {
  /** What to draw open: the user's choice plus the groups around the revealed nodes. */
  readonly expanded: ReadonlySet<string>;
  readonly toggle: (groupId: string) => void;
  readonly expandAll: () => void;
  readonly collapseAll: () => void;
}

/**
 * Expand/collapse state of one graph. Revealed nodes (the selection from the URL, the current search match)
 * are never copied in: their enclosing groups are added when deriving what is drawn, so following a `?node=`
 * link always shows the node.
 */
export function useExpandedGroups(
  graph: PipelineGraph,
  ...reveal: readonly (string | undefined)[]
): ExpandedGroups {
  const [choice, setChoice] = useState<
    { readonly graph: PipelineGraph; readonly ids: ReadonlySet<string> } | undefined
  >(undefined);
  const chosen = choice?.graph === graph ? choice.ids : undefined;
  const base = useMemo(() => chosen ?? new Set(defaultExpandedGroups(graph)), [chosen, graph]);
  const revealKey = reveal.filter((id) => id !== undefined).join('\u0000');
  const expanded = useMemo(() => {
    const around =
      revealKey === ''
        ? []
        : revealKey
            .split('\u0000')
            .flatMap((id) => ancestorIds(graph, id))
            .filter((id) => !base.has(id));
    return around.length === 0 ? base : new Set([...base, ...around]);
  }, [base, graph, revealKey]);
  const toggle = useCallback(
    (groupId: string) => {
      const next = new Set(expanded);
      if (next.has(groupId)) next.delete(groupId);
      else next.add(groupId);
      setChoice({ graph, ids: next });
    },
    [expanded, graph],
  );
  const expandAll = useCallback(
    () => setChoice({ graph, ids: new Set(allGroupIds(graph)) }),
    [graph],
  );
  const collapseAll = useCallback(() => setChoice({ graph, ids: new Set() }), [graph]);
  return { expanded, toggle, expandAll, collapseAll };
}
