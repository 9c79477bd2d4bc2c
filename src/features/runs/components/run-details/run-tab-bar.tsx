import { useRef } from 'react';
import styles from './run-details.module.css';

export interface TabBarProps<T extends string> {
  readonly label: string;
  readonly tabs: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly current: T;
  readonly onSelect: (tab: T) => void;
  /** Prefix of the tab ids, so two tab bars on a page do not collide. */
  readonly idPrefix: string;
}

/**
 * Tabs whose state lives in the URL (the caller writes it). They stay on one row: on a narrow panel
 * the row scrolls sideways, and Left/Right (wrapping), Home and End select a tab, focus it and bring
 * it into view.
 */
export function TabBar<T extends string>({
  label,
  tabs,
  labels,
  current,
  onSelect,
  idPrefix,
}: TabBarProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
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
    <div
      role="tablist"
      aria-label={label}
      aria-orientation="horizontal"
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
  );
}
