const TRACEBACK = /^\s*Traceback \(most recent call last\):/;

/**
 * Lines that report a failure: log levels (ERROR, FATAL, CRITICAL, logfmt `level=error`), Python and
 * Java exceptions (`ValueError: …`, `Error: …`, `…Exception`), Go panics. Case matters: "0 errors" is
 * not a failure, "ERROR" is. Plain literals, no `\w*` prefixes: it runs over every line of the log.
 */
const ERROR_LINE = /\b(?:ERROR|FATAL|CRITICAL)\b|Error:|Exception\b|^panic:|\blevel=(?:error|fatal)\b|^error:/;

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

/**
 * Where to start reading about a failure: the first Python traceback, or else the first error line.
 * A traceback wins over an earlier error line: it says what failed and where.
 */
export function findFirstProblem(lines: readonly string[]): LogProblem | undefined {
  let firstError: number | undefined;
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line] ?? '';
    if (TRACEBACK.test(text)) return { line, kind: 'traceback' };
    if (firstError === undefined && ERROR_LINE.test(text)) firstError = line;
  }
  return firstError === undefined ? undefined : { line: firstError, kind: 'error' };
}
