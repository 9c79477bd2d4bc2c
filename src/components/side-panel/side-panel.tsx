import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import styles from './side-panel.module.css';

export interface SidePanelProps {
  /** The panel's accessible name ("Node train-model"). */
  readonly label: string;
  /** A short word above the title: "Artifact", "Task", "Loop". */
  readonly kind: string;
  readonly title: string;
  readonly icon?: ReactNode;
  /** The close button's accessible name ("Close node panel"). */
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly className?: string | undefined;
  /** The panel's body; it scrolls under the header. */
  readonly children: ReactNode;
}

/** The panel beside a graph: a kind, a title and a close button over a scrolling body. */
export function SidePanel({
  label,
  kind,
  title,
  icon,
  closeLabel,
  onClose,
  className,
  children,
}: SidePanelProps) {
  return (
    <aside className={`${styles.panel} ${className ?? ''}`} aria-label={label}>
      <header className={styles.header}>
        {icon === undefined ? null : <span className={styles.icon}>{icon}</span>}
        <div className={styles.title}>
          <p className={styles.kind}>{kind}</p>
          <h2>{title}</h2>
        </div>
        <button
          type="button"
          className="btn btn--ghost btn--icon"
          onClick={onClose}
          aria-label={closeLabel}
          title="Close"
        >
          <X aria-hidden="true" size={16} />
        </button>
      </header>
      <div className={styles.body}>{children}</div>
    </aside>
  );
}
