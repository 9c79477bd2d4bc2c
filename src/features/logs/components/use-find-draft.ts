import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogFind } from '../model/find.ts';

/** Typing pauses this long (ms) before the query is written to the URL. */
export const FIND_URL_DELAY_MS = 350;

function sameFind(a: LogFind, b: LogFind): boolean {
  return a.query === b.query && a.regex === b.regex && a.matchCase === b.matchCase;
}

/**
 * What the user typed, the URL value it was typed over and the value last sent to the URL (which
 * arrives a navigation later). While the URL says either, the draft is shown; any other URL value
 * is an outside change, and it wins.
 */
interface Draft {
  readonly value: LogFind;
  readonly base: LogFind;
  readonly sent: LogFind | undefined;
}

function holds(draft: Draft, url: LogFind): boolean {
  return sameFind(draft.base, url) || (draft.sent !== undefined && sameFind(draft.sent, url));
}

export interface FindDraft {
  /** What the find bar shows and what is searched: the user's latest input. */
  readonly find: LogFind;
  /** A new query is written to the URL once typing pauses; a toggle at once. */
  change(next: LogFind): void;
  /** Writes a query that is still waiting to the URL now (Enter, next/previous). */
  flush(): void;
}

/**
 * The find query between the keyboard and the URL. Every URL change is a router navigation that
 * re-renders the page (and would re-run any loader of its route), so keystrokes stay local and only a
 * pause in typing reaches `onFindChange`, which the page is expected to apply with history replace.
 * When the URL's find changes from outside (another node, back/forward) that value is shown instead.
 */
export function useFindDraft(
  urlFind: LogFind,
  onFindChange: (find: LogFind) => void,
  delayMs = FIND_URL_DELAY_MS,
): FindDraft {
  const [draft, setDraft] = useState<Draft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<Draft | undefined>(undefined);
  const report = useRef(onFindChange);
  const url = useRef(urlFind);
  useEffect(() => {
    report.current = onFindChange;
    url.current = urlFind;
  });
  // Leaving (e.g. another node was selected, which clears the log state) drops a query still waiting.
  useEffect(() => () => clearTimeout(timer.current), []);

  // The URL caught up with what was sent: from now on only that value holds the draft.
  if (
    draft?.sent !== undefined &&
    sameFind(draft.sent, urlFind) &&
    !sameFind(draft.base, urlFind)
  ) {
    setDraft({ value: draft.value, base: urlFind, sent: undefined });
  }
  const current = draft !== null && holds(draft, urlFind);
  const find = current ? draft.value : urlFind;

  const commit = useCallback((value: LogFind) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = undefined;
    setDraft({ value, base: url.current, sent: value });
    report.current(value);
  }, []);

  const change = (next: LogFind) => {
    if (sameFind(next, find)) return;
    if (next.regex !== find.regex || next.matchCase !== find.matchCase) {
      commit(next);
      return;
    }
    const typed = current
      ? { ...draft, value: next }
      : { value: next, base: urlFind, sent: undefined };
    setDraft(typed);
    pending.current = typed;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
  };

  /** Writes the waiting query, unless the URL changed from outside since it was typed. */
  function flush() {
    const typed = pending.current;
    pending.current = undefined;
    if (typed !== undefined && holds(typed, url.current)) commit(typed.value);
  }

  return { find, change, flush };
}
