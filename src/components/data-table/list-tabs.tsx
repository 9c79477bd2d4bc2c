import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { ListParams } from './use-list-params.ts';
import styles from './data-table.module.css';

export interface ListTab {
  readonly value: string;
  readonly label: string;
}

export interface ListTabsProps {
  readonly list: ListParams;
  readonly label: string;
  /** URL parameter holding the tab; the first tab is the default and leaves the parameter out. */
  readonly param: string;
  readonly tabs: readonly [ListTab, ...ListTab[]];
  /** The list under the tabs (one table whose query depends on the tab). */
  readonly children: ReactNode;
}

/** Reads the active tab of a list from the URL. */
export function activeTab(
  list: ListParams,
  param: string,
  tabs: readonly [ListTab, ...ListTab[]],
): string {
  const value = list.get(param);
  return tabs.find((tab) => tab.value === value)?.value ?? tabs[0].value;
}

/** Where the arrow keys, Home and End move the focus in a row of `count` tabs (undefined: not a move). */
export function tabMove(key: string, from: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (from + 1) % count;
    case 'ArrowLeft':
      return (from - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * Tabs (active / archived, private / shared) whose selection lives in the URL, as WAI-ARIA's tabs with
 * manual activation: arrow keys, Home and End move the focus, Enter, Space or a click selects. Plain
 * elements, not a UI-kit component: every list page paints these with its first rows, and the kit's
 * tab panel measured its animation (a forced style recalculation of the whole table) on mount.
 */
export function ListTabs({ list, label, param, tabs, children }: ListTabsProps) {
  const current = activeTab(list, param, tabs);
  const baseId = useId();
  const tabId = (value: string) => `${baseId}tab-${value}`;
  const panelId = `${baseId}panel`;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const from = buttons.findIndex((button) => button === document.activeElement);
    const next = from < 0 ? undefined : tabMove(event.key, from, buttons.length);
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className={styles.tabs} onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const selected = tab.value === current;
          return (
            <button
              key={tab.value}
              type="button"
              role="tab"
              id={tabId(tab.value)}
              aria-selected={selected}
              aria-controls={selected ? panelId : undefined}
              tabIndex={selected ? 0 : -1}
              data-state={selected ? 'active' : 'inactive'}
              className={styles.tab}
              onClick={() => {
                if (!selected)
                  list.setParams({ [param]: tab.value === tabs[0].value ? undefined : tab.value });
              }}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(current)}
        className={styles.tabPanel}
      >
        {children}
      </div>
    </div>
  );
}
