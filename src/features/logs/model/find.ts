/** What the user searches for; it lives in the URL (see url-state.ts). */
export interface LogFind {
  readonly query: string;
  /** The query is a regular expression (JavaScript syntax), not plain text. */
  readonly regex: boolean;
  readonly matchCase: boolean;
}

export const NO_FIND: LogFind = { query: '', regex: false, matchCase: false };

export type FindPattern =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'valid'; readonly regex: RegExp };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Invalid regular expression: /(/gi: Unterminated group" → "Unterminated group". */
function regexProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.slice(message.lastIndexOf(': ') + 2).trim();
  return `Invalid regular expression: ${detail || message}`;
}

/** Turns the find state into a global RegExp, or says why it cannot. Never throws. */
export function compileFind(find: LogFind): FindPattern {
  if (find.query === '') return { kind: 'empty' };
  const source = find.regex ? find.query : escapeRegExp(find.query);
  try {
    return { kind: 'valid', regex: new RegExp(source, find.matchCase ? 'g' : 'gi') };
  } catch (error) {
    return { kind: 'invalid', message: regexProblem(error) };
  }
}

/** A match: 0-based line, and [start, end) character offsets in it. */
export interface LogMatch {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface MatchList {
  /** In reading order: by line, then by start. */
  readonly matches: readonly LogMatch[];
  /** More matches exist than were collected. */
  readonly truncated: boolean;
}

export const MAX_MATCHES = 50_000;
export const NO_MATCHES: MatchList = { matches: [], truncated: false };

/**
 * Every non-empty match of the pattern, line by line (from `fromLine`), up to `limit`. Empty matches (`^`, `a*`) are
 * skipped: they cannot be highlighted or stepped through.
 */
export function findMatches(
  lines: readonly string[],
  pattern: FindPattern,
  limit: number = MAX_MATCHES,
  fromLine = 0,
): MatchList {
  if (pattern.kind !== 'valid') return NO_MATCHES;
  const regex = new RegExp(
    pattern.regex.source,
    pattern.regex.flags.includes('g') ? pattern.regex.flags : `${pattern.regex.flags}g`,
  );
  const matches: LogMatch[] = [];
  for (let line = fromLine; line < lines.length; line++) {
    const text = lines[line] ?? '';
    regex.lastIndex = 0;
    for (let found = regex.exec(text); found !== null; found = regex.exec(text)) {
      if (found[0] === '') {
        regex.lastIndex = found.index + 1;
        if (regex.lastIndex > text.length) break;
        continue;
      }
      if (matches.length === limit) return { matches, truncated: true };
      matches.push({ line, start: found.index, end: found.index + found[0].length });
    }
  }
  return { matches, truncated: false };
}

/** Index of the first match on `line` or after it (matches.length when there is none). */
export function lowerBound(matches: readonly LogMatch[], line: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((matches[mid]?.line ?? Infinity) < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The [from, to) indices of the matches on one line. */
export function matchesOnLine(
  matches: readonly LogMatch[],
  line: number,
): readonly [number, number] {
  return [lowerBound(matches, line), lowerBound(matches, line + 1)];
}

/**
 * The match at a position or the first one after it, wrapping to the top; -1 when there are none.
 * Finds "the same match" again after the log grew or the list was rebuilt.
 */
export function matchAtOrAfter(matches: readonly LogMatch[], line: number, start: number): number {
  if (matches.length === 0) return -1;
  let index = lowerBound(matches, line);
  while (
    index < matches.length &&
    matches[index]?.line === line &&
    (matches[index]?.start ?? 0) < start
  )
    index++;
  return index === matches.length ? 0 : index;
}

/** The match to start at: the first one on `line` or below it, wrapping to the top; -1 when none. */
export function firstMatchFrom(matches: readonly LogMatch[], line: number): number {
  return matchAtOrAfter(matches, line, 0);
}

/** The next (+1) or previous (-1) match, wrapping around at both ends; -1 when there are none. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

const number = new Intl.NumberFormat('en-US');

/** Where a search is: `ready` when its matches are known (or nothing is searched). */
export type FindProgress = 'ready' | 'searching' | 'stopped' | 'failed';

/** "3 of 120", "1 of 50,000+", "No matches", "Searching…", "Stopped"; empty while nothing is searched. */
export function matchCountLabel(
  current: number,
  list: MatchList,
  pattern: FindPattern,
  progress: FindProgress = 'ready',
): string {
  if (pattern.kind !== 'valid') return '';
  if (progress === 'searching') return 'Searching…';
  if (progress === 'stopped') return 'Stopped';
  if (progress === 'failed') return 'Search failed';
  const count = list.matches.length;
  if (count === 0) return 'No matches';
  const total = `${number.format(count)}${list.truncated ? '+' : ''}`;
  return current < 0 ? `${total} matches` : `${number.format(current + 1)} of ${total}`;
}

/** Why a regex search was stopped, naming the pattern, and what to do about it. */
export function stoppedSearchMessage(query: string, budgetMs: number): string {
  const seconds = number.format(budgetMs / 1000);
  return `Stopped: the regular expression ${query} took longer than ${seconds} s on this log. Simplify it: nested repetition such as (a+)+ or (.+)+ can take exponentially long.`;
}
