import {
  findMatches,
  lowerBound,
  MAX_MATCHES,
  type FindPattern,
  type LogMatch,
  type MatchList,
} from './find.ts';
import { problemOf, scanProblems, type LogProblem, type ProblemScan } from './problems.ts';
import { splitLogLines } from './split-lines.ts';

/**
 * A log split into lines, knowing which lines a longer copy of the same log keeps. A running task's
 * log is read whole every few seconds (the KFP log API has no tail); when the new text starts with
 * the old one, only the appended part is split, searched and scanned for errors.
 */
export interface LogLines {
  readonly text: string;
  readonly lines: readonly string[];
  /** Length of `text` up to and including its last newline. */
  readonly cut: number;
  /** The lines of text[0, cut): final whatever is appended. A line after them is still being written. */
  readonly finalLines: number;
  /** These lines extend an earlier split: its `lines`, whose first `keep` are the same here. */
  readonly extends?: { readonly lines: readonly string[]; readonly keep: number };
}

function withCut(text: string, lines: readonly string[], extended?: LogLines['extends']): LogLines {
  const cut = text.lastIndexOf('\n') + 1;
  // The unfinished line after the last newline is a line unless it is all control characters.
  const finalLines = lines.length - (cut < text.length ? splitLogLines(text.slice(cut)).length : 0);
  return extended === undefined
    ? { text, lines, cut, finalLines }
    : { text, lines, cut, finalLines, extends: extended };
}

/** Splits `text`, reusing the final lines of `previous` when `text` continues it. */
export function splitLog(text: string, previous?: LogLines): LogLines {
  if (
    previous === undefined ||
    previous.cut === 0 ||
    text.length < previous.cut ||
    text.slice(0, previous.cut) !== previous.text.slice(0, previous.cut)
  ) {
    return withCut(text, splitLogLines(text));
  }
  const lines = previous.lines.slice(0, previous.finalLines);
  // Lines after a newline do not depend on what came before it: the tail splits on its own.
  for (const line of splitLogLines(text.slice(previous.cut))) lines.push(line);
  return withCut(text, lines, { lines: previous.lines, keep: previous.finalLines });
}

const matchCache = new WeakMap<
  readonly string[],
  { readonly pattern: FindPattern; readonly list: MatchList }
>();

/** The matches of `pattern` in this log, when it was searched for it. */
export function knownLogMatches(log: LogLines, pattern: FindPattern): MatchList | undefined {
  const cached = matchCache.get(log.lines);
  return cached?.pattern === pattern ? cached.list : undefined;
}

/** What a search of a log for a pattern still needs: nothing (known), or the lines from `fromLine`. */
export type LogSearchPlan =
  | { readonly kind: 'known'; readonly list: MatchList }
  | {
      readonly kind: 'search';
      /** Search from this line (0-based) to the end … */
      readonly fromLine: number;
      /** … for at most this many matches … */
      readonly limit: number;
      /** … to be appended to these, kept from the search of the log this one extends. */
      readonly kept: readonly LogMatch[];
    };

/**
 * What is left to search: nothing when this log was searched for `pattern`; only the new lines when it
 * extends a log searched for it (the matches on lines it keeps stay); else the whole log.
 */
export function planLogSearch(
  log: LogLines,
  pattern: FindPattern,
  limit: number = MAX_MATCHES,
): LogSearchPlan {
  const known = knownLogMatches(log, pattern);
  if (known) return { kind: 'known', list: known };
  const earlier = log.extends === undefined ? undefined : matchCache.get(log.extends.lines);
  if (log.extends !== undefined && earlier?.pattern === pattern && !earlier.list.truncated) {
    const keepCount = lowerBound(earlier.list.matches, log.extends.keep);
    const kept =
      keepCount === earlier.list.matches.length
        ? earlier.list.matches
        : earlier.list.matches.slice(0, keepCount);
    return { kind: 'search', fromLine: log.extends.keep, limit: limit - kept.length, kept };
  }
  return { kind: 'search', fromLine: 0, limit, kept: [] };
}

/** The whole log's matches from a plan's kept ones and what the search found (remembered for the log). */
export function recordLogSearch(
  log: LogLines,
  pattern: FindPattern,
  kept: readonly LogMatch[],
  more: MatchList,
): MatchList {
  const list =
    more.matches.length === 0 && !more.truncated
      ? { matches: kept, truncated: false }
      : { matches: kept.concat(more.matches), truncated: more.truncated };
  matchCache.set(log.lines, { pattern, list });
  return list;
}

/** `findMatches` over the log; when it extends a log already searched for `pattern`, only the new lines are searched. */
export function findLogMatches(
  log: LogLines,
  pattern: FindPattern,
  limit: number = MAX_MATCHES,
): MatchList {
  const plan = planLogSearch(log, pattern, limit);
  if (plan.kind === 'known') return plan.list;
  const more = findMatches(log.lines, pattern, plan.limit, plan.fromLine);
  return recordLogSearch(log, pattern, plan.kept, more);
}

/** The scan of each split's final lines, for the split that extends it. */
const scanCache = new WeakMap<readonly string[], ProblemScan>();

/** `findFirstProblem` over the log, scanning only the lines an earlier split had not made final. */
export function firstProblemIn(log: LogLines): LogProblem | undefined {
  const earlier = log.extends === undefined ? undefined : scanCache.get(log.extends.lines);
  const from = earlier === undefined || log.extends === undefined ? 0 : log.extends.keep;
  const final = scanProblems(log.lines, from, log.finalLines, earlier);
  scanCache.set(log.lines, final);
  return problemOf(scanProblems(log.lines, log.finalLines, log.lines.length, final));
}
