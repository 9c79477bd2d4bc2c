import type { ReactNode } from 'react';
import { Inbox } from 'lucide-react';
import styles from './states.module.css';

export interface EmptyStateProps {
  readonly title: string;
  readonly message?: ReactNode;
  /** e.g. a "Clear filters" or "Create …" button. */
  readonly action?: ReactNode;
}

/** A successful answer with nothing in it — distinct from loading and from an error. */
export function EmptyState({ title, message, action }: EmptyStateProps) {
  return (
    <div className={styles.state}>
      <Inbox aria-hidden="true" />
      <p className={styles.title}>{title}</p>
      {message === undefined ? null : <p className={styles.message}>{message}</p>}
      {action === undefined ? null : <div className={styles.actions}>{action}</div>}
    </div>
  );
}
