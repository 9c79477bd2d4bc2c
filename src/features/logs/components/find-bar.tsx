import { CaseSensitive, ChevronDown, ChevronUp, Regex } from 'lucide-react';
import { useId, type KeyboardEvent, type Ref } from 'react';
import type { LogFind } from '../model/find.ts';
import styles from './log-viewer.module.css';

export interface FindBarProps {
  readonly find: LogFind;
  readonly onFindChange: (find: LogFind) => void;
  /** The query is not a valid regular expression. */
  readonly invalid: boolean;
  /** What is wrong with the search, shown under the box (an invalid or stopped regex). */
  readonly problem: string | undefined;
  /** "3 of 120", "No matches", or empty. */
  readonly countLabel: string;
  readonly hasMatches: boolean;
  readonly onStep: (direction: 1 | -1) => void;
  /** Escape: back to the log. */
  readonly onLeave: () => void;
  readonly inputRef: Ref<HTMLInputElement>;
}

/** The viewer's own find (browser find cannot see lines that are not rendered). */
export function FindBar({
  find,
  onFindChange,
  invalid,
  problem,
  countLabel,
  hasMatches,
  onStep,
  onLeave,
  inputRef,
}: FindBarProps) {
  const problemId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onLeave();
    }
  };
  return (
    <div className={styles.find} role="search" aria-label="Find in log">
      <input
        ref={inputRef}
        type="search"
        className={`input ${styles['find-input']}`}
        aria-label="Find in log"
        placeholder={find.regex ? 'Regular expression' : 'Find in log'}
        value={find.query}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={problem === undefined ? undefined : problemId}
        onChange={(event) => onFindChange({ ...find, query: event.target.value })}
        onKeyDown={onKeyDown}
      />
      <button
        type="button"
        className={`btn btn--icon ${styles['btn-small']} ${styles.toggle}`}
        aria-pressed={find.regex}
        aria-label="Regular expression"
        title="Regular expression"
        onClick={() => onFindChange({ ...find, regex: !find.regex })}
      >
        <Regex size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className={`btn btn--icon ${styles['btn-small']} ${styles.toggle}`}
        aria-pressed={find.matchCase}
        aria-label="Match case"
        title="Match case"
        onClick={() => onFindChange({ ...find, matchCase: !find.matchCase })}
      >
        <CaseSensitive size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className={`btn btn--icon ${styles['btn-small']}`}
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={!hasMatches}
        onClick={() => onStep(-1)}
      >
        <ChevronUp size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className={`btn btn--icon ${styles['btn-small']}`}
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={!hasMatches}
        onClick={() => onStep(1)}
      >
        <ChevronDown size={16} aria-hidden="true" />
      </button>
      <span className={styles.count} role="status" aria-live="polite">
        {countLabel}
      </span>
      {problem === undefined ? null : (
        <p id={problemId} className={styles['find-problem']}>
          {problem}
        </p>
      )}
    </div>
  );
}
