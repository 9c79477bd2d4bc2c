import type { ReactNode } from 'react';
import { RefreshCw, TriangleExclamationPoint } from 'lucide-react';
import styles from './states.module.css';

export interface ErrorStateProps {
  readonly title?: string;
  /** What the page knows about this failure beyond the server's words: why, and how to go on. */
  readonly hint?: ReactNode;
  /** The server's own message, shown as is. */
  readonly message: string;
  readonly onRetry?: () => void;
  readonly retrying?: boolean;
  /** More actions next to Retry (e.g. "Back to first page"). */
  readonly actions?: ReactNode;
  /** A one-line banner above content that is still shown (a failed refresh), instead of a full block. */
  readonly inline?: boolean;
}

/** A failed request: says what failed, shows the server's message and offers a retry. */
export function ErrorState({
  title = 'Could not load data',
  hint,
  message,
  onRetry,
  retrying = false,
  actions,
  inline = false,
}: ErrorStateProps) {
  return (
    <div
      className={styles.state}
      data-variant="error"
      data-inline={inline || undefined}
      role="alert"
    >
      {inline ? null : <TriangleExclamationPoint aria-hidden="true" />}
      <p className={styles.title}>{title}</p>
      {hint === undefined ? null : <p className={styles.message}>{hint}</p>}
      <p className={styles.serverMessage}>{message}</p>
      <div className={styles.actions}>
        {onRetry === undefined ? null : (
          <button type="button" className="btn" onClick={onRetry} disabled={retrying}>
            <RefreshCw
              aria-hidden="true"
              size={16}
              className={retrying ? styles.spin : undefined}
            />
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        )}
        {actions}
      </div>
    </div>
  );
}
