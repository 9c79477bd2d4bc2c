import { describe, expect, it } from 'vitest';
import {
  buildTrigger,
  checkCron,
  type BuiltTrigger,
  type TriggerField,
  DEFAULT_TRIGGER,
  toLocalInput,
  triggerInputFrom,
  type TriggerInput,
} from './run-form-trigger.ts';

function errorOf(result: object): string | undefined {
  return 'error' in result && typeof result.error === 'string' ? result.error : undefined;
}

function errorsOf(result: BuiltTrigger): Readonly<Partial<Record<TriggerField, string>>> {
  return result.ok ? {} : result.errors;
}

const input = (extra: Partial<TriggerInput>): TriggerInput => ({ ...DEFAULT_TRIGGER, ...extra });

describe('checkCron', () => {
  it('accepts 6-field crons (seconds first) and says them in words', () => {
    expect(checkCron('0 30 14 * * ?')).toEqual({ ok: true, description: 'At 14:30' });
    expect(checkCron('*/10 * * * * *')).toMatchObject({
      ok: true,
      description: 'Every 10 seconds',
    });
    const weekdays = checkCron('0 0 9 * * MON-FRI');
    expect(weekdays.ok && weekdays.description).toContain('Monday through Friday');
    expect(checkCron('@hourly')).toMatchObject({ ok: true });
  });

  it('refuses 5-field (classic) crons: KFP reads the first field as seconds', () => {
    expect(errorOf(checkCron('30 14 * * *'))).toContain('6 fields');
    expect(errorOf(checkCron('0 0 0 1 1 * 2030'))).toContain('has 7');
  });

  it('refuses out-of-range values, bad steps, junk and unknown descriptors', () => {
    expect(errorOf(checkCron('60 * * * * *'))).toContain('seconds');
    expect(errorOf(checkCron('0 0 24 * * *'))).toContain('hours');
    expect(errorOf(checkCron('0 0 0 0 * *'))).toContain('day of month');
    expect(errorOf(checkCron('*/0 * * * * *'))).toContain('step');
    expect(checkCron('a b c d e f')).toMatchObject({ ok: false });
    expect(errorOf(checkCron('@sometimes'))).toContain('@sometimes');
    expect(checkCron('  ')).toEqual({ ok: false, error: 'Enter a cron expression' });
  });
});

describe('buildTrigger', () => {
  it('periodic: interval in seconds as an int64 string', () => {
    expect(buildTrigger(input({ kind: 'periodic', every: '1', unit: 'minutes' }))).toEqual({
      ok: true,
      body: {
        trigger: { periodic_schedule: { interval_second: '60' } },
        max_concurrency: '10',
        no_catchup: false,
      },
    });
    const day = buildTrigger(
      input({ every: '2', unit: 'days', catchUp: false, maxConcurrency: '3' }),
    );
    expect(day).toEqual({
      ok: true,
      body: {
        trigger: { periodic_schedule: { interval_second: '172800' } },
        max_concurrency: '3',
        no_catchup: true,
      },
    });
  });

  it('cron with start and end times as RFC 3339', () => {
    const built = buildTrigger(
      input({
        kind: 'cron',
        cron: ' 0 30 14 * * * ',
        start: '2030-01-01T10:00',
        end: '2030-02-01T10:00',
      }),
    );
    expect(built).toEqual({
      ok: true,
      body: {
        trigger: {
          cron_schedule: {
            cron: '0 30 14 * * *',
            start_time: new Date('2030-01-01T10:00').toISOString(),
            end_time: new Date('2030-02-01T10:00').toISOString(),
          },
        },
        max_concurrency: '10',
        no_catchup: false,
      },
    });
  });

  it('puts every problem on its field', () => {
    const errors = errorsOf(
      buildTrigger(
        input({
          kind: 'cron',
          cron: '* * * * *',
          start: '2030-02-01T10:00',
          end: '2030-01-01T10:00',
          maxConcurrency: '0',
        }),
      ),
    );
    expect(Object.keys(errors).sort()).toEqual(['cron', 'end', 'maxConcurrency']);
    expect(errors.cron).toContain('6 fields');
    expect(errors.end).toBe('The end must be after the start');
    expect(errors.maxConcurrency).toBe('Enter a whole number of at least 1');
    expect(errorsOf(buildTrigger(input({ every: '0' }))).every).toBe(
      'Enter a whole number of at least 1',
    );
    expect(errorsOf(buildTrigger(input({ every: '1.5' }))).every).toBe(
      'Enter a whole number of at least 1',
    );
    expect(errorsOf(buildTrigger(input({ maxConcurrency: '11' }))).maxConcurrency).toContain(
      'at most 10',
    );
    expect(errorsOf(buildTrigger(input({ start: 'yesterday' }))).start).toBe(
      'Enter a valid date and time',
    );
  });

  it('ignores the cron text of a periodic trigger and the interval of a cron one', () => {
    expect(buildTrigger(input({ kind: 'periodic', cron: 'junk' })).ok).toBe(true);
    expect(buildTrigger(input({ kind: 'cron', cron: '0 * * * * *', every: 'x' })).ok).toBe(true);
  });
});

describe('triggerInputFrom', () => {
  it('reads a periodic trigger back in the largest unit that divides it', () => {
    expect(
      triggerInputFrom({ periodic_schedule: { interval_second: '7200' } }, '2', true),
    ).toMatchObject({
      kind: 'periodic',
      every: '2',
      unit: 'hours',
      maxConcurrency: '2',
      catchUp: false,
    });
    expect(
      triggerInputFrom({ periodic_schedule: { interval_second: '90' } }, undefined, false),
    ).toMatchObject({ every: '2', unit: 'minutes', maxConcurrency: '10' });
  });

  it('reads a cron trigger with its times', () => {
    const start = '2030-01-01T10:00:00Z';
    expect(
      triggerInputFrom({ cron_schedule: { cron: '0 0 * * * *', start_time: start } }, '1', false),
    ).toMatchObject({ kind: 'cron', cron: '0 0 * * * *', start: toLocalInput(start), end: '' });
  });

  it('round-trips through buildTrigger', () => {
    const form = triggerInputFrom({ periodic_schedule: { interval_second: '86400' } }, '4', true);
    expect(buildTrigger(form)).toEqual({
      ok: true,
      body: {
        trigger: { periodic_schedule: { interval_second: '86400' } },
        max_concurrency: '4',
        no_catchup: true,
      },
    });
  });
});
