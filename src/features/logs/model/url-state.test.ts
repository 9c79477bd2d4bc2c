import { describe, expect, it } from 'vitest';
import { readLogUrlState, withLogFind, withLogLine, withoutLogState } from './url-state.ts';
import { logFileName } from './file-name.ts';

describe('log URL state', () => {
  it('reads the selected line and the find state', () => {
    expect(
      readLogUrlState(new URLSearchParams('node=a&line=42&find=err%5Bo%5D&regex=1&case=1')),
    ).toEqual({
      selectedLine: 42,
      find: { query: 'err[o]', regex: true, matchCase: true },
    });
    expect(readLogUrlState(new URLSearchParams(''))).toEqual({
      selectedLine: undefined,
      find: { query: '', regex: false, matchCase: false },
    });
  });

  it('ignores a line that is not a positive integer', () => {
    for (const line of ['0', '-3', '2.5', 'abc', '', '99999999999']) {
      expect(readLogUrlState(new URLSearchParams({ line })).selectedLine, line).toBeUndefined();
    }
  });

  it('writes its keys and keeps the page’s other parameters', () => {
    const params = new URLSearchParams('node=a&tab=logs');
    expect(withLogLine(params, 7).toString()).toBe('node=a&tab=logs&line=7');
    expect(withLogLine(new URLSearchParams('node=a&line=7'), undefined).toString()).toBe('node=a');
    expect(withLogFind(params, { query: 'a b', regex: true, matchCase: false }).toString()).toBe(
      'node=a&tab=logs&find=a+b&regex=1',
    );
    expect(
      withLogFind(new URLSearchParams('find=x&regex=1&case=1'), {
        query: '',
        regex: false,
        matchCase: false,
      }).toString(),
    ).toBe('');
    expect(withoutLogState(new URLSearchParams('node=a&line=3&find=x&case=1')).toString()).toBe(
      'node=a',
    );
    expect(params.toString()).toBe('node=a&tab=logs');
  });

  it('round-trips', () => {
    const find = { query: 'Traceback (most', regex: false, matchCase: true };
    expect(readLogUrlState(withLogLine(withLogFind(new URLSearchParams(), find), 12))).toEqual({
      selectedLine: 12,
      find,
    });
  });
});

describe('logFileName', () => {
  it('names the download after the pod', () => {
    expect(logFileName('train-model-abc12-2904981234')).toBe('train-model-abc12-2904981234.log');
    expect(logFileName('../etc/passwd')).toBe('etc_passwd.log');
    expect(logFileName('')).toBe('pod.log');
  });
});
