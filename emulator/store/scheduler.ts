import { nextCronTime, parseCron, type ParsedCron } from './cron.ts';
import { latestVersion } from './pipeline-ops.ts';
import { finishedStates, type RunEngine } from './run-engine.ts';
import { startRun } from './run-ops.ts';
import type { PipelineSource, RecurringRunRecord, RunRecord } from './records.ts';
import type { Store } from './store.ts';

/**
 * The scheduled-workflow controller: enabled recurring runs start runs when their cron or period
 * comes due (UTC). Missed times are caught up one by one, or only the latest with `no_catchup`;
 * a recurring run never has more than `max_concurrency` active runs (it waits, like the controller).
 */
export interface SchedulerDeps {
  readonly store: Store;
  readonly engine: RunEngine;
  readonly now: () => Date;
}

/** At most this many catch-up runs per recurring run and tick. */
const maxCatchUp = 50;

function timing(job: RecurringRunRecord): { next: (afterMs: number) => number | undefined; startMs: number; endMs: number } | undefined {
  const trigger = job.trigger;
  if (!trigger) return undefined;
  const startMs = Math.max(job.createdAtMs, trigger.startTime ? Date.parse(trigger.startTime) : 0);
  const endMs = trigger.endTime ? Date.parse(trigger.endTime) : Number.POSITIVE_INFINITY;
  if (trigger.kind === 'periodic') {
    const every = Number(trigger.intervalSecond) * 1000;
    return { startMs, endMs, next: (after) => (after < startMs ? startMs + every : after + every) };
  }
  let cron: ParsedCron;
  try {
    cron = parseCron(trigger.cron);
  } catch {
    return undefined;
  }
  return { startMs, endMs, next: (after) => nextCronTime(cron, Math.max(after, startMs - 1000)) };
}

/** Schedule times in (last, now], oldest first. */
function dueTimes(job: RecurringRunRecord, nowMs: number): number[] {
  const t = timing(job);
  if (!t) return [];
  const due: number[] = [];
  let at = t.next(job.lastTriggeredAtMs ?? t.startMs - 1);
  while (at !== undefined && at <= nowMs && at <= t.endMs) {
    due.push(at);
    if (job.noCatchup && due.length > 1) due.shift();
    if (!job.noCatchup && due.length >= maxCatchUp) break;
    at = t.next(at);
  }
  return due;
}

function sourceAt(store: Store, job: RecurringRunRecord): PipelineSource | undefined {
  if (job.source.kind === 'spec') return store.getSpec(job.source.specHash) ? job.source : undefined;
  const version = job.source.pipelineVersionId ? store.versions.get(job.source.pipelineVersionId) : latestVersion(store, job.source.pipelineId);
  return version ? { kind: 'version', pipelineId: version.pipelineId, pipelineVersionId: version.id, specHash: version.specHash } : undefined;
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}Z$/g, '').replace('T', '');

/** Starts every run that is due now; answers the runs started. */
export function triggerDueRuns({ store, engine, now }: SchedulerDeps): RunRecord[] {
  const started: RunRecord[] = [];
  const current = now();
  for (const job of [...store.recurringRuns.values()]) {
    if (!job.enabled || !store.experiments.get(job.experimentId)) continue;
    const due = dueTimes(job, current.getTime());
    if (due.length === 0) continue;
    let active = [...store.runs.values()].filter((r) => {
      if (r.recurringRunId !== job.id) return false;
      const state = engine.runtime(r.id)?.state;
      return state === undefined || !finishedStates.has(state);
    }).length;
    let last = job.lastTriggeredAtMs;
    for (const at of due) {
      if (active >= Number(job.maxConcurrency)) break;
      const source = sourceAt(store, job);
      const spec = source ? store.getSpec(source.specHash) : undefined;
      if (source && spec) {
        const run = startRun(
          { store, engine },
          {
            displayName: `${job.displayName}-${stamp(at)}`,
            spec,
            description: job.description,
            experimentId: job.experimentId,
            namespace: job.namespace,
            source,
            parameters: job.parameters,
            pipelineRoot: job.pipelineRoot,
            serviceAccount: job.serviceAccount,
            recurringRunId: job.id,
          },
          current,
        );
        started.push(run);
        active++;
      }
      last = at;
    }
    if (last !== job.lastTriggeredAtMs) {
      const fresh = store.recurringRuns.get(job.id);
      if (fresh) store.recurringRuns.put({ ...fresh, ...(last === undefined ? {} : { lastTriggeredAtMs: last }) });
    }
  }
  return started;
}

export interface Scheduler {
  stop(): void;
}

/** Checks the schedules every `intervalMs` (default 1 s) until stopped. */
export function startScheduler(deps: SchedulerDeps, intervalMs = 1000): Scheduler {
  const timer = setInterval(() => {
    try {
      triggerDueRuns(deps);
    } catch (error) {
      process.stderr.write(`scheduler: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
