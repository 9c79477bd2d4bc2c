import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { FindPattern, MatchList } from '../model/find.ts';
import {
  knownLogMatches,
  planLogSearch,
  recordLogSearch,
  type LogLines,
} from '../model/log-lines.ts';
import { createRegexSearcher, type RegexSearcher } from '../model/regex-search-client.ts';
import { SearchWorkerContext } from './search-worker-context.ts';

export type RegexSearchState =
  | { readonly status: 'idle' }
  /** `previous`: the last matches found (for an older query, or for this one before the log grew). */
  | {
      readonly status: 'searching';
      readonly previous: MatchList | undefined;
      readonly same: boolean;
    }
  | { readonly status: 'done'; readonly list: MatchList }
  | { readonly status: 'stopped'; readonly budgetMs: number }
  | { readonly status: 'failed'; readonly message: string };

type Settled =
  | { readonly kind: 'done'; readonly list: MatchList }
  | { readonly kind: 'timeout'; readonly budgetMs: number }
  | { readonly kind: 'failed'; readonly message: string };

interface Result {
  readonly pattern: FindPattern;
  readonly outcome: Settled;
}

/** One searcher (and worker) per viewer, made on first use and stopped when the viewer goes. */
function useSearcher(): () => RegexSearcher {
  const setup = useContext(SearchWorkerContext);
  const searcher = useRef<RegexSearcher | undefined>(undefined);
  useEffect(
    () => () => {
      searcher.current?.dispose();
      searcher.current = undefined;
    },
    [setup],
  );
  return useCallback(() => (searcher.current ??= createRegexSearcher(setup)), [setup]);
}

/**
 * Regex find over the log in a worker, under a time budget (`regex-search-client.ts`). A pattern that
 * was stopped or failed is not tried again as the log grows; a new query is. Pass no pattern for
 * searches that stay on this thread: a running regex search is then cancelled.
 */
export function useRegexSearch(log: LogLines, pattern: FindPattern | undefined): RegexSearchState {
  const searcher = useSearcher();
  const [result, setResult] = useState<Result | undefined>(undefined);
  const mine = result !== undefined && result.pattern === pattern ? result.outcome : undefined;
  const gaveUp = mine !== undefined && mine.kind !== 'done';
  const known = pattern === undefined ? undefined : knownLogMatches(log, pattern);

  useEffect(() => {
    if (pattern?.kind !== 'valid' || gaveUp) return;
    const plan = planLogSearch(log, pattern);
    if (plan.kind === 'known') return;
    return searcher().search(
      {
        lines: log.lines,
        extends: log.extends,
        regex: pattern.regex,
        fromLine: plan.fromLine,
        limit: plan.limit,
      },
      (outcome) => {
        setResult({
          pattern,
          outcome:
            outcome.kind === 'done'
              ? { kind: 'done', list: recordLogSearch(log, pattern, plan.kept, outcome.list) }
              : outcome,
        });
      },
    );
  }, [log, pattern, gaveUp, searcher]);

  if (pattern?.kind !== 'valid') return { status: 'idle' };
  if (known) return { status: 'done', list: known };
  if (mine?.kind === 'timeout') return { status: 'stopped', budgetMs: mine.budgetMs };
  if (mine?.kind === 'failed') return { status: 'failed', message: mine.message };
  return {
    status: 'searching',
    previous: result?.outcome.kind === 'done' ? result.outcome.list : undefined,
    same: mine !== undefined,
  };
}
