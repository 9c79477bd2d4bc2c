import { memo, type MouseEvent } from 'react';
import type { LogMatch } from '../model/find.ts';
import { highlightPieces } from '../model/highlight.ts';
import styles from './log-viewer.module.css';

export interface LogRowProps {
  /** The characters this row shows (a whole line, or a cut of a very long one). */
  readonly text: string;
  /** 1-based line number, shown in the gutter of the line's first row. */
  readonly lineNumber: number;
  /** Offset of `text` in its line (> 0 on the continuation rows of a long line). */
  readonly rowStart: number;
  readonly selected: boolean;
  readonly problem: boolean;
  readonly matches: readonly LogMatch[];
  /** The [from, to) matches of this row's line. */
  readonly matchFrom: number;
  readonly matchTo: number;
  /** Index of the current match when it is on this line, else -1 (keeps other rows memoised). */
  readonly currentMatch: number;
  /** The gutter width in digits. */
  readonly digits: number;
  readonly href: string;
  readonly onSelect: (lineNumber: number) => void;
  /** The row's index and offset in the virtual list. */
  readonly index: number;
  readonly start: number;
  /** Measures the row (wrapped lines have their own heights); absent when every row is one line high. */
  readonly measureRef: ((element: HTMLElement | null) => void) | undefined;
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** One row of the log: a line-number permalink and the text with the find matches marked. */
export const LogRow = memo(function LogRow(props: LogRowProps) {
  const {
    text,
    lineNumber,
    rowStart,
    selected,
    problem,
    matches,
    matchFrom,
    matchTo,
    currentMatch,
    digits,
    href,
    onSelect,
  } = props;
  const { index, start, measureRef } = props;
  const pieces =
    matchFrom === matchTo
      ? [{ text, match: -1 }]
      : highlightPieces(text, rowStart, matches, matchFrom, matchTo);
  return (
    <div
      ref={measureRef}
      data-index={index}
      className={styles.row}
      data-selected={selected || undefined}
      style={{ transform: `translateY(${String(start)}px)` }}
    >
      <span className={styles.gutter} style={{ inlineSize: `${String(digits)}ch` }}>
        {rowStart === 0 ? (
          <a
            className={styles['line-link']}
            href={href}
            aria-label={`Line ${String(lineNumber)}`}
            aria-current={selected ? 'location' : undefined}
            onClick={(event) => {
              // A plain click selects the line here; other clicks (new tab, copy link) keep the permalink.
              if (!isPlainClick(event)) return;
              event.preventDefault();
              onSelect(lineNumber);
            }}
          >
            {lineNumber}
          </a>
        ) : (
          <span aria-hidden="true">↪</span>
        )}
      </span>
      <span className={styles.text} data-problem={problem || undefined}>
        {pieces.map((piece, index) =>
          piece.match === -1 ? (
            piece.text
          ) : (
            <mark
              // Pieces of a row never move: the index is a stable key.
              key={index}
              className={styles.match}
              data-current={piece.match === currentMatch || undefined}
            >
              {piece.text}
            </mark>
          ),
        )}
      </span>
    </div>
  );
});
