import type { MatchList } from './find.ts';
import {
  isFromSearchWorker,
  unpackMatches,
  type FromSearchWorker,
  type ToSearchWorker,
} from './regex-search-protocol.ts';

/** How long (ms) a regex may run over a log before its worker is stopped. */
export const REGEX_SEARCH_BUDGET_MS = 2000;

/** The part of a Worker the searcher uses; tests pass a fake. */
export interface SearchWorkerPort {
  postMessage(message: ToSearchWorker): void;
  terminate(): void;
}

export interface SearchWorkerEvents {
  message(data: unknown): void;
  /** The worker failed to load or crashed. */
  error(): void;
}

export type CreateSearchWorker = (events: SearchWorkerEvents) => SearchWorkerPort;

/** Runs `callback` after `ms`; returns what cancels it. Tests pass a manual clock. */
export type Schedule = (callback: () => void, ms: number) => () => void;

const realSchedule: Schedule = (callback, ms) => {
  const handle = setTimeout(callback, ms);
  return () => clearTimeout(handle);
};

export interface RegexSearchRequest {
  readonly lines: readonly string[];
  /** `lines` keep the first `keep` of these: a worker holding them is sent only the rest. */
  readonly extends?: { readonly lines: readonly string[]; readonly keep: number } | undefined;
  readonly regex: RegExp;
  readonly fromLine: number;
  readonly limit: number;
}

export type RegexSearchOutcome =
  | { readonly kind: 'done'; readonly list: MatchList }
  /** The pattern ran longer than the budget and its worker was stopped. */
  | { readonly kind: 'timeout'; readonly budgetMs: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface RegexSearcher {
  /**
   * Searches in the worker; `onOutcome` is called once, later, unless the search is cancelled first —
   * by the returned function, a newer search or `dispose`. A search cancelled while it runs stops its
   * worker (a runaway pattern cannot be interrupted otherwise); the next search starts a new one.
   */
  search(request: RegexSearchRequest, onOutcome: (outcome: RegexSearchOutcome) => void): () => void;
  dispose(): void;
}

export interface RegexSearcherOptions {
  readonly createWorker: CreateSearchWorker;
  readonly schedule?: Schedule;
  readonly budgetMs?: number;
}

interface LiveWorker {
  readonly port: SearchWorkerPort;
  /** The lines the worker holds (by identity), once sent. */
  holds: readonly string[] | undefined;
}

interface ActiveSearch {
  readonly id: number;
  readonly onOutcome: (outcome: RegexSearchOutcome) => void;
  stopBudget?: () => void;
}

/** Regex find in a worker with a time budget: a pattern that exceeds it is stopped, never waited for. */
export function createRegexSearcher({
  createWorker,
  schedule = realSchedule,
  budgetMs = REGEX_SEARCH_BUDGET_MS,
}: RegexSearcherOptions): RegexSearcher {
  let worker: LiveWorker | undefined;
  let active: ActiveSearch | undefined;
  let nextId = 1;

  const stopWorker = () => {
    worker?.port.terminate();
    worker = undefined;
  };
  const settle = (outcome?: RegexSearchOutcome) => {
    const search = active;
    active = undefined;
    search?.stopBudget?.();
    if (outcome) search?.onOutcome(outcome);
  };

  const onMessage = (data: FromSearchWorker) => {
    const search = active;
    if (search?.id !== data.id) return;
    if (data.type === 'started') {
      search.stopBudget = schedule(() => {
        if (active !== search) return;
        stopWorker();
        settle({ kind: 'timeout', budgetMs });
      }, budgetMs);
    } else if (data.type === 'done') {
      settle({
        kind: 'done',
        list: { matches: unpackMatches(data.matches), truncated: data.truncated },
      });
    } else {
      settle({ kind: 'failed', message: data.message });
    }
  };

  const startWorker = (): LiveWorker => {
    // Events of a worker already stopped (a fake may still send them) are not this search's.
    const live: { current?: LiveWorker } = {};
    const port = createWorker({
      message: (data) => {
        if (worker !== undefined && worker === live.current && isFromSearchWorker(data))
          onMessage(data);
      },
      error: () => {
        if (worker === undefined || worker !== live.current) return;
        stopWorker();
        settle({ kind: 'failed', message: 'The search worker stopped unexpectedly.' });
      },
    });
    live.current = { port, holds: undefined };
    return live.current;
  };

  const send = (live: LiveWorker, request: RegexSearchRequest, id: number) => {
    if (live.holds !== request.lines) {
      const grown = request.extends;
      if (grown !== undefined && live.holds === grown.lines)
        live.port.postMessage({
          type: 'lines',
          keep: grown.keep,
          lines: request.lines.slice(grown.keep),
        });
      else live.port.postMessage({ type: 'lines', keep: 0, lines: request.lines });
      live.holds = request.lines;
    }
    live.port.postMessage({
      type: 'search',
      id,
      source: request.regex.source,
      flags: request.regex.flags,
      fromLine: request.fromLine,
      limit: request.limit,
    });
  };

  return {
    search(request, onOutcome) {
      // A search still running may never end: its worker goes, and this one gets a fresh one.
      if (active !== undefined) {
        stopWorker();
        settle();
      }
      const id = nextId++;
      const search: ActiveSearch = { id, onOutcome };
      active = search;
      try {
        worker ??= startWorker();
        send(worker, request, id);
      } catch (error) {
        stopWorker();
        const message = error instanceof Error ? error.message : String(error);
        queueMicrotask(() => {
          if (active === search) settle({ kind: 'failed', message });
        });
      }
      return () => {
        if (active !== search) return;
        stopWorker();
        settle();
      };
    },
    dispose() {
      stopWorker();
      settle();
    },
  };
}
