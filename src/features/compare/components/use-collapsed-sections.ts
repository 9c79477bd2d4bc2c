import { useSearchParams } from 'react-router';
import { COLLAPSED_PARAM, parseCollapsed, toggleCollapsed } from '../model/collapsed-sections.ts';

export interface CollapsedSections {
  isCollapsed(id: string): boolean;
  toggle(id: string): void;
}

/** The compare page's collapsed sections, kept in the URL (history replace: a toggle is no page). */
export function useCollapsedSections(): CollapsedSections {
  const [params, setParams] = useSearchParams();
  const collapsed = parseCollapsed(params.get(COLLAPSED_PARAM));
  return {
    isCollapsed: (id) => collapsed.has(id),
    toggle: (id) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const value = toggleCollapsed(current.get(COLLAPSED_PARAM), id);
          if (value === undefined) next.delete(COLLAPSED_PARAM);
          else next.set(COLLAPSED_PARAM, value);
          return next;
        },
        { replace: true },
      ),
  };
}
