import { csvParseRows } from 'd3-dsv';
import { CSV_CHUNK_CHARS } from './limits.ts';

export interface CsvOptions {
  /** Rows kept; parsing stops after this many and the result is marked truncated. */
  maxRows: number;
  /**
   * The text was cut at a size limit (a `peek` preview or the "load all" cap): its last record may be
   * partial, so it is dropped, and the result is marked truncated.
   */
  cut?: boolean;
  /** Text parsed per synchronous step (tests use small chunks). */
  chunkChars?: number;
}

export interface CsvRows {
  rows: string[][];
  /** More rows exist than were kept (cut text or row cap). */
  truncated: boolean;
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Parses CSV (no header row; RFC 4180 quoting, quoted newlines included) with d3-dsv, chunk by chunk.
 * Chunks end on record boundaries: a newline preceded by an even number of quotes since the chunk
 * began. Blank lines are skipped. For a large text prefer parseCsvAsync, which yields between chunks.
 */
export function parseCsv(text: string, options: CsvOptions): CsvRows {
  const collector = new RowCollector(options.maxRows);
  for (const chunk of recordChunks(
    text,
    options.chunkChars ?? CSV_CHUNK_CHARS,
    options.cut === true,
  )) {
    if (!collector.add(chunk)) break;
  }
  return collector.result(options.cut === true);
}

/**
 * parseCsv that gives the event loop a turn between chunks, so a 50 MB text never blocks the page for
 * more than one chunk. `pause` defaults to a zero-delay timer.
 */
export async function parseCsvAsync(
  text: string,
  options: CsvOptions & { pause?: () => Promise<void> },
): Promise<CsvRows> {
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const collector = new RowCollector(options.maxRows);
  let first = true;
  for (const chunk of recordChunks(
    text,
    options.chunkChars ?? CSV_CHUNK_CHARS,
    options.cut === true,
  )) {
    if (!first) await pause();
    first = false;
    if (!collector.add(chunk)) break;
  }
  return collector.result(options.cut === true);
}

class RowCollector {
  private readonly rows: string[][] = [];
  private capped = false;

  constructor(private readonly maxRows: number) {}

  /** Adds a chunk's rows; false once the cap is reached. */
  add(chunk: string): boolean {
    for (const row of csvParseRows(chunk)) {
      if (row.length === 1 && row[0]?.trim() === '') continue; // blank line
      if (this.rows.length >= this.maxRows) {
        this.capped = true;
        return false;
      }
      this.rows.push(row);
    }
    return true;
  }

  result(cut: boolean): CsvRows {
    return { rows: this.rows, truncated: this.capped || cut };
  }
}

/** Splits CSV text into chunks of about `chunkChars` that end on record boundaries. */
export function* recordChunks(text: string, chunkChars: number, cut: boolean): Generator<string> {
  const size = Math.max(1, Math.floor(chunkChars));
  let pos = 0;
  while (pos < text.length) {
    const end = recordEndAfter(text, pos, pos + size);
    if (end === text.length && cut) {
      const complete = lastRecordEnd(text, pos);
      if (complete > pos) yield text.slice(pos, complete);
      return;
    }
    yield text.slice(pos, end);
    pos = end;
  }
}

/** Index just after the first record-ending newline at or after `target` (quotes counted from `from`). */
function recordEndAfter(text: string, from: number, target: number): number {
  if (target >= text.length) return text.length;
  let inQuotes = false;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) inQuotes = !inQuotes;
    else if (code === NEWLINE && !inQuotes && i + 1 >= target) return i + 1;
  }
  return text.length;
}

/** Index just after the last record-ending newline in text[from…], or `from` if there is none. */
function lastRecordEnd(text: string, from: number): number {
  let inQuotes = false;
  let last = from;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) inQuotes = !inQuotes;
    else if (code === NEWLINE && !inQuotes) last = i + 1;
  }
  return last;
}
