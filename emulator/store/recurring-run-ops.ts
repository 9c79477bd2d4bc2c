import { randomUUID } from 'node:crypto';
import { badRequest, notFound } from '../lib/errors.ts';
import { CronError, parseCron } from './cron.ts';
import type { RecurringRunRecord, Trigger } from './records.ts';
import type { Store } from './store.ts';
import type { JsonObject } from '../lib/json.ts';

export function getRecurringRun(store: Store, id: string): RecurringRunRecord {
  const job = store.recurringRuns.get(id);
  if (!job)
    throw notFound(`Failed to get recurring run: recurring run ${JSON.stringify(id)} not found`);
  return job;
}

/** Validates a trigger like the server: a robfig cron (seconds first) or an interval of at least one second. */
export function checkTrigger(trigger: Trigger | undefined): void {
  if (!trigger)
    throw badRequest(
      'Failed to create a recurring run: a trigger (cron_schedule or periodic_schedule) is required',
    );
  if (trigger.kind === 'cron') {
    try {
      parseCron(trigger.cron);
    } catch (error) {
      if (!(error instanceof CronError)) throw error;
      throw badRequest(
        `Schedule cron is not a supported format(https://godoc.org/github.com/robfig/cron). Error: ${error.message}`,
      );
    }
  } else if (BigInt(trigger.intervalSecond) < 1n) {
    throw badRequest(
      `Found invalid period schedule interval ${trigger.intervalSecond}. Set at interval to least 1 second`,
    );
  }
  if (
    trigger.startTime &&
    trigger.endTime &&
    Date.parse(trigger.endTime) < Date.parse(trigger.startTime)
  ) {
    throw badRequest(
      'Failed to create a recurring run: the end time of the schedule is before its start time',
    );
  }
}

export function checkMaxConcurrency(value: string): void {
  const n = BigInt(value === '' ? '0' : value);
  if (n < 1n || n > 10n) {
    throw badRequest(
      `Max concurrency of a recurring run must be at least 1 and at most 10. Received ${n}`,
    );
  }
}

export interface NewRecurringRun {
  readonly displayName: string;
  readonly description: string;
  readonly experimentId: string;
  readonly namespace: string;
  readonly source: RecurringRunRecord['source'];
  readonly parameters: JsonObject;
  readonly pipelineRoot: string;
  readonly serviceAccount: string;
  readonly maxConcurrency: string;
  readonly trigger: Trigger | undefined;
  readonly enabled: boolean;
  readonly noCatchup: boolean;
}

/** Validates a new recurring run without storing anything. */
export function checkNewRecurringRun(input: Omit<NewRecurringRun, 'experimentId'>): void {
  if (input.displayName.trim() === '')
    throw badRequest("Failed to create a recurring run: Recurring run's name cannot be empty");
  checkMaxConcurrency(input.maxConcurrency);
  checkTrigger(input.trigger);
}

export function createRecurringRun(
  store: Store,
  input: NewRecurringRun,
  now: Date,
): RecurringRunRecord {
  checkNewRecurringRun(input);
  const record: RecurringRunRecord = {
    id: randomUUID(),
    ...input,
    createdAtMs: now.getTime(),
    updatedAtMs: now.getTime(),
  };
  store.recurringRuns.put(record);
  return record;
}

export function setRecurringRunEnabled(
  store: Store,
  id: string,
  enabled: boolean,
  now: Date,
): RecurringRunRecord {
  const job = getRecurringRun(store, id);
  const updated = { ...job, enabled, updatedAtMs: now.getTime() };
  store.recurringRuns.put(updated);
  return updated;
}

export function deleteRecurringRun(store: Store, id: string): void {
  getRecurringRun(store, id);
  store.recurringRuns.delete(id);
}
