/**
 * KFP's cron as its scheduler reads it: robfig/cron v1.2.0 `cron.Parse` (kubeflow/pipelines
 * `backend/src/crd/controller/scheduledworkflow/util/cron_schedule.go`, and the API server's check in
 * `backend/src/apiserver/server/api_converter.go`). Fields `second minute hour day-of-month month
 * day-of-week`; day of week is 0–6 (Sunday 0; `7` is refused by the server); names (JAN, MON) in any case;
 * `*` and `?` mean "any"; `a-b`, lists, `/step`, and `N/step` meaning `N-max/step`. When day of month or
 * day of week is written with `*` or `?` (with or without a step), a day must match both; otherwise
 * either (robfig's `dayMatches`). The scheduler evaluates in its own time zone (`CRON_SCHEDULE_TIMEZONE`, the container's
 * UTC by default): times here are UTC.
 */

interface CronField {
  readonly values: ReadonlySet<number>;
  /** Written with `*` or `?`: robfig's star bit, which decides how the two day fields combine. */
  readonly star: boolean;
}

export interface CronSpec {
  readonly second: CronField;
  readonly minute: CronField;
  readonly hour: CronField;
  readonly dayOfMonth: CronField;
  readonly month: CronField;
  readonly dayOfWeek: CronField;
}

export type ParsedCron =
  { readonly ok: true; readonly spec: CronSpec } | { readonly ok: false; readonly error: string };

interface Bounds {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  /** The value of `names[0]`. */
  readonly first?: number;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const BOUNDS: readonly Bounds[] = [
  { name: 'seconds', min: 0, max: 59 },
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, first: 1 },
  { name: 'day of week', min: 0, max: 6, names: DAYS, first: 0 },
];

/** robfig's descriptors (without `@every`, which the form does not take). */
export const CRON_DESCRIPTORS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@midnight': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

class CronFieldError extends Error {}

function valueOf(text: string, bounds: Bounds, part: string): number {
  const index = bounds.names?.indexOf(text.toUpperCase()) ?? -1;
  if (index >= 0) return index + (bounds.first ?? 0);
  if (!/^\d+$/.test(text))
    throw new CronFieldError(`“${part}” is not valid in the ${bounds.name} field`);
  return Number(text);
}

function parseField(text: string, bounds: Bounds): CronField {
  const values = new Set<number>();
  let star = false;
  for (const part of text.split(',')) {
    if (part === '') throw new CronFieldError(`empty value in the ${bounds.name} field`);
    const [range = '', stepText, extra] = part.split('/');
    if (extra !== undefined || (stepText !== undefined && !/^\d+$/.test(stepText)))
      throw new CronFieldError(`invalid step in the ${bounds.name} field: “${part}”`);
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) throw new CronFieldError(`invalid step in the ${bounds.name} field: “${part}”`);
    let low: number;
    let high: number;
    if (range === '*' || range === '?') {
      [low, high, star] = [bounds.min, bounds.max, true];
    } else {
      const ends = range.split('-');
      if (ends.length > 2) throw new CronFieldError(`too many hyphens in “${part}”`);
      low = valueOf(ends[0] ?? '', bounds, part);
      high =
        ends[1] !== undefined
          ? valueOf(ends[1], bounds, part)
          : stepText === undefined
            ? low
            : bounds.max;
    }
    for (const n of [low, high])
      if (n < bounds.min || n > bounds.max)
        throw new CronFieldError(
          `${n} is out of range for the ${bounds.name} field (${bounds.min}–${bounds.max})`,
        );
    if (low > high)
      throw new CronFieldError(`“${part}” runs backwards in the ${bounds.name} field`);
    for (let n = low; n <= high; n += step) values.add(n);
  }
  return { values, star };
}

/** Parses a 6-field KFP cron (or a descriptor such as `@daily`). */
export function parseCron(cron: string): ParsedCron {
  const text = cron.trim();
  if (text === '') return { ok: false, error: 'Enter a cron expression' };
  if (text.startsWith('@')) {
    const expanded = CRON_DESCRIPTORS[text];
    return expanded === undefined
      ? { ok: false, error: `Unknown descriptor “${text}”` }
      : parseCron(expanded);
  }
  const fields = text.split(/\s+/);
  if (fields.length !== 6)
    return {
      ok: false,
      error: `A cron needs 6 fields, seconds first (e.g. 0 30 14 * * *); this one has ${fields.length}`,
    };
  try {
    const [second, minute, hour, dayOfMonth, month, dayOfWeek] = fields.map((field, index) => {
      const bounds = BOUNDS[index];
      if (bounds === undefined) throw new CronFieldError('too many fields');
      return parseField(field, bounds);
    });
    if (!second || !minute || !hour || !dayOfMonth || !month || !dayOfWeek)
      return { ok: false, error: 'Invalid cron' };
    return { ok: true, spec: { second, minute, hour, dayOfMonth, month, dayOfWeek } };
  } catch (error) {
    if (error instanceof CronFieldError)
      return { ok: false, error: `Invalid cron: ${error.message}` };
    throw error;
  }
}

function dayMatches(spec: CronSpec, t: Date): boolean {
  const dom = spec.dayOfMonth.values.has(t.getUTCDate());
  const dow = spec.dayOfWeek.values.has(t.getUTCDay());
  return spec.dayOfMonth.star || spec.dayOfWeek.star ? dom && dow : dom || dow;
}

const FIVE_YEARS_MS = 5 * 366 * 86_400_000;

/** The first fire time strictly after `after` (whole seconds, UTC), or undefined within five years. */
export function nextFireTime(spec: CronSpec, after: Date): Date | undefined {
  const t = new Date(Math.floor(after.getTime() / 1000) * 1000 + 1000);
  const horizon = t.getTime() + FIVE_YEARS_MS;
  while (t.getTime() <= horizon) {
    if (!spec.month.values.has(t.getUTCMonth() + 1)) {
      t.setUTCMonth(t.getUTCMonth() + 1, 1);
      t.setUTCHours(0, 0, 0);
    } else if (!dayMatches(spec, t)) {
      t.setUTCDate(t.getUTCDate() + 1);
      t.setUTCHours(0, 0, 0);
    } else if (!spec.hour.values.has(t.getUTCHours())) {
      t.setUTCHours(t.getUTCHours() + 1, 0, 0);
    } else if (!spec.minute.values.has(t.getUTCMinutes())) {
      t.setUTCMinutes(t.getUTCMinutes() + 1, 0);
    } else if (!spec.second.values.has(t.getUTCSeconds())) {
      t.setUTCSeconds(t.getUTCSeconds() + 1);
    } else {
      return new Date(t.getTime());
    }
  }
  return undefined;
}

export interface FireWindow {
  /** The schedule's start: nothing fires before it (KFP starts from the later of it and the last run). */
  readonly start?: Date | undefined;
  /** The schedule's end: nothing fires after it. */
  readonly end?: Date | undefined;
}

/** The next `count` fire times after `now` within the schedule's window (fewer when it ends). */
export function nextFireTimes(
  spec: CronSpec,
  now: Date,
  count: number,
  window: FireWindow = {},
): readonly Date[] {
  const times: Date[] = [];
  let after = window.start && window.start > now ? window.start : now;
  while (times.length < count) {
    const next = nextFireTime(spec, after);
    if (next === undefined || (window.end !== undefined && next > window.end)) break;
    times.push(next);
    after = next;
  }
  return times;
}
