import { CronError, parseCron } from './cron.ts';

/** The fields of a v2beta1 RecurringRun the scheduler reads (wire names). */
export interface RecurringRunSchedule {
  readonly trigger?: {
    readonly cron_schedule?: {
      readonly cron?: string;
      readonly start_time?: string;
      readonly end_time?: string;
    };
    readonly periodic_schedule?: {
      readonly interval_second?: string | number;
      readonly start_time?: string;
      readonly end_time?: string;
    };
  };
  /** int64 as a string; unset or invalid means 1, as the KFP controller does. */
  readonly max_concurrency?: string | number;
  readonly no_catchup?: boolean;
  readonly created_at?: string;
  /** `DISABLED` recurring runs never fire. */
  readonly status?: string;
}

export interface DueOptions {
  /** Runs of this recurring run that are still active (count against max_concurrency). */
  readonly activeRuns?: number;
  /** Backfill cap per call (catch-up after a long pause). */
  readonly limit?: number;
}

function time(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Why a trigger cannot work (for the API's validation), or undefined. */
export function triggerProblem(run: RecurringRunSchedule): string | undefined {
  const cron = run.trigger?.cron_schedule;
  const periodic = run.trigger?.periodic_schedule;
  if (cron && periodic)
    return 'a trigger has either a cron_schedule or a periodic_schedule, not both';
  if (cron) {
    try {
      parseCron(cron.cron ?? '');
    } catch (e) {
      return e instanceof CronError ? `invalid cron schedule: ${e.message}` : String(e);
    }
    return undefined;
  }
  if (periodic) {
    const interval = Number(periodic.interval_second);
    return Number.isInteger(interval) && interval > 0
      ? undefined
      : `invalid periodic schedule: interval_second must be a positive integer, got '${String(periodic.interval_second)}'`;
  }
  return 'the recurring run has no trigger';
}

/**
 * The moments a recurring run should have fired since `lastFiredAt` (or since its start) up to
 * `now`, as KFP's ScheduledWorkflow controller decides: the first fire is strictly after the start
 * (start_time, else created_at), nothing after end_time; `no_catchup` keeps only the latest missed
 * time; at most `max_concurrency − activeRuns` are returned (the earliest first). Pure: the caller
 * creates the runs and remembers the last returned time.
 */
export function dueRuns(
  run: RecurringRunSchedule,
  lastFiredAt: Date | undefined,
  now: Date,
  options: DueOptions = {},
): Date[] {
  if (run.status === 'DISABLED' || triggerProblem(run) !== undefined) return [];
  const cron = run.trigger?.cron_schedule;
  const periodic = run.trigger?.periodic_schedule;
  const bounds = cron ?? periodic;
  const start = time(bounds?.start_time) ?? time(run.created_at) ?? now.getTime();
  const end = time(bounds?.end_time) ?? Number.POSITIVE_INFINITY;
  const limit = options.limit ?? 100;
  const max = Number(run.max_concurrency);
  const allowed = Math.max(
    0,
    (Number.isInteger(max) && max > 0 ? max : 1) - (options.activeRuns ?? 0),
  );
  if (allowed === 0) return [];
  let from = Math.max(start, lastFiredAt?.getTime() ?? start);
  const horizon = Math.min(now.getTime(), end);
  if (periodic && !cron) {
    const interval = Number(periodic.interval_second) * 1000;
    const missed = Math.floor((horizon - from) / interval);
    if (missed < 1) return [];
    if (run.no_catchup === true) return [new Date(from + missed * interval)];
    return Array.from(
      { length: Math.min(missed, limit, allowed) },
      (_, i) => new Date(from + (i + 1) * interval),
    );
  }
  const schedule = parseCron(cron?.cron ?? '');
  const due: number[] = [];
  // no_catchup walks every missed time to find the latest; bounded for very frequent schedules.
  for (
    let steps = 0, t = schedule.next(new Date(from))?.getTime();
    t !== undefined && t <= horizon && steps < 1_000_000;
    steps++
  ) {
    due.push(t);
    if (run.no_catchup === true) {
      if (due.length > 1) due.shift();
    } else if (due.length >= Math.min(limit, allowed)) {
      break;
    }
    from = t;
    t = schedule.next(new Date(from))?.getTime();
  }
  return due.map((t) => new Date(t));
}
