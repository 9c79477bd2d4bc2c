import { NO_FIND, type LogFind } from './find.ts';

/**
 * The search parameters a page can use for the log viewer's URL state. The route owns the URL;
 * these helpers only read and write the viewer's part of it, keeping every other parameter.
 */
export const LOG_URL_KEYS = {
  line: 'line',
  find: 'find',
  regex: 'regex',
  matchCase: 'case',
} as const;

export interface LogUrlState {
  /** 1-based, as shown in the gutter; undefined when no line is selected. */
  readonly selectedLine: number | undefined;
  readonly find: LogFind;
}

/** A positive integer, or undefined for anything else ("0", "-3", "2.5", "abc"). */
function parseLine(value: string | null): number | undefined {
  if (value === null || !/^[1-9]\d{0,8}$/.test(value)) return undefined;
  return Number(value);
}

export function readLogUrlState(params: URLSearchParams): LogUrlState {
  return {
    selectedLine: parseLine(params.get(LOG_URL_KEYS.line)),
    find: {
      query: params.get(LOG_URL_KEYS.find) ?? NO_FIND.query,
      regex: params.get(LOG_URL_KEYS.regex) === '1',
      matchCase: params.get(LOG_URL_KEYS.matchCase) === '1',
    },
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | undefined): void {
  if (value === undefined || value === '') params.delete(key);
  else params.set(key, value);
}

/** A copy of `params` with the selected line set (or removed). */
export function withLogLine(params: URLSearchParams, line: number | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  setOrDelete(next, LOG_URL_KEYS.line, line === undefined ? undefined : String(line));
  return next;
}

/** A copy of `params` with the find state set; defaults are left out of the URL. */
export function withLogFind(params: URLSearchParams, find: LogFind): URLSearchParams {
  const next = new URLSearchParams(params);
  setOrDelete(next, LOG_URL_KEYS.find, find.query);
  setOrDelete(next, LOG_URL_KEYS.regex, find.regex ? '1' : undefined);
  setOrDelete(next, LOG_URL_KEYS.matchCase, find.matchCase ? '1' : undefined);
  return next;
}

/** A copy of `params` without any of the viewer's state (e.g. when another node is selected). */
export function withoutLogState(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.values(LOG_URL_KEYS)) next.delete(key);
  return next;
}
