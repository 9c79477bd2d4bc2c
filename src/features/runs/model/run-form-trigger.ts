import cronstrue from 'cronstrue';
import type { CreateRecurringRunBody } from '@/lib/kfp/recurring-runs.ts';
import { CRON_DESCRIPTORS, parseCron } from './cron-schedule.ts';

/**
 * The recurring part of the run form and the `trigger` / `max_concurrency` / `no_catchup` it sends
 * (KFP-NOTES "Experiments, runs, recurring runs"): cron has 6 fields, seconds first; periodic
 * intervals and max concurrency are int64 strings.
 */
export type IntervalUnit = 'minutes' | 'hours' | 'days';

export const UNIT_SECONDS: Readonly<Record<IntervalUnit, number>> = {
  minutes: 60,
  hours: 3600,
  days: 86_400,
};

export interface TriggerInput {
  readonly kind: 'cron' | 'periodic';
  readonly cron: string;
  readonly every: string;
  readonly unit: IntervalUnit;
  /** `datetime-local` texts (local time), empty for none. */
  readonly start: string;
  readonly end: string;
  readonly maxConcurrency: string;
  /** Run the schedules missed while paused or behind (`no_catchup` is its opposite). */
  readonly catchUp: boolean;
}

export const DEFAULT_TRIGGER: TriggerInput = {
  kind: 'periodic',
  cron: '0 0 * * * *',
  every: '1',
  unit: 'hours',
  start: '',
  end: '',
  maxConcurrency: '10',
  catchUp: true,
};

export type TriggerField = 'cron' | 'every' | 'start' | 'end' | 'maxConcurrency';

export type CronCheck =
  | { readonly ok: true; readonly description: string }
  | { readonly ok: false; readonly error: string };

/** Validates a KFP cron (6 fields, seconds first, or a descriptor like `@hourly`) and says it in words. */
export function checkCron(cron: string): CronCheck {
  const parsed = parseCron(cron);
  if (!parsed.ok) return parsed;
  const text = CRON_DESCRIPTORS[cron.trim()] ?? cron.trim();
  try {
    return {
      ok: true,
      description: cronstrue.toString(text, {
        use24HourTimeFormat: true,
        throwExceptionOnParseError: true,
      }),
    };
  } catch (error) {
    return {
      ok: false,
      error: `Invalid cron: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** `datetime-local` text → RFC 3339, or an error. */
function toTimestamp(text: string): { ok: true; value: string | undefined } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  const ms = new Date(text).getTime();
  return Number.isNaN(ms) ? { ok: false } : { ok: true, value: new Date(ms).toISOString() };
}

export type BuiltTrigger =
  | {
      readonly ok: true;
      readonly body: Pick<CreateRecurringRunBody, 'trigger' | 'max_concurrency' | 'no_catchup'>;
    }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<TriggerField, string>>> };

/** The wire trigger of a recurring run, or a message per invalid field. */
export function buildTrigger(input: TriggerInput): BuiltTrigger {
  const errors: Partial<Record<TriggerField, string>> = {};
  if (input.kind === 'cron') {
    const cron = checkCron(input.cron);
    if (!cron.ok) errors.cron = cron.error;
  }
  const every = input.every.trim();
  if (input.kind === 'periodic' && (!/^\d+$/.test(every) || Number(every) < 1))
    errors.every = 'Enter a whole number of at least 1';
  const start = toTimestamp(input.start);
  const end = toTimestamp(input.end);
  if (!start.ok) errors.start = 'Enter a valid date and time';
  if (!end.ok) errors.end = 'Enter a valid date and time';
  if (
    start.ok &&
    end.ok &&
    start.value !== undefined &&
    end.value !== undefined &&
    Date.parse(end.value) <= Date.parse(start.value)
  ) {
    errors.end = 'The end must be after the start';
  }
  const concurrency = input.maxConcurrency.trim();
  if (!/^\d+$/.test(concurrency) || Number(concurrency) < 1)
    errors.maxConcurrency = 'Enter a whole number of at least 1';
  else if (Number(concurrency) > 10)
    errors.maxConcurrency = 'KFP allows at most 10 concurrent runs';
  if (Object.keys(errors).length > 0 || !start.ok || !end.ok) return { ok: false, errors };

  const times = {
    ...(start.value ? { start_time: start.value } : {}),
    ...(end.value ? { end_time: end.value } : {}),
  };
  const trigger: CreateRecurringRunBody['trigger'] =
    input.kind === 'cron'
      ? { cron_schedule: { cron: input.cron.trim(), ...times } }
      : {
          periodic_schedule: {
            interval_second: String(Number(every) * UNIT_SECONDS[input.unit]),
            ...times,
          },
        };
  return {
    ok: true,
    body: { trigger, max_concurrency: String(Number(concurrency)), no_catchup: !input.catchUp },
  };
}

/** A wire trigger back into the form (cloning a recurring run). */
export function triggerInputFrom(
  trigger:
    | {
        readonly cron_schedule?:
          | {
              readonly cron: string;
              readonly start_time?: string | undefined;
              readonly end_time?: string | undefined;
            }
          | undefined;
        readonly periodic_schedule?:
          | {
              readonly interval_second: string;
              readonly start_time?: string | undefined;
              readonly end_time?: string | undefined;
            }
          | undefined;
      }
    | undefined,
  maxConcurrency: string | undefined,
  noCatchup: boolean,
): TriggerInput {
  const base = {
    ...DEFAULT_TRIGGER,
    maxConcurrency:
      maxConcurrency && maxConcurrency !== '0' ? maxConcurrency : DEFAULT_TRIGGER.maxConcurrency,
    catchUp: !noCatchup,
  };
  const local = (iso: string | undefined) => (iso ? toLocalInput(iso) : '');
  if (trigger?.cron_schedule && trigger.cron_schedule.cron !== '') {
    return {
      ...base,
      kind: 'cron',
      cron: trigger.cron_schedule.cron,
      start: local(trigger.cron_schedule.start_time),
      end: local(trigger.cron_schedule.end_time),
    };
  }
  if (trigger?.periodic_schedule) {
    const seconds = Number(trigger.periodic_schedule.interval_second);
    const unit =
      (['days', 'hours', 'minutes'] as const).find(
        (u) => seconds > 0 && seconds % UNIT_SECONDS[u] === 0,
      ) ?? 'minutes';
    const every = Math.max(1, Math.round(seconds / UNIT_SECONDS[unit]));
    return {
      ...base,
      kind: 'periodic',
      every: String(every),
      unit,
      start: local(trigger.periodic_schedule.start_time),
      end: local(trigger.periodic_schedule.end_time),
    };
  }
  return base;
}

/** RFC 3339 → `datetime-local` text in local time (`2026-11-25T14:30`). */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
