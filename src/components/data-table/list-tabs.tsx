import type { ReactNode } from 'react';
import { Tabs } from 'radix-ui';
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

/** Tabs (active / archived, private / shared) whose selection lives in the URL. Arrow keys move between tabs. */
export function ListTabs({ list, label, param, tabs, children }: ListTabsProps) {
  const current = activeTab(list, param, tabs);
  return (
    <Tabs.Root
      value={current}
      onValueChange={(value) =>
        list.setParams({ [param]: value === tabs[0].value ? undefined : value })
      }
      activationMode="manual"
    >
      <Tabs.List className={styles.tabs} aria-label={label}>
        {tabs.map((tab) => (
          <Tabs.Trigger key={tab.value} value={tab.value} className={styles.tab}>
            {tab.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Content key={tab.value} value={tab.value} className={styles.tabPanel}>
          {tab.value === current ? children : null}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
