/**
 * KFP's cron dialect (robfig/cron with seconds): `sec min hour day-of-month month day-of-week`,
 * `?` as "any" in the day fields, names (JAN, MON), ranges, lists, steps, and the descriptors
 * `@yearly` `@monthly` `@weekly` `@daily` `@hourly` `@every <duration>`. Times are UTC.
 */
export class CronError extends Error {
  override name = 'CronError';
}

interface Field {
  readonly values: ReadonlySet<number>;
  /** `*` or `?`: matters for the day-of-month / day-of-week rule. */
  readonly any: boolean;
}

export interface CronSchedule {
  /** The first fire time strictly after `after`, or undefined within the search horizon. */
  next(after: Date): Date | undefined;
}

const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const days = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function number(text: string, names: readonly string[], offset: number, what: string): number {
  const index = names.indexOf(text.toUpperCase());
  if (index >= 0) return index + offset;
  if (!/^\d+$/.test(text)) throw new CronError(`invalid ${what} value '${text}'`);
  return Number(text);
}

function parseField(
  text: string,
  min: number,
  max: number,
  what: string,
  names: readonly string[] = [],
  offset = 0,
): Field {
  if (text === '*' || text === '?') return { values: new Set(range(min, max, 1)), any: true };
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [base = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1)
      throw new CronError(`invalid step in ${what} '${part}'`);
    let lo: number;
    let hi: number;
    if (base === '*' || base === '?') [lo, hi] = [min, max];
    else if (base.includes('-')) {
      const [a = '', b = ''] = base.split('-');
      [lo, hi] = [number(a, names, offset, what), number(b, names, offset, what)];
    } else {
      lo = number(base, names, offset, what);
      hi = stepText === undefined ? lo : max;
    }
    if (lo < min || hi > max || lo > hi)
      throw new CronError(`${what} '${part}' is out of range ${min}-${max}`);
    for (const v of range(lo, hi, step)) values.add(v);
  }
  return { values, any: false };
}

function range(lo: number, hi: number, step: number): number[] {
  const out: number[] = [];
  for (let v = lo; v <= hi; v += step) out.push(v);
  return out;
}

const descriptors: Record<string, string> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@midnight': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

/** `1h30m`, `90s`, `500ms` (Go durations) → milliseconds. */
function goDuration(text: string): number {
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  let rest = text.trim();
  while (rest !== '') {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)/.exec(rest);
    if (!match) throw new CronError(`invalid duration '${text}'`);
    total += Number(match[1]) * (units[match[2] ?? 's'] ?? 1000);
    rest = rest.slice(match[0].length);
  }
  if (total <= 0) throw new CronError(`invalid duration '${text}'`);
  return total;
}

/** Parses a cron expression; throws CronError with a readable reason. */
export function parseCron(expression: string): CronSchedule {
  const text = expression.trim();
  if (text.startsWith('@every ')) {
    const every = Math.max(1000, goDuration(text.slice('@every '.length)));
    return { next: (after) => new Date(Math.floor(after.getTime() / 1000) * 1000 + every) };
  }
  const fields = (descriptors[text] ?? text).split(/\s+/);
  if (fields.length !== 6)
    throw new CronError(`expected 6 fields (seconds first), got ${fields.length}: '${expression}'`);
  const [sec = '', min = '', hour = '', dom = '', month = '', dow = ''] = fields;
  const second = parseField(sec, 0, 59, 'second');
  const minute = parseField(min, 0, 59, 'minute');
  const hours = parseField(hour, 0, 23, 'hour');
  const dayOfMonth = parseField(dom, 1, 31, 'day of month');
  const monthField = parseField(month, 1, 12, 'month', months, 1);
  const weekday = parseField(dow, 0, 7, 'day of week', days, 0);
  const weekdays = new Set([...weekday.values].map((d) => d % 7));
  const dayMatches = (d: Date): boolean => {
    const domOk = dayOfMonth.values.has(d.getUTCDate());
    const dowOk = weekdays.has(d.getUTCDay());
    if (dayOfMonth.any || weekday.any) return domOk && dowOk;
    return domOk || dowOk;
  };
  return {
    next(after) {
      const t = new Date(Math.floor(after.getTime() / 1000) * 1000 + 1000);
      const horizon = after.getTime() + 5 * 366 * 86_400_000;
      while (t.getTime() <= horizon) {
        if (!monthField.values.has(t.getUTCMonth() + 1)) {
          t.setUTCMonth(t.getUTCMonth() + 1, 1);
          t.setUTCHours(0, 0, 0);
        } else if (!dayMatches(t)) {
          t.setUTCDate(t.getUTCDate() + 1);
          t.setUTCHours(0, 0, 0);
        } else if (!hours.values.has(t.getUTCHours())) {
          t.setUTCHours(t.getUTCHours() + 1, 0, 0);
        } else if (!minute.values.has(t.getUTCMinutes())) {
          t.setUTCMinutes(t.getUTCMinutes() + 1, 0);
        } else if (!second.values.has(t.getUTCSeconds())) {
          t.setUTCSeconds(t.getUTCSeconds() + 1);
        } else {
          return new Date(t.getTime());
        }
      }
      return undefined;
    },
  };
}
