import { CRON_DESCRIPTORS, parseCron } from './cron-schedule.ts';

/**
 * The schedule builder beside the raw cron field. The cron text is the one source of truth: the builder
 * is read from it (`builderFromCron`, undefined for a cron it cannot show) and writes it back
 * (`cronFromBuilder`), always as KFP's 6 fields with seconds first and the seconds at 0.
 */
export type Frequency = 'minutes' | 'hours' | 'days' | 'weeks' | 'months';

export interface CronBuilder {
  readonly frequency: Frequency;
  /** Every N minutes / hours / days / months (weeks: always 1, cron cannot count weeks). */
  readonly every: number;
  /** Minute of the hour (hours, days, weeks, months). */
  readonly minute: number;
  /** Hour of the day (days, weeks, months). */
  readonly hour: number;
  /** Day of the month (months). */
  readonly dayOfMonth: number;
  /** Days of the week, 0 = Sunday, sorted and never empty; all seven = any day (minutes, hours, weeks). */
  readonly weekdays: readonly number[];
}

export const ALL_WEEKDAYS: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

export const DEFAULT_BUILDER: CronBuilder = {
  frequency: 'days',
  every: 1,
  minute: 0,
  hour: 0,
  dayOfMonth: 1,
  weekdays: ALL_WEEKDAYS,
};

/** The counts offered per frequency: those that divide the next unit evenly, so "every N" is exact. */
export const EVERY_CHOICES: Readonly<Record<Frequency, readonly number[]>> = {
  minutes: [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30],
  hours: [1, 2, 3, 4, 6, 8, 12],
  // Day-of-month steps restart each month (1, 1+N, …): the next fire times show it.
  days: [1, 2, 3, 5, 7, 10, 14, 15],
  weeks: [1],
  months: [1, 2, 3, 4, 6, 12],
};

const EVERY_MAX: Readonly<Record<Frequency, number>> = {
  minutes: 59,
  hours: 23,
  days: 31,
  weeks: 1,
  months: 12,
};

/** `1,2,3,4,5` → `1-5`; `1,3,5` stays a list. */
function weekdayList(days: readonly number[]): string {
  const parts: string[] = [];
  let index = 0;
  while (index < days.length) {
    const first = days[index] ?? 0;
    let last = first;
    while (days[index + 1] === last + 1) {
      index += 1;
      last += 1;
    }
    parts.push(
      last - first >= 2 ? `${first}-${last}` : last > first ? `${first},${last}` : `${first}`,
    );
    index += 1;
  }
  return parts.join(',');
}

const step = (every: number) => (every <= 1 ? '*' : `*/${every}`);

/** The 6-field cron the builder stands for. */
export function cronFromBuilder(builder: CronBuilder): string {
  const anyDay = builder.weekdays.length === 7 ? '*' : weekdayList(builder.weekdays);
  const { minute, hour } = builder;
  switch (builder.frequency) {
    case 'minutes':
      return `0 ${step(builder.every)} * * * ${anyDay}`;
    case 'hours':
      return `0 ${minute} ${step(builder.every)} * * ${anyDay}`;
    case 'days':
      return `0 ${minute} ${hour} ${step(builder.every)} * *`;
    case 'weeks':
      // Always the explicit list: seven days chosen stay a weekly schedule when read back.
      return `0 ${minute} ${hour} * * ${weekdayList(builder.weekdays)}`;
    case 'months':
      return `0 ${minute} ${hour} ${builder.dayOfMonth} ${step(builder.every)} *`;
  }
}

const ANY = /^[*?]$/;

function stepOf(field: string, max: number): number | undefined {
  if (field === '*') return 1;
  const match = /^\*\/(\d+)$/.exec(field);
  const n = match ? Number(match[1]) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
}

function numberIn(field: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(field)) return undefined;
  const n = Number(field);
  return n >= min && n <= max ? n : undefined;
}

/** The builder that writes this cron (or one firing at the same times), or undefined if it has no such shape. */
export function builderFromCron(cron: string): CronBuilder | undefined {
  const text = CRON_DESCRIPTORS[cron.trim()] ?? cron.trim();
  const parsed = parseCron(text);
  if (!parsed.ok) return undefined;
  const [second, minuteField = '', hourField = '', dom = '', month = '', dow = ''] =
    text.split(/\s+/);
  if (second !== '0') return undefined;
  const dayOfWeek = parsed.spec.dayOfWeek;
  const weekdays = dayOfWeek.star ? ALL_WEEKDAYS : [...dayOfWeek.values].sort((a, b) => a - b);
  const minute = numberIn(minuteField, 0, 59);
  const hour = numberIn(hourField, 0, 23);
  const base = { ...DEFAULT_BUILDER, weekdays };
  const everyMinutes = stepOf(minuteField, EVERY_MAX.minutes);
  if (everyMinutes !== undefined && hourField === '*' && ANY.test(dom) && month === '*')
    return { ...base, frequency: 'minutes', every: everyMinutes };
  const everyHours = stepOf(hourField, EVERY_MAX.hours);
  if (minute === undefined) return undefined;
  if (everyHours !== undefined && ANY.test(dom) && month === '*')
    return { ...base, frequency: 'hours', every: everyHours, minute };
  if (hour === undefined) return undefined;
  const everyDays = dom === '?' ? 1 : stepOf(dom, EVERY_MAX.days);
  if (everyDays !== undefined && month === '*' && ANY.test(dow))
    return { ...base, frequency: 'days', every: everyDays, minute, hour };
  if (ANY.test(dom) && month === '*' && !dayOfWeek.star)
    return { ...base, frequency: 'weeks', every: 1, minute, hour };
  const dayOfMonth = numberIn(dom, 1, 31);
  const everyMonths = stepOf(month, EVERY_MAX.months);
  if (dayOfMonth !== undefined && everyMonths !== undefined && ANY.test(dow))
    return { ...base, frequency: 'months', every: everyMonths, minute, hour, dayOfMonth };
  return undefined;
}

/** Switches the frequency, keeping what still applies (time of day, days of the week where they fit). */
export function withFrequency(builder: CronBuilder, frequency: Frequency): CronBuilder {
  const every = EVERY_CHOICES[frequency].includes(builder.every) ? builder.every : 1;
  const weekdays =
    frequency === 'weeks' && builder.weekdays.length === 7
      ? [1]
      : frequency === 'days' || frequency === 'months'
        ? ALL_WEEKDAYS
        : builder.weekdays;
  return { ...builder, frequency, every, weekdays };
}

/** Adds or removes a day of the week; the last one left cannot be removed. */
export function toggleWeekday(builder: CronBuilder, day: number): CronBuilder {
  const has = builder.weekdays.includes(day);
  if (has && builder.weekdays.length === 1) return builder;
  const weekdays = has
    ? builder.weekdays.filter((d) => d !== day)
    : [...builder.weekdays, day].sort((a, b) => a - b);
  return { ...builder, weekdays };
}
