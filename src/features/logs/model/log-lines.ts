import { findMatches, lowerBound, MAX_MATCHES, type FindPattern, type MatchList } from './find.ts';
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

/** `findMatches` over the log; when it extends a log already searched for `pattern`, only the new lines are searched. */
export function findLogMatches(
  log: LogLines,
  pattern: FindPattern,
  limit: number = MAX_MATCHES,
): MatchList {
  const cached = matchCache.get(log.lines);
  if (cached?.pattern === pattern) return cached.list;
  const earlier = log.extends === undefined ? undefined : matchCache.get(log.extends.lines);
  let list: MatchList;
  if (log.extends !== undefined && earlier?.pattern === pattern && !earlier.list.truncated) {
    const keepCount = lowerBound(earlier.list.matches, log.extends.keep);
    const kept =
      keepCount === earlier.list.matches.length
        ? earlier.list.matches
        : earlier.list.matches.slice(0, keepCount);
    const more = findMatches(log.lines, pattern, limit - kept.length, log.extends.keep);
    list =
      more.matches.length === 0 && !more.truncated
        ? { matches: kept, truncated: false }
        : { matches: kept.concat(more.matches), truncated: more.truncated };
  } else {
    list = findMatches(log.lines, pattern, limit);
  }
  matchCache.set(log.lines, { pattern, list });
  return list;
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
