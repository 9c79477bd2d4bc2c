import { substring, type Filter } from '@/lib/kfp/filter.ts';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import { describeTrigger, rawTrigger } from './trigger.ts';

export const RECURRING_RUN_LIST_PARAMS = { search: 'q', status: 'status' } as const;
/** KFP sorts recurring runs by `created_at`, `name` (the display name), `id` and `pipeline_id`. */
export const RECURRING_RUN_SORT_FIELDS = ['created_at', 'name'] as const;
export const RECURRING_RUN_DEFAULT_SORT = { field: 'created_at', desc: true } as const;

export function recurringRunFilter(params: URLSearchParams): Filter {
  const search = (params.get(RECURRING_RUN_LIST_PARAMS.search) ?? '').trim();
  return { predicates: search === '' ? [] : [substring('display_name', search)] };
}

export interface RecurringRunRow {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly trigger: string;
  readonly triggerSource: string | undefined;
  /** The schedule's window (RFC 3339), when it has one. */
  readonly startTime: string | undefined;
  readonly endTime: string | undefined;
  /** `pending` while the experiment names are being looked up. */
  readonly experiment:
    | { readonly id: string; readonly name: string | undefined; readonly pending: boolean }
    | undefined;
  readonly createdAt: string | undefined;
}

export function toRecurringRunRow(
  recurringRun: RecurringRun,
  experimentNames: ReadonlyMap<string, string>,
  namesPending = false,
): RecurringRunRow {
  const experimentId = recurringRun.experiment_id;
  return {
    id: recurringRun.recurring_run_id,
    name: recurringRun.display_name || recurringRun.recurring_run_id,
    enabled: recurringRun.status === 'ENABLED',
    trigger: describeTrigger(recurringRun.trigger),
    triggerSource: rawTrigger(recurringRun.trigger),
    ...scheduleWindow(recurringRun.trigger),
    experiment:
      experimentId === ''
        ? undefined
        : {
            id: experimentId,
            name: experimentNames.get(experimentId),
            pending: namesPending && !experimentNames.has(experimentId),
          },
    createdAt: recurringRun.created_at,
  };
}

function scheduleWindow(trigger: RecurringRun['trigger']): {
  startTime: string | undefined;
  endTime: string | undefined;
} {
  const schedule = trigger?.cron_schedule ?? trigger?.periodic_schedule;
  return { startTime: schedule?.start_time, endTime: schedule?.end_time };
}

/** Distinct sorted experiment ids of a page (one lookup request, stable key). */
export function experimentIdsOf(recurringRuns: readonly RecurringRun[]): string[] {
  return [
    ...new Set(
      recurringRuns.map((recurringRun) => recurringRun.experiment_id).filter((id) => id !== ''),
    ),
  ].sort();
}
