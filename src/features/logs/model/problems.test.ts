import { describe, expect, it } from 'vitest';
import { findFirstProblem, problemKind } from './problems.ts';

describe('problemKind', () => {
  it('recognises error lines of common loggers and runtimes', () => {
    for (const line of [
      '2024-01-01 12:00:00 ERROR root: could not connect',
      'ValueError: invalid literal for int()',
      'Error: ENOENT: no such file',
      'jsonschema.exceptions.ValidationError: bad',
      'Exception in thread "main" java.lang.RuntimeException: boom',
      'FATAL: out of memory',
      'panic: runtime error: index out of range',
      'time=1 level=error msg="failed"',
      'error: pathspec did not match',
    ]) {
      expect(problemKind(line), line).toBe('error');
    }
    expect(problemKind('Traceback (most recent call last):')).toBe('traceback');
  });

  it('does not flag ordinary lines that only mention errors', () => {
    for (const line of [
      '0 errors, 2 warnings',
      'INFO training step 10 loss=0.3',
      'error_rate=0.01',
      'no exceptions raised',
    ]) {
      expect(problemKind(line), line).toBeUndefined();
    }
  });
});

describe('findFirstProblem', () => {
  it('finds the first Python traceback, even after an earlier error line', () => {
    const lines = [
      'INFO start',
      'ERROR retrying download',
      'Traceback (most recent call last):',
      '  File "train.py", line 3, in <module>',
      'ValueError: bad input',
      'Traceback (most recent call last):',
    ];
    expect(findFirstProblem(lines)).toEqual({ line: 2, kind: 'traceback' });
  });

  it('falls back to the first error line', () => {
    expect(findFirstProblem(['ok', 'KeyError: "x"', 'ERROR again'])).toEqual({
      line: 1,
      kind: 'error',
    });
  });

  it('finds nothing in a clean log', () => {
    expect(findFirstProblem(['all good', 'done'])).toBeUndefined();
    expect(findFirstProblem([])).toBeUndefined();
  });
});
