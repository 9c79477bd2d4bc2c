import { describe, expect, it } from 'vitest';
import {
  ALL_WEEKDAYS,
  builderFromCron,
  cronFromBuilder,
  DEFAULT_BUILDER,
  toggleWeekday,
  withFrequency,
  type CronBuilder,
} from './cron-builder.ts';

const b = (patch: Partial<CronBuilder>): CronBuilder => ({ ...DEFAULT_BUILDER, ...patch });

describe('cronFromBuilder', () => {
  it('writes 6 fields, seconds first', () => {
    expect(cronFromBuilder(b({ frequency: 'minutes', every: 15 }))).toBe('0 */15 * * * *');
    expect(cronFromBuilder(b({ frequency: 'minutes', every: 1, weekdays: [1, 2, 3, 4, 5] }))).toBe(
      '0 * * * * 1-5',
    );
    expect(cronFromBuilder(b({ frequency: 'hours', every: 6, minute: 5 }))).toBe('0 5 */6 * * *');
    expect(cronFromBuilder(b({ frequency: 'days', every: 1, hour: 14, minute: 30 }))).toBe(
      '0 30 14 * * *',
    );
    expect(cronFromBuilder(b({ frequency: 'days', every: 2, hour: 3 }))).toBe('0 0 3 */2 * *');
    expect(cronFromBuilder(b({ frequency: 'weeks', weekdays: [1, 3, 5], hour: 9 }))).toBe(
      '0 0 9 * * 1,3,5',
    );
    expect(cronFromBuilder(b({ frequency: 'weeks', weekdays: [0, 6] }))).toBe('0 0 0 * * 0,6');
    expect(cronFromBuilder(b({ frequency: 'weeks', weekdays: ALL_WEEKDAYS }))).toBe(
      '0 0 0 * * 0-6',
    );
    expect(
      cronFromBuilder(b({ frequency: 'months', every: 3, dayOfMonth: 15, hour: 6, minute: 45 })),
    ).toBe('0 45 6 15 */3 *');
  });
});

describe('builderFromCron', () => {
  it('reads back every shape the builder writes', () => {
    for (const builder of [
      b({ frequency: 'minutes', every: 15 }),
      b({ frequency: 'minutes', every: 5, weekdays: [1, 2, 3, 4, 5] }),
      b({ frequency: 'hours', every: 1, minute: 30 }),
      b({ frequency: 'hours', every: 4, minute: 0, weekdays: [0, 6] }),
      b({ frequency: 'days', every: 1, hour: 23, minute: 59 }),
      b({ frequency: 'days', every: 7, hour: 3, minute: 0 }),
      b({ frequency: 'weeks', weekdays: [2], hour: 8, minute: 15 }),
      b({ frequency: 'weeks', weekdays: ALL_WEEKDAYS }),
      b({ frequency: 'months', every: 1, dayOfMonth: 31, hour: 0, minute: 0 }),
      b({ frequency: 'months', every: 6, dayOfMonth: 1, hour: 12, minute: 0 }),
    ])
      expect(builderFromCron(cronFromBuilder(builder)), cronFromBuilder(builder)).toEqual(builder);
  });

  it('reads hand-written equivalents: ?, day names, descriptors', () => {
    expect(builderFromCron('0 30 14 * * ?')).toEqual(b({ hour: 14, minute: 30 }));
    expect(builderFromCron('0 0 9 ? * MON-FRI')).toEqual(
      b({ frequency: 'weeks', hour: 9, weekdays: [1, 2, 3, 4, 5] }),
    );
    expect(builderFromCron('@hourly')).toEqual(b({ frequency: 'hours' }));
    expect(builderFromCron(' 0 0 0 * * * ')).toEqual(b({}));
  });

  it('leaves what it cannot show to the raw field', () => {
    for (const cron of [
      '*/10 * * * * *',
      '30 0 * * * *',
      '0 0 9-17 * * *',
      '0 0 0 1 * 1',
      '0 0 0 */2 * 1-5',
      '0 0 0 1,15 * *',
      '0 0 0 * * 7',
      'nonsense',
    ])
      expect(builderFromCron(cron), cron).toBeUndefined();
  });
});

describe('editing', () => {
  it('switching frequency keeps the time and picks days that fit', () => {
    const daily = b({ hour: 14, minute: 30, every: 2 });
    expect(withFrequency(daily, 'weeks')).toEqual({
      ...daily,
      frequency: 'weeks',
      every: 1,
      weekdays: [1],
    });
    expect(withFrequency(daily, 'minutes')).toMatchObject({ every: 2, hour: 14 });
    expect(withFrequency(b({ frequency: 'minutes', every: 30 }), 'hours').every).toBe(1);
    expect(withFrequency(b({ frequency: 'weeks', weekdays: [2] }), 'days').weekdays).toEqual(
      ALL_WEEKDAYS,
    );
  });

  it('toggles days of the week, never leaving none', () => {
    expect(toggleWeekday(b({ weekdays: [1] }), 3).weekdays).toEqual([1, 3]);
    expect(toggleWeekday(b({ weekdays: [1, 3] }), 1).weekdays).toEqual([3]);
    expect(toggleWeekday(b({ weekdays: [3] }), 3).weekdays).toEqual([3]);
  });
});
