import { Popover } from 'radix-ui';
import { ChevronDown } from 'lucide-react';
import type { ListParams } from './use-list-params';
import styles from './data-table.module.css';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

export interface MultiSelectFilterProps {
  readonly list: ListParams;
  readonly label: string;
  /** Repeated URL parameter holding the chosen values (`?state=RUNNING&state=FAILED`). */
  readonly param: string;
  readonly options: readonly FilterOption[];
}

/** A popover of checkboxes whose choice lives in the URL; no choice means no filter. */
export function MultiSelectFilter({ list, label, param, options }: MultiSelectFilterProps) {
  const chosen = new Set(list.getAll(param));
  const active = options.filter((option) => chosen.has(option.value));
  const toggle = (value: string) => {
    const next = options
      .map((option) => option.value)
      .filter((candidate) =>
        candidate === value ? !chosen.has(candidate) : chosen.has(candidate),
      );
    list.setParams({ [param]: next });
  };
  return (
    <Popover.Root>
      <Popover.Trigger
        className={`btn ${styles.filterButton ?? ''}`}
        data-active={active.length > 0 || undefined}
      >
        {label}
        {active.length > 0 ? `: ${active.map((option) => option.label).join(', ')}` : ''}
        <ChevronDown aria-hidden="true" size={14} />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={styles.popover} align="start" sideOffset={4}>
          <fieldset className={styles.optionList}>
            <legend className="visually-hidden">{label}</legend>
            {options.map((option) => (
              <label key={option.value} className={styles.option}>
                <input
                  type="checkbox"
                  checked={chosen.has(option.value)}
                  onChange={() => toggle(option.value)}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          {active.length > 0 ? (
            <button
              type="button"
              className="btn"
              onClick={() => list.setParams({ [param]: undefined })}
            >
              Clear
            </button>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
