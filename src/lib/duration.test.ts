import { describe, expect, it } from 'vitest';
import { formatDuration, instant, runDuration } from './duration.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0:00:00'],
    [999, '0:00:01'],
    [61_000, '0:01:01'],
    [3_600_000 + 5 * 60_000 + 7_000, '1:05:07'],
    [26 * 3_600_000, '1d 2:00:00'],
    [-5_000, '0:00:00'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('runDuration', () => {
  it('is the time from creation to finish', () => {
    expect(runDuration('2026-08-01T10:00:00Z', '2026-08-01T10:02:30Z')).toBe('0:02:30');
  });

  it('is undefined while the run has not finished (absent or the zero timestamp)', () => {
    expect(runDuration('2026-08-01T10:00:00Z', undefined)).toBeUndefined();
    expect(runDuration('2026-08-01T10:00:00Z', '1970-01-01T00:00:00Z')).toBeUndefined();
  });

  it('is undefined for a finish before the start', () => {
    expect(runDuration('2026-08-01T10:00:00Z', '2026-08-01T09:00:00Z')).toBeUndefined();
  });
});

describe('instant', () => {
  it('ignores unset and unreadable timestamps', () => {
    expect(instant('1970-01-01T00:00:00Z')).toBeUndefined();
    expect(instant('soon')).toBeUndefined();
    expect(instant('2026-08-01T00:00:00Z')).toBe(Date.UTC(2026, 7, 1));
  });
});
