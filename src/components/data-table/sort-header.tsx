import type { ReactNode } from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import styles from './data-table.module.css';

export interface SortHeaderProps {
  readonly direction: 'ascending' | 'descending' | undefined;
  readonly onToggle: () => void;
  readonly children: ReactNode;
}

/** A header button; the `th` around it carries `aria-sort`. */
export function SortHeader({ direction, onToggle, children }: SortHeaderProps) {
  const Icon =
    direction === 'ascending' ? ArrowUp : direction === 'descending' ? ArrowDown : ArrowUpDown;
  return (
    <button
      type="button"
      className={styles.sortButton}
      onClick={onToggle}
      data-active={direction !== undefined || undefined}
    >
      <span className={styles.sortLabel}>{children}</span>
      <Icon aria-hidden="true" size={14} className={styles.sortIcon} />
    </button>
  );
}
