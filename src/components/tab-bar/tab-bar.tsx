import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import styles from './tab-bar.module.css';

export interface TabBarProps<T extends string> {
  readonly label: string;
  readonly tabs: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly current: T;
  readonly onSelect: (tab: T) => void;
  /** Prefix of the tab and panel ids, so two tab bars on a page do not collide. */
  readonly idPrefix: string;
  /** The current tab's content, drawn in the tab panel the tabs control. */
  readonly children: ReactNode;
}

/** Whether a scrolling row hides content before or after what is in view (to fade that edge). */
function useOverflowEdges(row: RefObject<HTMLDivElement | null>) {
  const [edges, setEdges] = useState({ before: false, after: false });
  useEffect(() => {
    const element = row.current;
    if (!element) return;
    const update = () => {
      const before = element.scrollLeft > 1;
      const after = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      setEdges((old) => (old.before === before && old.after === after ? old : { before, after }));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [row]);
  return edges;
}

/**
 * Tabs whose state lives in the URL (the caller writes it), and the panel of the current one. They
 * stay on one row: on a narrow panel the row scrolls sideways, and Left/Right (wrapping), Home and
 * End select a tab, focus it and bring it into view.
 */
export function TabBar<T extends string>({
  label,
  tabs,
  labels,
  current,
  onSelect,
  idPrefix,
  children,
}: TabBarProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const row = useRef<HTMLDivElement>(null);
  const edges = useOverflowEdges(row);
  const go = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length];
    if (next === undefined) return;
    onSelect(next);
    const button = buttons.current.get(next);
    button?.focus();
    button?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
  const keys: Readonly<Record<string, (index: number) => number>> = {
    ArrowRight: (i) => i + 1,
    ArrowLeft: (i) => i - 1,
    Home: () => 0,
    End: () => tabs.length - 1,
  };
  return (
    <>
      <div
        role="tablist"
        aria-label={label}
        aria-orientation="horizontal"
        ref={row}
        data-more-before={edges.before || undefined}
        data-more-after={edges.after || undefined}
        className={`tabs ${styles.tabBar ?? ''}`}
        onKeyDown={(event) => {
          const step = keys[event.key];
          if (!step) return;
          event.preventDefault();
          go(step(tabs.indexOf(current)));
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              if (element) buttons.current.set(tab, element);
              else buttons.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab}`}
            aria-controls={`${idPrefix}-panel`}
            aria-selected={tab === current}
            tabIndex={tab === current ? 0 : -1}
            className="tabs__tab"
            onClick={() => onSelect(tab)}
          >
            {labels[tab]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${current}`}>
        {children}
      </div>
    </>
  );
}
