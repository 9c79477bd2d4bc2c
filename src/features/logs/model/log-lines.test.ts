import { describe, expect, it } from 'vitest';
import { compileFind, findMatches } from './find.ts';
import { findLogMatches, firstProblemIn, splitLog, type LogLines } from './log-lines.ts';
import { findFirstProblem } from './problems.ts';
import { splitLogLines } from './split-lines.ts';

/** A log as a running task writes it: ANSI colours, progress bars redrawn with \r, CRLF, a traceback late. */
const LOG = [
  '\u001b[32mINFO\u001b[0m starting\n',
  'epoch 1  10%|#   |\r epoch 1 100%|####|\r\n',
  'WARNING slow step\n',
  'an ERROR in a retry\n',
  '\u001b]0;title\u0007plain after a title\n',
  'step 1 loss=0.5\nstep 2 loss=0.4\nstep 3 lo',
  'ss=0.3\n',
  'Traceback (most recent call last):\n  File "train.py", line 3\nValueError: bad\n',
].join('');

/** Every way of reading the log in growing pieces (cut after each of the given offsets). */
function grow(text: string, cuts: readonly number[]): LogLines[] {
  const splits: LogLines[] = [];
  let previous: LogLines | undefined;
  for (const end of [...cuts, text.length]) {
    previous = splitLog(text.slice(0, end), previous);
    splits.push(previous);
  }
  return splits;
}

const everyOffset = Array.from({ length: LOG.length - 1 }, (_, i) => i + 1);

describe('splitLog', () => {
  it('splits a growing log into the same lines as splitting it whole, at every cut', () => {
    for (const cut of everyOffset) {
      const [first, second] = grow(LOG, [cut]);
      expect(first?.lines).toEqual(splitLogLines(LOG.slice(0, cut)));
      expect(second?.lines, `cut at ${String(cut)}`).toEqual(splitLogLines(LOG));
    }
  });

  it('keeps the final lines and splits only what was appended', () => {
    const first = splitLog('one\ntwo\nthr');
    expect(first).toMatchObject({ lines: ['one', 'two', 'thr'], cut: 8, finalLines: 2 });
    const second = splitLog('one\ntwo\nthree\nfour\n', first);
    expect(second).toMatchObject({
      lines: ['one', 'two', 'three', 'four'],
      cut: 19,
      finalLines: 4,
      extends: { lines: first.lines, keep: 2 },
    });
  });

  it('splits anew when the text does not continue the earlier one (a restarted container)', () => {
    const first = splitLog('one\ntwo\n');
    const other = splitLog('uno\ndos\ntres\n', first);
    expect(other.lines).toEqual(['uno', 'dos', 'tres']);
    expect(other.extends).toBeUndefined();
    expect(splitLog('one\n', first).extends).toBeUndefined();
  });
});

describe('findLogMatches', () => {
  it('finds in a growing log what a search of the whole log finds', () => {
    const pattern = compileFind({ query: 'loss=0\\.\\d|error', regex: true, matchCase: false });
    for (const cut of everyOffset.filter((offset) => offset % 7 === 0)) {
      const [first, second] = grow(LOG, [cut]);
      if (!first || !second) throw new Error('no splits');
      expect(findLogMatches(first, pattern)).toEqual(findMatches(first.lines, pattern));
      expect(findLogMatches(second, pattern), `cut at ${String(cut)}`).toEqual(
        findMatches(second.lines, pattern),
      );
    }
  });

  it('searches only the new lines of an extended log', () => {
    const pattern = compileFind({ query: 'x', regex: false, matchCase: false });
    const first = splitLog('x1\nx2\n');
    const firstList = findLogMatches(first, pattern);
    const second = splitLog('x1\nx2\nno\n', first);
    // Nothing new matched: the earlier match list itself is kept.
    expect(findLogMatches(second, pattern).matches).toBe(firstList.matches);
    expect(
      findLogMatches(splitLog('x1\nx2\nno\nx3\n', second), pattern).matches.map((m) => m.line),
    ).toEqual([0, 1, 3]);
  });

  it('stops at the limit over old and new lines together', () => {
    const pattern = compileFind({ query: 'x', regex: false, matchCase: false });
    const first = splitLog('x\nx\n');
    findLogMatches(first, pattern, 3);
    const second = splitLog('x\nx\nx\nx\n', first);
    expect(findLogMatches(second, pattern, 3)).toEqual({
      matches: [0, 1, 2].map((line) => ({ line, start: 0, end: 1 })),
      truncated: true,
    });
  });
});

describe('firstProblemIn', () => {
  it('finds in a growing log what a scan of the whole log finds', () => {
    for (const cut of everyOffset) {
      const splits = grow(LOG, [cut, Math.min(cut + 9, LOG.length)]);
      for (const split of splits)
        expect(firstProblemIn(split), `cut at ${String(cut)}`).toEqual(
          findFirstProblem(split.lines),
        );
    }
  });

  it('forgets a traceback on the unfinished line when the line turns out otherwise, back to the earlier error', () => {
    const first = splitLog('ERROR one\nTraceback (most recent call last):');
    expect(firstProblemIn(first)).toEqual({ line: 1, kind: 'traceback' });
    const second = splitLog(
      'ERROR one\nTraceback (most recent call last): no, just a quote\n',
      first,
    );
    expect(firstProblemIn(second)).toEqual({ line: 1, kind: 'traceback' });
    const rewritten = splitLog('ERROR one\nTrace', first);
    expect(firstProblemIn(rewritten)).toEqual({ line: 0, kind: 'error' });
  });
});
