import { useDeferredValue, useMemo, useState } from 'react';
import {
  compileFind,
  matchAtOrAfter,
  stepMatch,
  type FindPattern,
  type LogFind,
  type LogMatch,
  type MatchList,
} from '../model/find.ts';
import { findLogMatches, type LogLines } from '../model/log-lines.ts';

/** Where the user is in the match list: a position in the log, so it survives a growing log. */
interface Cursor {
  readonly line: number;
  readonly start: number;
}

export interface LogFindState {
  /** The find state the matches are for (lags the URL's while a new search is computed). */
  readonly searched: LogFind;
  readonly pattern: FindPattern;
  readonly list: MatchList;
  /** Index of the current match, or -1. */
  readonly current: number;
  /** The matches shown are for an older query; newer ones are being computed. */
  readonly stale: boolean;
  /** Moves to the next or previous match (wrapping) and returns it. */
  step(direction: 1 | -1): LogMatch | undefined;
  /** Restarts the search at a line (0-based), e.g. the top of the view when the query changes. */
  restartAt(line: number): void;
}

/**
 * Find over the log's lines. The query itself lives in the URL (the `find` prop); this keeps only
 * the current position. Matching runs on a deferred copy of the query, so typing stays responsive
 * on a 100,000-line log.
 */
export function useLogFind(log: LogLines, find: LogFind, startLine: number): LogFindState {
  const query = useDeferredValue(find.query);
  const regex = useDeferredValue(find.regex);
  const matchCase = useDeferredValue(find.matchCase);
  const pattern = useMemo(
    () => compileFind({ query, regex, matchCase }),
    [query, regex, matchCase],
  );
  // A log that grew is searched only in its new lines.
  const list = useMemo(() => findLogMatches(log, pattern), [log, pattern]);
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const matches = list.matches;
  const current = matchAtOrAfter(matches, cursor?.line ?? startLine, cursor?.start ?? 0);
  return {
    searched: { query, regex, matchCase },
    pattern,
    list,
    current,
    stale: query !== find.query || regex !== find.regex || matchCase !== find.matchCase,
    step: (direction) => {
      const match = matches[stepMatch(current, matches.length, direction)];
      if (match) setCursor({ line: match.line, start: match.start });
      return match;
    },
    restartAt: (line) => {
      setCursor({ line, start: 0 });
    },
  };
}
