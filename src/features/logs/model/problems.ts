const TRACEBACK = /^\s*Traceback \(most recent call last\):/;

/**
 * Lines that report a failure: log levels (ERROR, FATAL, CRITICAL, logfmt `level=error`), Python and
 * Java exceptions (`ValueError: …`, `Error: …`, `…Exception`), Go panics. Case matters: "0 errors" is
 * not a failure, "ERROR" is. Plain literals, no `\w*` prefixes: it runs over every line of the log.
 */
const ERROR_LINE =
  /\b(?:ERROR|FATAL|CRITICAL)\b|Error:|Exception\b|^panic:|\blevel=(?:error|fatal)\b|^error:/;

export type ProblemKind = 'traceback' | 'error';

export interface LogProblem {
  /** 0-based line. */
  readonly line: number;
  readonly kind: ProblemKind;
}

export function problemKind(line: string): ProblemKind | undefined {
  if (TRACEBACK.test(line)) return 'traceback';
  return ERROR_LINE.test(line) ? 'error' : undefined;
}

/** What a scan of some lines found: the first traceback (which ends the scan) and the first error line. */
export interface ProblemScan {
  readonly traceback?: number;
  readonly error?: number;
}

/** Continues `earlier` (the scan of the lines before `from`) over lines [from, to). */
export function scanProblems(
  lines: readonly string[],
  from: number,
  to: number,
  earlier: ProblemScan = {},
): ProblemScan {
  if (earlier.traceback !== undefined) return earlier;
  let error = earlier.error;
  for (let line = from; line < to; line++) {
    const text = lines[line] ?? '';
    if (TRACEBACK.test(text))
      return error === undefined ? { traceback: line } : { traceback: line, error };
    if (error === undefined && ERROR_LINE.test(text)) error = line;
  }
  return error === undefined ? {} : { error };
}

/** A traceback wins over an earlier error line: it says what failed and where. */
export function problemOf(scan: ProblemScan): LogProblem | undefined {
  if (scan.traceback !== undefined) return { line: scan.traceback, kind: 'traceback' };
  return scan.error === undefined ? undefined : { line: scan.error, kind: 'error' };
}

/** Where to start reading about a failure: the first Python traceback, or else the first error line. */
export function findFirstProblem(lines: readonly string[]): LogProblem | undefined {
  return problemOf(scanProblems(lines, 0, lines.length));
}
