import { describe, expect, it } from 'vitest';
import { describeCron, describeInterval, describeTrigger, rawTrigger } from './trigger.ts';

describe('describeCron', () => {
  it('reads 6 fields with seconds first', () => {
    expect(describeCron('0 30 14 * * ?')).toBe('At 14:30');
    expect(describeCron('0 0 * * * ?')).toBe('Every hour');
    expect(describeCron('0 */5 * * * *')).toBe('Every 5 minutes');
    expect(describeCron('0 0 0 * * 1-5')).toBe('At 00:00, Monday through Friday');
  });

  it('says what is wrong with a cron KFP would not run', () => {
    expect(describeCron('*/5 * * * *')).toMatch(/expects 6 fields/);
    expect(describeCron('0 99 * * * *')).toMatch(/^Invalid cron “0 99 \* \* \* \*”/);
  });
});

describe('describeInterval', () => {
  it.each([
    ['60', 'Every minute'],
    ['300', 'Every 5 minutes'],
    ['7200', 'Every 2 hours'],
    ['86400', 'Every day'],
    ['172800', 'Every 2 days'],
    ['90', 'Every 90 seconds'],
    ['5400', 'Every 90 minutes'],
  ])('%s s reads %s', (seconds, text) => {
    expect(describeInterval(seconds)).toBe(text);
  });

  it('rejects zero and junk', () => {
    expect(describeInterval('0')).toMatch(/Invalid interval/);
    expect(describeInterval('abc')).toMatch(/Invalid interval/);
  });
});

describe('describeTrigger', () => {
  it('prefers the cron schedule and falls back to the period', () => {
    expect(
      describeTrigger({
        cron_schedule: { cron: '0 0 12 * * ?', start_time: undefined, end_time: undefined },
        periodic_schedule: undefined,
      }),
    ).toBe('At 12:00');
    const periodic = {
      cron_schedule: undefined,
      periodic_schedule: { interval_second: '3600', start_time: undefined, end_time: undefined },
    };
    expect(describeTrigger(periodic)).toBe('Every hour');
    expect(rawTrigger(periodic)).toBe('every 3600 s');
    expect(describeTrigger(undefined)).toBe('No trigger');
  });
});
