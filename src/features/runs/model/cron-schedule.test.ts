import { describe, expect, it } from 'vitest';
import { nextFireTimes, parseCron, type CronSpec } from './cron-schedule.ts';

function spec(cron: string): CronSpec {
  const parsed = parseCron(cron);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.spec;
}

const errorOf = (parsed: ReturnType<typeof parseCron>) => (parsed.ok ? undefined : parsed.error);
const iso = (dates: readonly Date[]) => dates.map((d) => d.toISOString().replace('.000Z', 'Z'));
// A Wednesday.
const NOW = new Date('2026-12-02T10:15:30.500Z');

describe('parseCron', () => {
  it('takes 6 fields, names in any case, ranges, lists, steps and descriptors', () => {
    for (const cron of [
      '0 30 14 * * ?',
      '*/10 * * * * *',
      '0 0 9 ? * MON-FRI',
      '0 0 0 1 jan,Jul *',
      '0 5/15 * * * *',
      '@daily',
    ])
      expect(parseCron(cron), cron).toMatchObject({ ok: true });
  });

  it("refuses what KFP's robfig/cron refuses, saying why", () => {
    expect(parseCron('')).toEqual({ ok: false, error: 'Enter a cron expression' });
    expect(errorOf(parseCron('0 * * * *'))).toContain('6 fields');
    // Day of week is 0–6 on the server; 7 is a 400 there.
    expect(parseCron('0 0 0 * * 7')).toEqual({
      ok: false,
      error: 'Invalid cron: 7 is out of range for the day of week field (0–6)',
    });
    expect(parseCron('0 60 * * * *')).toMatchObject({ ok: false });
    expect(errorOf(parseCron('0 */0 * * * *'))).toContain('step');
    expect(errorOf(parseCron('0 5-1 * * * *'))).toContain('backwards');
    expect(parseCron('0 0 0 * * FUNDAY')).toMatchObject({ ok: false });
    expect(parseCron('@every 1h')).toMatchObject({ ok: false });
  });
});

describe('nextFireTimes', () => {
  it('every 10 seconds, from the next whole second', () => {
    expect(iso(nextFireTimes(spec('*/10 * * * * *'), NOW, 5))).toEqual([
      '2026-12-02T10:15:40Z',
      '2026-12-02T10:15:50Z',
      '2026-12-02T10:16:00Z',
      '2026-12-02T10:16:10Z',
      '2026-12-02T10:16:20Z',
    ]);
  });

  it('daily at 14:30 with `?` for the day of week', () => {
    expect(iso(nextFireTimes(spec('0 30 14 * * ?'), NOW, 3))).toEqual([
      '2026-12-02T14:30:00Z',
      '2026-12-03T14:30:00Z',
      '2026-12-04T14:30:00Z',
    ]);
  });

  it('weekdays only: skips the weekend', () => {
    expect(iso(nextFireTimes(spec('0 0 9 ? * MON-FRI'), NOW, 5))).toEqual([
      '2026-12-03T09:00:00Z',
      '2026-12-04T09:00:00Z',
      '2026-12-07T09:00:00Z',
      '2026-12-08T09:00:00Z',
      '2026-12-09T09:00:00Z',
    ]);
  });

  it('day of month and day of week both restricted: either matches (robfig dayMatches)', () => {
    // The 1st of the month, or any Sunday.
    expect(iso(nextFireTimes(spec('0 0 0 1 * 0'), NOW, 4))).toEqual([
      '2026-12-06T00:00:00Z',
      '2026-12-13T00:00:00Z',
      '2026-12-20T00:00:00Z',
      '2026-12-27T00:00:00Z',
    ]);
    expect(iso(nextFireTimes(spec('0 0 0 1 * 0'), NOW, 6)).slice(4)).toEqual([
      '2027-01-01T00:00:00Z',
      '2027-01-03T00:00:00Z',
    ]);
  });

  it('a stepped day of month still counts as "any" for the day rule, so both must match', () => {
    // Odd days of the month that are Mondays.
    expect(iso(nextFireTimes(spec('0 0 0 */2 * 1'), NOW, 3))).toEqual([
      '2026-12-07T00:00:00Z',
      '2026-12-21T00:00:00Z',
      '2027-01-11T00:00:00Z',
    ]);
  });

  it('months by step and name, across the year', () => {
    expect(iso(nextFireTimes(spec('0 0 6 15 */3 *'), NOW, 3))).toEqual([
      '2027-01-15T06:00:00Z',
      '2027-04-15T06:00:00Z',
      '2027-07-15T06:00:00Z',
    ]);
  });

  it('starts after the start time and stops at the end time', () => {
    const window = {
      start: new Date('2026-12-10T00:00:00Z'),
      end: new Date('2026-12-12T12:00:00Z'),
    };
    expect(iso(nextFireTimes(spec('0 0 12 * * *'), NOW, 5, window))).toEqual([
      '2026-12-10T12:00:00Z',
      '2026-12-11T12:00:00Z',
      '2026-12-12T12:00:00Z',
    ]);
  });

  it('a date that never comes gives no times', () => {
    expect(nextFireTimes(spec('0 0 0 30 2 *'), NOW, 5)).toEqual([]);
  });
});
