import { useDeferredValue, useMemo, useState } from 'react';
import {
  compileFind,
  matchAtOrAfter,
  NO_MATCHES,
  stepMatch,
  stoppedSearchMessage,
  type FindPattern,
  type FindProgress,
  type LogFind,
  type LogMatch,
  type MatchList,
} from '../model/find.ts';
import { findLogMatches, type LogLines } from '../model/log-lines.ts';
import { useRegexSearch, type RegexSearchState } from './use-regex-search.ts';

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
  readonly progress: FindProgress;
  /** Why there are no matches to show: the regex ran too long and was stopped, or could not run. */
  readonly problem: string | undefined;
  /** Index of the current match, or -1. */
  readonly current: number;
  /** The matches shown are for an older query; newer ones are being computed. */
  readonly stale: boolean;
  /** Moves to the next or previous match (wrapping) and returns it. */
  step(direction: 1 | -1): LogMatch | undefined;
  /** Restarts the search at a line (0-based), e.g. the top of the view when the query changes. */
  restartAt(line: number): void;
}

interface Found {
  readonly list: MatchList;
  readonly progress: FindProgress;
  readonly problem: string | undefined;
}

function fromWorker(state: RegexSearchState, query: string): Found {
  switch (state.status) {
    case 'idle':
      return { list: NO_MATCHES, progress: 'ready', problem: undefined };
    case 'done':
      return { list: state.list, progress: 'ready', problem: undefined };
    case 'searching':
      // The last matches stay drawn meanwhile; a grown log keeps its count, a new query says it searches.
      return {
        list: state.previous ?? NO_MATCHES,
        progress: state.same ? 'ready' : 'searching',
        problem: undefined,
      };
    case 'stopped':
      return {
        list: NO_MATCHES,
        progress: 'stopped',
        problem: stoppedSearchMessage(query, state.budgetMs),
      };
    case 'failed':
      return {
        list: NO_MATCHES,
        progress: 'failed',
        problem: `The search could not run: ${state.message}`,
      };
  }
}

/**
 * Find over the log's lines. The query itself lives in the URL (the `find` prop); this keeps only
 * the current position. Plain text is matched here, on a deferred copy of the query (linear, and
 * typing stays responsive on a 100,000-line log); a regular expression can take exponential time, so
 * it runs in a worker that is stopped when it exceeds its budget (`use-regex-search.ts`).
 */
export function useLogFind(log: LogLines, find: LogFind, startLine: number): LogFindState {
  const query = useDeferredValue(find.query);
  const regex = useDeferredValue(find.regex);
  const matchCase = useDeferredValue(find.matchCase);
  const pattern = useMemo(
    () => compileFind({ query, regex, matchCase }),
    [query, regex, matchCase],
  );
  const inWorker = regex && pattern.kind === 'valid';
  // A log that grew is searched only in its new lines.
  const local = useMemo(
    () => (inWorker ? undefined : findLogMatches(log, pattern)),
    [inWorker, log, pattern],
  );
  const remote = useRegexSearch(log, inWorker ? pattern : undefined);
  const found: Found =
    local === undefined
      ? fromWorker(remote, query)
      : { list: local, progress: 'ready', problem: undefined };
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const { list } = found;
  const matches = list.matches;
  const current = matchAtOrAfter(matches, cursor?.line ?? startLine, cursor?.start ?? 0);
  return {
    searched: { query, regex, matchCase },
    pattern,
    list,
    progress: found.progress,
    problem: found.problem,
    current,
    stale:
      remote.status === 'searching' ||
      query !== find.query ||
      regex !== find.regex ||
      matchCase !== find.matchCase,
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
