import { isRecord } from '@/lib/parse/reader.ts';
import type { LogMatch } from './find.ts';

/**
 * Messages between the log viewer and its regex search worker (`regex-search-worker.ts`). The worker
 * keeps the log's lines, so a search sends only the pattern; a grown log sends only its new lines.
 */
export type ToSearchWorker =
  | {
      readonly type: 'lines';
      /** Keep this many of the lines the worker holds, then append `lines`. */
      readonly keep: number;
      readonly lines: readonly string[];
    }
  | {
      readonly type: 'search';
      readonly id: number;
      readonly source: string;
      readonly flags: string;
      readonly fromLine: number;
      readonly limit: number;
    };

export type FromSearchWorker =
  /** The search is about to run its pattern: the main thread's time budget starts now. */
  | { readonly type: 'started'; readonly id: number }
  /** Matches packed as [line, start, end] triples (transferred, not copied). */
  | {
      readonly type: 'done';
      readonly id: number;
      readonly matches: Int32Array;
      readonly truncated: boolean;
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

const isInt = (value: unknown): value is number => Number.isInteger(value);

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function isToSearchWorker(value: unknown): value is ToSearchWorker {
  if (!isRecord(value)) return false;
  if (value.type === 'lines') return isInt(value.keep) && isStringArray(value.lines);
  return (
    value.type === 'search' &&
    isInt(value.id) &&
    typeof value.source === 'string' &&
    typeof value.flags === 'string' &&
    isInt(value.fromLine) &&
    isInt(value.limit)
  );
}

export function isFromSearchWorker(value: unknown): value is FromSearchWorker {
  if (!isRecord(value) || !isInt(value.id)) return false;
  switch (value.type) {
    case 'started':
      return true;
    case 'done':
      return value.matches instanceof Int32Array && typeof value.truncated === 'boolean';
    case 'failed':
      return typeof value.message === 'string';
    default:
      return false;
  }
}

export function packMatches(matches: readonly LogMatch[]): Int32Array {
  const packed = new Int32Array(matches.length * 3);
  matches.forEach((match, index) => {
    packed[index * 3] = match.line;
    packed[index * 3 + 1] = match.start;
    packed[index * 3 + 2] = match.end;
  });
  return packed;
}

export function unpackMatches(packed: Int32Array): LogMatch[] {
  const matches: LogMatch[] = [];
  for (let index = 0; index + 2 < packed.length; index += 3) {
    matches.push({
      line: packed[index] ?? 0,
      start: packed[index + 1] ?? 0,
      end: packed[index + 2] ?? 0,
    });
  }
  return matches;
}
