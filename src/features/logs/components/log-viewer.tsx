import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EmptyState } from '@/components/states';
import { matchCountLabel, type LogFind } from '../model/find.ts';
import { logFileName } from '../model/file-name.ts';
import { layoutLines } from '../model/layout.ts';
import { firstProblemIn, splitLog } from '../model/log-lines.ts';
import { downloadText } from './download.ts';
import { FindBar } from './find-bar.tsx';
import { LogLines } from './log-lines.tsx';
import { LogToolbar } from './log-toolbar.tsx';
import { useCopyLineLink } from './use-copy-line-link.ts';
import { useFindDraft } from './use-find-draft.ts';
import { useFollow } from './use-follow.ts';
import { useLogFind } from './use-log-find.ts';
import { useLogVirtualizer } from './use-log-virtualizer.ts';
import { useReveal } from './use-reveal.ts';
import styles from './log-viewer.module.css';

/** The URL state of the viewer, owned by the page that embeds it. */
export interface LogUrlProps {
  /** 1-based selected line (`?line=`), or undefined. */
  readonly selectedLine: number | undefined;
  /** Called with the 1-based line the user selected (a click on its number, "Jump to error"). */
  readonly onSelectLine: (line: number) => void;
  /** The find query and its toggles (`?find=&regex=&case=`). */
  readonly find: LogFind;
  readonly onFindChange: (find: LogFind) => void;
  /** The page URL that shows a line (the permalink behind each line number and "Copy line link"). */
  readonly lineHref: (line: number) => string;
}

export interface LogViewerProps extends LogUrlProps {
  /** The log as the server sent it (downloads get exactly this). */
  readonly text: string;
  /** Names the log for screen readers and the downloaded file. */
  readonly podName: string;
  /** The task still runs: offer follow mode and say that more output may come. */
  readonly running: boolean;
}

function isFindShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
}

/** A log: virtualized for 100,000+ lines, with its own find, line permalinks, follow, wrap and download. */
export function LogViewer(props: LogViewerProps) {
  const { text, podName, running, selectedLine, onSelectLine, find, onFindChange, lineHref } =
    props;
  // A running task's log comes back whole and longer every few seconds: only the new part is split.
  const [split, setSplit] = useState(() => splitLog(text));
  let log = split;
  if (split.text !== text) {
    log = splitLog(text, split);
    setSplit(log);
  }
  const { lines } = log;
  const layout = useMemo(() => layoutLines(lines), [lines]);
  const problem = useMemo(() => firstProblemIn(log), [log]);
  const [wrap, setWrap] = useState(false);
  const { scrollRef, virtualizer } = useLogVirtualizer(layout.rowCount, wrap);
  const findInput = useRef<HTMLInputElement>(null);
  const selectedIndex =
    selectedLine !== undefined && selectedLine <= lines.length ? selectedLine - 1 : undefined;
  const follow = useFollow(virtualizer, layout.rowCount, running, selectedLine === undefined);
  // Keystrokes search at once; the URL gets the query when typing pauses.
  const draft = useFindDraft(find, onFindChange);
  const search = useLogFind(log, draft.find, selectedIndex ?? 0);
  const reveal = useReveal({
    virtualizer,
    layout,
    scrollRef,
    search,
    selectedRow: selectedIndex === undefined ? undefined : layout.firstRow(selectedIndex),
  });
  const copy = useCopyLineLink(lineHref);

  const { stop } = follow;
  const selectLine = useCallback(
    (line: number) => {
      stop();
      onSelectLine(line);
    },
    [stop, onSelectLine],
  );

  const topLine = () =>
    layout.rowLine(
      virtualizer.getVirtualItems().find((item) => item.end > (virtualizer.scrollOffset ?? 0))
        ?.index ?? 0,
    );
  const changeFind = (next: LogFind) => {
    search.restartAt(topLine());
    reveal.requestMatch(next);
    draft.change(next);
  };
  const step = (direction: 1 | -1) => {
    draft.flush();
    if (search.step(direction)) {
      follow.stop();
      reveal.requestMatch();
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isFindShortcut(event)) {
      event.preventDefault();
      findInput.current?.focus();
      findInput.current?.select();
    } else if (event.key === 'F3') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };

  if (lines.length === 0) {
    return (
      <EmptyState
        title="No output yet"
        message={
          running
            ? 'The task has not written to its log yet. New lines show up here as they arrive.'
            : 'The task finished without writing to its log.'
        }
      />
    );
  }

  return (
    <div className={styles.viewer} onKeyDown={onKeyDown}>
      <LogToolbar
        lineCount={lines.length}
        running={running}
        following={follow.following}
        onFollow={follow.follow}
        wrap={wrap}
        onWrapChange={setWrap}
        problem={problem}
        onJumpToProblem={() => {
          if (!problem) return;
          selectLine(problem.line + 1);
          reveal.showRow(layout.firstRow(problem.line));
        }}
        selectedLine={selectedIndex === undefined ? undefined : selectedIndex + 1}
        onCopyLink={() => {
          if (selectedIndex !== undefined) copy.copy(selectedIndex + 1);
        }}
        onDownload={() => downloadText(text, logFileName(podName))}
      />
      <FindBar
        find={draft.find}
        onFindChange={changeFind}
        invalid={search.pattern.kind === 'invalid'}
        problem={search.pattern.kind === 'invalid' ? search.pattern.message : search.problem}
        countLabel={matchCountLabel(search.current, search.list, search.pattern, search.progress)}
        hasMatches={search.list.matches.length > 0}
        onStep={step}
        onLeave={() => scrollRef.current?.focus()}
        inputRef={findInput}
      />
      <LogLines
        label={`Log of ${podName}`}
        lines={lines}
        layout={layout}
        virtualizer={virtualizer}
        scrollRef={scrollRef}
        wrap={wrap}
        selectedIndex={selectedIndex}
        list={search.list}
        current={search.current}
        lineHref={lineHref}
        onSelect={selectLine}
        onScroll={follow.onScroll}
      />
      <p className={styles.status} role="status" aria-live="polite">
        {copy.message}
      </p>
    </div>
  );
}
