import { describe, expect, it } from 'vitest';
import { CronError, parseCron } from './cron.ts';
import { dueRuns, triggerProblem, type RecurringRunSchedule } from './due-runs.ts';

const at = (iso: string) => new Date(iso);
const iso = (dates: readonly Date[]) => dates.map((d) => d.toISOString());

describe('cron (6 fields, seconds first)', () => {
  it.each([
    ['0 30 14 * * ?', '2026-03-01T10:00:00Z', '2026-03-01T14:30:00.000Z'],
    ['0 30 14 * * ?', '2026-03-01T14:30:00Z', '2026-03-02T14:30:00.000Z'],
    ['*/15 * * * * *', '2026-03-01T10:00:07Z', '2026-03-01T10:00:15.000Z'],
    ['0 0 9 * * MON-FRI', '2026-03-06T10:00:00Z', '2026-03-09T09:00:00.000Z'],
    ['0 0 0 1 JAN ?', '2026-03-01T00:00:00Z', '2027-01-01T00:00:00.000Z'],
    ['0 0 12 29 2 *', '2026-03-01T00:00:00Z', '2028-02-29T12:00:00.000Z'],
    ['0 5,35 */6 * * *', '2026-03-01T06:06:00Z', '2026-03-01T06:35:00.000Z'],
    ['0 0 0 13 * 5', '2026-03-01T00:00:00Z', '2026-03-06T00:00:00.000Z'],
    ['@hourly', '2026-03-01T10:20:00Z', '2026-03-01T11:00:00.000Z'],
    ['@every 90s', '2026-03-01T10:00:00Z', '2026-03-01T10:01:30.000Z'],
  ])('%s after %s → %s', (cron, after, expected) => {
    expect(parseCron(cron).next(at(after))?.toISOString()).toBe(expected);
  });

  it.each([
    '* * * * *',
    '61 * * * * *',
    '0 0 25 * * *',
    'a b c d e f',
    '0 0 0 * * 8',
    '*/0 * * * * *',
  ])('rejects %s', (cron) => {
    expect(() => parseCron(cron)).toThrow(CronError);
  });
});

describe('dueRuns', () => {
  const everyMinute: RecurringRunSchedule = {
    trigger: { cron_schedule: { cron: '0 * * * * *' } },
    max_concurrency: '10',
    created_at: '2026-03-01T10:00:00Z',
  };

  it('fires on the cron times strictly after the start, up to now', () => {
    expect(iso(dueRuns(everyMinute, undefined, at('2026-03-01T10:03:30Z')))).toEqual([
      '2026-03-01T10:01:00.000Z',
      '2026-03-01T10:02:00.000Z',
      '2026-03-01T10:03:00.000Z',
    ]);
    expect(
      iso(dueRuns(everyMinute, at('2026-03-01T10:02:00Z'), at('2026-03-01T10:03:30Z'))),
    ).toEqual(['2026-03-01T10:03:00.000Z']);
    expect(dueRuns(everyMinute, at('2026-03-01T10:03:00Z'), at('2026-03-01T10:03:30Z'))).toEqual(
      [],
    );
  });

  it('honours start_time and end_time', () => {
    const bounded: RecurringRunSchedule = {
      ...everyMinute,
      trigger: {
        cron_schedule: {
          cron: '0 * * * * *',
          start_time: '2026-03-01T10:05:00Z',
          end_time: '2026-03-01T10:07:00Z',
        },
      },
    };
    expect(iso(dueRuns(bounded, undefined, at('2026-03-01T11:00:00Z')))).toEqual([
      '2026-03-01T10:06:00.000Z',
      '2026-03-01T10:07:00.000Z',
    ]);
  });

  it('keeps only the latest missed time with no_catchup', () => {
    expect(
      iso(dueRuns({ ...everyMinute, no_catchup: true }, undefined, at('2026-03-01T10:10:30Z'))),
    ).toEqual(['2026-03-01T10:10:00.000Z']);
  });

  it('returns at most max_concurrency minus the active runs (default 1)', () => {
    expect(
      dueRuns({ ...everyMinute, max_concurrency: '2' }, undefined, at('2026-03-01T10:10:30Z')),
    ).toHaveLength(2);
    expect(
      dueRuns({ ...everyMinute, max_concurrency: '2' }, undefined, at('2026-03-01T10:10:30Z'), {
        activeRuns: 2,
      }),
    ).toEqual([]);
    expect(
      iso(
        dueRuns(
          { ...everyMinute, max_concurrency: undefined },
          undefined,
          at('2026-03-01T10:10:30Z'),
        ),
      ),
    ).toEqual(['2026-03-01T10:01:00.000Z']);
  });

  it('fires periodic schedules every interval_second after the start', () => {
    const periodic: RecurringRunSchedule = {
      trigger: {
        periodic_schedule: { interval_second: '3600', start_time: '2026-03-01T08:00:00Z' },
      },
      max_concurrency: '5',
    };
    expect(iso(dueRuns(periodic, undefined, at('2026-03-01T10:30:00Z')))).toEqual([
      '2026-03-01T09:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
    ]);
    expect(iso(dueRuns(periodic, at('2026-03-01T10:00:00Z'), at('2026-03-01T11:00:00Z')))).toEqual([
      '2026-03-01T11:00:00.000Z',
    ]);
  });

  it('never fires disabled or invalid recurring runs and explains invalid triggers', () => {
    expect(
      dueRuns({ ...everyMinute, status: 'DISABLED' }, undefined, at('2026-03-01T12:00:00Z')),
    ).toEqual([]);
    expect(triggerProblem({ trigger: { cron_schedule: { cron: '* * * * *' } } })).toContain(
      'expected 6 fields',
    );
    expect(triggerProblem({ trigger: { periodic_schedule: { interval_second: '0' } } })).toContain(
      'positive integer',
    );
    expect(triggerProblem({})).toBe('the recurring run has no trigger');
    expect(triggerProblem(everyMinute)).toBeUndefined();
  });
});
