import { badRequest } from '../http/errors.ts';

/**
 * Cron as the KFP scheduled-workflow controller reads it (robfig/cron v1): six fields, seconds
 * first (`0 30 14 * * ?`), the day-of-week field optional; `*`, `?`, ranges, steps, lists, month
 * and weekday names; descriptors (`@daily`, `@every 1h30m`). Times are UTC.
 */
export interface CronSchedule {
  readonly seconds: ReadonlySet<number>;
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  readonly daysOfMonth: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  readonly daysOfWeek: ReadonlySet<number>;
  readonly domStar: boolean;
  readonly dowStar: boolean;
}

export type ParsedCron = { readonly kind: 'cron'; readonly schedule: CronSchedule } | { readonly kind: 'every'; readonly seconds: number };

const monthNames = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const dayNames = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const descriptors: Readonly<Record<string, string>> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@midnight': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

interface Bounds {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  readonly nameBase?: number;
}

const fields: readonly Bounds[] = [
  { name: 'seconds', min: 0, max: 59 },
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: monthNames, nameBase: 1 },
  { name: 'day of week', min: 0, max: 6, names: dayNames, nameBase: 0 },
];

const invalid = (expr: string, reason: string) =>
  badRequest(`Schedule cron is not a supported format(https://godoc.org/github.com/robfig/cron). Error: ${reason} (cron ${JSON.stringify(expr)})`);

function value(text: string, bounds: Bounds, expr: string): number {
  const named = bounds.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return named + (bounds.nameBase ?? 0);
  if (!/^\d+$/.test(text)) throw invalid(expr, `failed to parse int from ${text} in ${bounds.name}`);
  const n = Number(text);
  if (n < bounds.min || n > bounds.max) throw invalid(expr, `${bounds.name} value ${n} out of range [${bounds.min}, ${bounds.max}]`);
  return n;
}

function parseField(text: string, bounds: Bounds, expr: string): { set: Set<number>; star: boolean } {
  const set = new Set<number>();
  let star = false;
  for (const part of text.split(',')) {
    const [range = '', stepText, extra] = part.split('/');
    if (extra !== undefined) throw invalid(expr, `too many slashes: ${part}`);
    let start: number;
    let end: number;
    if (range === '*' || range === '?') {
      start = bounds.min;
      end = bounds.max;
      star = stepText === undefined;
    } else {
      const [a = '', b, more] = range.split('-');
      if (more !== undefined) throw invalid(expr, `too many hyphens: ${range}`);
      start = value(a, bounds, expr);
      end = b === undefined ? (stepText === undefined ? start : bounds.max) : value(b, bounds, expr);
    }
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw invalid(expr, `bad step ${String(stepText)} in ${bounds.name}`);
    if (start > end) throw invalid(expr, `beginning of range (${start}) beyond end of range (${end}): ${part}`);
    for (let n = start; n <= end; n += step) set.add(n);
  }
  return { set, star };
}

function parseDuration(text: string, expr: string): number {
  const units: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  let total = 0;
  const matches = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (matches.length === 0 || matches.map((m) => m[0]).join('') !== text) throw invalid(expr, `failed to parse duration ${text}`);
  for (const m of matches) total += Number(m[1]) * (units[m[2] ?? 's'] ?? 1);
  if (total < 1) throw invalid(expr, 'the @every interval must be at least one second');
  return Math.floor(total);
}

export function parseCron(expr: string): ParsedCron {
  const trimmed = expr.trim();
  if (trimmed.startsWith('@every ')) return { kind: 'every', seconds: parseDuration(trimmed.slice(7).trim(), expr) };
  const text = descriptors[trimmed] ?? trimmed;
  if (text.startsWith('@')) throw invalid(expr, `unrecognized descriptor: ${text}`);
  const parts = text.split(/\s+/).filter((p) => p !== '');
  if (parts.length === 5) parts.push('*');
  if (parts.length !== 6) throw invalid(expr, `expected 5 to 6 fields (seconds first), found ${parts.length}: ${text}`);
  const parsed = parts.map((part, i) => parseField(part, fields[i] ?? { name: '?', min: 0, max: 0 }, expr));
  const [s, m, h, dom, mon, dow] = parsed;
  if (!s || !m || !h || !dom || !mon || !dow) throw invalid(expr, 'missing fields');
  return {
    kind: 'cron',
    schedule: {
      seconds: s.set,
      minutes: m.set,
      hours: h.set,
      daysOfMonth: dom.set,
      months: mon.set,
      daysOfWeek: dow.set,
      domStar: dom.star,
      dowStar: dow.star,
    },
  };
}

function dayMatches(s: CronSchedule, day: Date): boolean {
  const dom = s.daysOfMonth.has(day.getUTCDate());
  const dow = s.daysOfWeek.has(day.getUTCDay());
  return s.domStar || s.dowStar ? dom && dow : dom || dow;
}

const sorted = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);

/** The first time strictly after `afterMs` that the schedule fires (within five years), or undefined. */
export function nextCronTime(cron: ParsedCron, afterMs: number): number | undefined {
  if (cron.kind === 'every') return (Math.floor(afterMs / 1000) + cron.seconds) * 1000;
  const s = cron.schedule;
  const hours = sorted(s.hours);
  const minutes = sorted(s.minutes);
  const seconds = sorted(s.seconds);
  const start = new Date(Math.floor(afterMs / 1000) * 1000 + 1000);
  const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  for (let i = 0; i < 5 * 366; i++, day.setUTCDate(day.getUTCDate() + 1)) {
    if (!s.months.has(day.getUTCMonth() + 1) || !dayMatches(s, day)) continue;
    for (const h of hours) {
      for (const m of minutes) {
        for (const sec of seconds) {
          const t = day.getTime() + ((h * 60 + m) * 60 + sec) * 1000;
          if (t >= start.getTime()) return t;
        }
      }
    }
  }
  return undefined;
}
