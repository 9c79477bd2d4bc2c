import { useEffect, useRef, useState } from 'react';
import { Popover } from 'radix-ui';
import { ChevronDown } from 'lucide-react';
import type { MultiSelectFilterProps } from './multi-select-filter.tsx';
import { filterLabel } from './multi-select-label.ts';
import styles from './data-table.module.css';

export interface MultiSelectPopoverProps extends MultiSelectFilterProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** The plain button this one replaces had the focus: take it over. */
  readonly focusOnMount: boolean;
}

/** The filter's Radix popover of checkboxes (loaded on first intent by MultiSelectFilter). */
export function MultiSelectPopover({
  list,
  label,
  param,
  options,
  open,
  onOpenChange,
  focusOnMount,
}: MultiSelectPopoverProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  // Only when it replaces the plain button, not on later renders.
  const [focusAtMount] = useState(focusOnMount);
  useEffect(() => {
    if (focusAtMount) trigger.current?.focus();
  }, [focusAtMount]);
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
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger
        ref={trigger}
        className={`btn ${styles.filterButton ?? ''}`}
        data-active={active.length > 0 || undefined}
      >
        {filterLabel(label, active)}
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
