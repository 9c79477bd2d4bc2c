import { lazy, Suspense, useRef, useState } from 'react';
import { ChevronDown } from 'lucide-react';
import type { ListParams } from './use-list-params.ts';
import { filterLabel } from './multi-select-label.ts';
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

// The popover (Radix Popover, floating-ui, focus scope) loads when the button is first pointed at,
// focused or clicked: it is no part of a list page's first load (DESIGN.md §6).
const loadPopover = () => import('./multi-select-popover.tsx');
const MultiSelectPopover = lazy(() =>
  loadPopover().then((module) => ({ default: module.MultiSelectPopover })),
);
const preloadPopover = () => void loadPopover().catch(() => undefined);

/** A popover of checkboxes whose choice lives in the URL; no choice means no filter. */
export function MultiSelectFilter(props: MultiSelectFilterProps) {
  const { list, label, param, options } = props;
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  // Whether the plain button has the focus when the popover's own button replaces it.
  const [focused, setFocused] = useState(false);
  // A press (mouse or touch) focuses the button between pointerdown and click: swapping it then
  // would land the pointerup on another element and lose the click. A press swaps on its click.
  const pressing = useRef(false);
  const chosen = new Set(list.getAll(param));
  const active = options.filter((option) => chosen.has(option.value));
  const plain = (
    <button
      type="button"
      className={`btn ${styles.filterButton ?? ''}`}
      data-active={active.length > 0 || undefined}
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={preloadPopover}
      onPointerDown={() => {
        pressing.current = true;
        preloadPopover();
      }}
      onFocus={() => {
        setFocused(true);
        if (!pressing.current) setWanted(true);
      }}
      onBlur={() => setFocused(false)}
      onClick={() => {
        pressing.current = false;
        setWanted(true);
        setOpen(true);
      }}
    >
      {filterLabel(label, active)}
      <ChevronDown aria-hidden="true" size={14} />
    </button>
  );
  if (!wanted) return plain;
  return (
    <Suspense fallback={plain}>
      <MultiSelectPopover {...props} open={open} onOpenChange={setOpen} focusOnMount={focused} />
    </Suspense>
  );
}
