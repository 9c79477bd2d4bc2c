import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { LogFind } from '../model/find.ts';
import type { LogLayout } from '../model/layout.ts';
import type { LogFindState } from './use-log-find.ts';
import type { LogVirtualizer } from './use-log-virtualizer.ts';

interface RevealOptions {
  readonly virtualizer: LogVirtualizer;
  readonly layout: LogLayout;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly search: LogFindState;
  /** The selected line's first row, when a line is selected and in the log. */
  readonly selectedRow: number | undefined;
}

/** A request to show the current match once the matches for `find` (if given) are in. */
interface MatchRequest {
  readonly find: LogFind | undefined;
}

/** Centres a row that is out of view (with its surroundings, like browser find); leaves a visible one alone. */
function revealRow(virtualizer: LogVirtualizer, row: number): void {
  if (virtualizer.getOffsetForIndex(row, 'auto')?.[1] === 'auto') return;
  virtualizer.scrollToIndex(row, { align: 'center' });
}

function sameFind(a: LogFind, b: LogFind): boolean {
  return a.query === b.query && a.regex === b.regex && a.matchCase === b.matchCase;
}

/**
 * Scrolling to what the user asked for: the selected line (centred on load, then only when it is
 * out of view), the current match after a search or a step (also sideways, to the match in a long
 * line), or a row (Jump to error). What is out of view is centred, so its surroundings show.
 */
export function useReveal({ virtualizer, layout, scrollRef, search, selectedRow }: RevealOptions) {
  const centred = useRef(false);
  // A permalinked line, centred in the log on load, must also be in the window: the log's own box
  // may start low on a short screen (nothing else scrolls the page after a reload).
  const linePending = useRef(false);
  useLayoutEffect(() => {
    if (selectedRow === undefined) return;
    if (centred.current) revealRow(virtualizer, selectedRow);
    else {
      virtualizer.scrollToIndex(selectedRow, { align: 'center' });
      linePending.current = true;
    }
    centred.current = true;
  }, [selectedRow, virtualizer]);

  const [request, setRequest] = useState<MatchRequest | null>(null);
  const handled = useRef<MatchRequest | null>(null);
  const markPending = useRef(false);
  const target = search.list.matches[search.current];
  const targetRow = target ? layout.rowAt(target.line, target.start) : undefined;
  const ready =
    request !== null &&
    !search.stale &&
    (request.find === undefined || sameFind(request.find, search.searched));
  useLayoutEffect(() => {
    if (!ready || handled.current === request) return;
    handled.current = request;
    if (targetRow === undefined) return;
    revealRow(virtualizer, targetRow);
    markPending.current = true;
  }, [ready, request, targetRow, virtualizer]);

  // After every render: once the selected line is drawn after a load, bring it into the window.
  useEffect(() => {
    if (!linePending.current) return;
    const line = scrollRef.current?.querySelector('[aria-current="location"]');
    if (!line) return;
    linePending.current = false;
    line.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  // After every render: once the current match is drawn, bring it into view sideways too.
  useEffect(() => {
    if (!markPending.current) return;
    const mark = scrollRef.current?.querySelector('mark[data-current]');
    if (!mark) return;
    markPending.current = false;
    mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  return {
    /** Show the current match as soon as the matches of `find` (default: the current query) are known. */
    requestMatch: (find?: LogFind) => setRequest({ find }),
    /** Brings a row into view (centred when it was out of view). */
    showRow: (row: number) => revealRow(virtualizer, row),
  };
}
