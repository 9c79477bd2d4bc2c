import { dueRuns, type RecurringRunSchedule } from './due-runs.ts';
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

/** The record as the pure schedule reader (due-runs.ts) sees a RecurringRun. */
function scheduleOf(job: RecurringRunRecord): RecurringRunSchedule {
  const t = job.trigger;
  const times = {
    ...(t?.startTime ? { start_time: t.startTime } : {}),
    ...(t?.endTime ? { end_time: t.endTime } : {}),
  };
  return {
    ...(t?.kind === 'cron' ? { trigger: { cron_schedule: { cron: t.cron, ...times } } } : {}),
    ...(t?.kind === 'periodic'
      ? { trigger: { periodic_schedule: { interval_second: t.intervalSecond, ...times } } }
      : {}),
    max_concurrency: job.maxConcurrency,
    no_catchup: job.noCatchup,
    created_at: new Date(job.createdAtMs).toISOString(),
    status: job.enabled ? 'ENABLED' : 'DISABLED',
  };
}

function sourceAt(store: Store, job: RecurringRunRecord): PipelineSource | undefined {
  if (job.source.kind === 'spec')
    return store.getSpec(job.source.specHash) ? job.source : undefined;
  const version = job.source.pipelineVersionId
    ? store.versions.get(job.source.pipelineVersionId)
    : latestVersion(store, job.source.pipelineId);
  return version
    ? {
        kind: 'version',
        pipelineId: version.pipelineId,
        pipelineVersionId: version.id,
        specHash: version.specHash,
      }
    : undefined;
}

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]|\.\d{3}Z$/g, '')
    .replace('T', '');

/** Starts every run that is due now; answers the runs started. */
export function triggerDueRuns({ store, engine, now }: SchedulerDeps): RunRecord[] {
  const started: RunRecord[] = [];
  const current = now();
  for (const job of [...store.recurringRuns.values()]) {
    if (!job.enabled || !store.experiments.get(job.experimentId)) continue;
    const activeRuns = [...store.runs.values()].filter((r) => {
      if (r.recurringRunId !== job.id) return false;
      const state = engine.runtime(r.id)?.state;
      return state === undefined || !finishedStates.has(state);
    }).length;
    const last = job.lastTriggeredAtMs === undefined ? undefined : new Date(job.lastTriggeredAtMs);
    const due = dueRuns(scheduleOf(job), last, current, { activeRuns, limit: maxCatchUp }).map(
      (d) => d.getTime(),
    );
    for (const at of due) {
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
      }
    }
    const latest = due.at(-1);
    const fresh = store.recurringRuns.get(job.id);
    if (latest !== undefined && fresh)
      store.recurringRuns.put({ ...fresh, lastTriggeredAtMs: latest });
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
      process.stderr.write(
        `scheduler: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
