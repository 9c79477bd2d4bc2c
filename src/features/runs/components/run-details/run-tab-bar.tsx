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

/** Tabs whose state lives in the URL (the caller writes it); arrow keys move between tabs. */
export function TabBar<T extends string>({
  label,
  tabs,
  labels,
  current,
  onSelect,
  idPrefix,
}: TabBarProps<T>) {
  const move = (delta: number) => {
    const index = tabs.indexOf(current);
    const next = tabs[(index + delta + tabs.length) % tabs.length];
    if (next !== undefined) onSelect(next);
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      className={`tabs ${styles.tabBar ?? ''}`}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight') move(1);
        if (event.key === 'ArrowLeft') move(-1);
      }}
    >
      {tabs.map((tab) => (
        <button
          key={tab}
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
