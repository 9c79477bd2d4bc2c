import type { Ref } from 'react';
import type { MatchList } from '../model/find.ts';
import { matchesOnLine } from '../model/find.ts';
import type { LogLayout } from '../model/layout.ts';
import { problemKind } from '../model/problems.ts';
import { LogRow } from './log-row.tsx';
import type { LogVirtualizer } from './use-log-virtualizer.ts';
import styles from './log-viewer.module.css';

export interface LogLinesProps {
  readonly label: string;
  readonly lines: readonly string[];
  readonly layout: LogLayout;
  readonly virtualizer: LogVirtualizer;
  readonly scrollRef: Ref<HTMLDivElement>;
  readonly wrap: boolean;
  /** 0-based. */
  readonly selectedIndex: number | undefined;
  readonly list: MatchList;
  readonly current: number;
  readonly lineHref: (line: number) => string;
  readonly onSelect: (lineNumber: number) => void;
  readonly onScroll: (element: HTMLElement) => void;
}

/** The scrolling region: only the rows in view are rendered. */
export function LogLines(props: LogLinesProps) {
  const {
    label,
    lines,
    layout,
    virtualizer,
    scrollRef,
    wrap,
    selectedIndex,
    list,
    current,
    lineHref,
    onSelect,
    onScroll,
  } = props;
  const digits = Math.max(3, String(lines.length).length);
  const currentLine = list.matches[current]?.line;
  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      role="region"
      aria-label={label}
      // The region scrolls with the keyboard once focused.
      tabIndex={0}
      onScroll={(event) => onScroll(event.currentTarget)}
    >
      <div
        className={`${styles.rows} ${wrap ? styles.wrap : ''}`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const line = layout.rowLine(item.index);
          const rowStart = layout.rowStart(item.index);
          const text = (lines[line] ?? '').slice(rowStart, layout.rowEnd(item.index));
          const [matchFrom, matchTo] =
            list.matches.length === 0 ? [0, 0] : matchesOnLine(list.matches, line);
          return (
            <LogRow
              key={item.key}
              index={item.index}
              start={item.start}
              measureRef={wrap ? virtualizer.measureElement : undefined}
              text={text}
              lineNumber={line + 1}
              rowStart={rowStart}
              selected={line === selectedIndex}
              problem={problemKind(text) !== undefined}
              matches={list.matches}
              matchFrom={matchFrom}
              matchTo={matchTo}
              currentMatch={line === currentLine ? current : -1}
              digits={digits}
              href={lineHref(line + 1)}
              onSelect={onSelect}
            />
          );
        })}
      </div>
    </div>
  );
}
