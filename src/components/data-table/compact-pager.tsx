import { useState, type ReactNode } from 'react';
import styles from './data-table.module.css';

export interface TokenStack {
  /** Token of the page shown; undefined on the first page. */
  readonly token: string | undefined;
  /** 1-based. */
  readonly page: number;
  readonly next: (token: string) => void;
  readonly back: () => void;
}

/**
 * KFP page tokens of a small nested list (a row's versions, a recurring run's runs), kept as view
 * state: unlike the main list, such a list is not part of the URL.
 */
export function useTokenStack(): TokenStack {
  const [tokens, setTokens] = useState<readonly string[]>([]);
  return {
    token: tokens.at(-1),
    page: tokens.length + 1,
    next: (token) => setTokens((previous) => [...previous, token]),
    back: () => setTokens((previous) => previous.slice(0, -1)),
  };
}

export interface CompactPagerProps {
  readonly stack: TokenStack;
  readonly nextPageToken: string | undefined;
  /** e.g. "Versions page 2 of 3". */
  readonly summary?: ReactNode;
  /** Labels for lists sorted newest first. */
  readonly backLabel?: string;
  readonly nextLabel?: string;
}

/** Back / next buttons for a nested list; nothing when everything fits on one page. */
export function CompactPager({
  stack,
  nextPageToken,
  summary,
  backLabel = 'Newer',
  nextLabel = 'Older',
}: CompactPagerProps) {
  if (stack.page === 1 && nextPageToken === undefined) return null;
  return (
    <div className={styles.compactPager}>
      {summary === undefined ? null : <span>{summary}</span>}
      <button type="button" className="btn" disabled={stack.page === 1} onClick={stack.back}>
        {backLabel}
      </button>
      <button
        type="button"
        className="btn"
        disabled={nextPageToken === undefined}
        onClick={() => {
          if (nextPageToken !== undefined) stack.next(nextPageToken);
        }}
      >
        {nextLabel}
      </button>
    </div>
  );
}
