import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/errors.ts';
import { nextCronTime, parseCron } from './cron.ts';

const at = (iso: string) => Date.parse(iso);
const next = (cron: string, after: string) => {
  const t = nextCronTime(parseCron(cron), at(after));
  return t === undefined ? undefined : new Date(t).toISOString();
};

describe('cron (robfig v1: seconds first)', () => {
  it('computes the next firing time in UTC', () => {
    expect(next('0 30 14 * * ?', '2026-08-01T10:00:00Z')).toBe('2026-08-01T14:30:00.000Z');
    expect(next('0 30 14 * * ?', '2026-08-01T14:30:00Z')).toBe('2026-08-02T14:30:00.000Z');
    expect(next('*/15 * * * * *', '2026-08-01T10:00:07Z')).toBe('2026-08-01T10:00:15.000Z');
    expect(next('0 0 9 * * MON-FRI', '2026-08-01T10:00:00Z')).toBe('2026-08-03T09:00:00.000Z'); // 1 Aug 2026 is a Saturday
    expect(next('0 0 0 1 JAN *', '2026-08-01T00:00:00Z')).toBe('2027-01-01T00:00:00.000Z');
    expect(next('@hourly', '2026-08-01T10:20:00Z')).toBe('2026-08-01T11:00:00.000Z');
    expect(next('@every 1h30m', '2026-08-01T10:00:00Z')).toBe('2026-08-01T11:30:00.000Z');
    expect(next('0 30 14 * *', '2026-08-01T10:00:00Z')).toBe('2026-08-01T14:30:00.000Z');
  });

  it('ORs day of month and day of week when both are restricted', () => {
    // the 13th, or any Friday
    expect(next('0 0 0 13 * FRI', '2026-08-01T00:00:00Z')).toBe('2026-08-07T00:00:00.000Z');
    expect(next('0 0 0 13 * FRI', '2026-08-08T00:00:00Z')).toBe('2026-08-13T00:00:00.000Z');
  });

  it('refuses what robfig/cron refuses', () => {
    for (const bad of ['', '* * * *', '0 0 0 0 * *', '0 0 24 * * *', '0 0 0 * 13 *', '0 0 0 * * 7', '0 5-1 * * * *', '0 */0 * * * *', '@sometimes', '@every 0s', 'a b c d e f']) {
      expect(() => parseCron(bad), bad).toThrow(ApiError);
    }
  });
});
