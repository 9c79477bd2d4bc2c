import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { getExperiment } from '@/lib/kfp/experiments.ts';
import { equals } from '@/lib/kfp/filter.ts';
import { getPipeline, getPipelineVersion } from '@/lib/kfp/pipelines.ts';
import { getRecurringRun } from '@/lib/kfp/recurring-runs.ts';
import { listRuns } from '@/lib/kfp/runs.ts';
import { isFinished } from '@/lib/kfp/wire/common.ts';
import { recurringRunKeys } from './recurring-run-keys.ts';

/** While one of its runs is active the runs table refreshes this often. */
const ACTIVE_REFRESH_MS = 2500;
/** While the schedule is enabled new runs may appear at any time. */
const SCHEDULED_REFRESH_MS = 5000;
export const RECURRING_RUNS_PAGE_SIZE = 10;

export const recurringRunDetailKeys = {
  runs: (recurringRunId: string, pageToken: string) =>
    [...recurringRunKeys.all, 'runs-of', recurringRunId, pageToken] as const,
  anyRuns: (recurringRunId: string) =>
    [...recurringRunKeys.all, 'runs-of', recurringRunId] as const,
  names: (pipelineId: string, versionId: string, experimentId: string) =>
    [...recurringRunKeys.all, 'names', pipelineId, versionId, experimentId] as const,
};

/** The recurring run page: the recurring run, its runs, the names of its pipeline and version. */
export function recurringRunDetailQueries(client: KfpClient) {
  return {
    detail: (recurringRunId: string) =>
      queryOptions({
        queryKey: recurringRunKeys.detail(recurringRunId),
        queryFn: ({ signal }) => getRecurringRun(client, recurringRunId, signal),
      }),
    /** Its runs, newest first: the runs list filtered by `recurring_run_id`; refreshed while the schedule is on or a run is active. */
    runs: (
      recurringRunId: string,
      namespace: string | undefined,
      pageToken: string,
      scheduleEnabled: boolean,
    ) =>
      queryOptions({
        queryKey: recurringRunDetailKeys.runs(recurringRunId, pageToken),
        queryFn: ({ signal }) =>
          listRuns(
            client,
            {
              namespace,
              pageSize: RECURRING_RUNS_PAGE_SIZE,
              pageToken: pageToken || undefined,
              sortBy: 'created_at desc',
              filter: { predicates: [equals('recurring_run_id', recurringRunId)] },
            },
            signal,
          ),
        placeholderData: keepPreviousData,
        refetchInterval: (query) => {
          if (query.state.data?.items.some((run) => !isFinished(run.state)))
            return ACTIVE_REFRESH_MS;
          return scheduleEnabled && pageToken === '' ? SCHEDULED_REFRESH_MS : false;
        },
      }),
    /** Names of its pipeline, version and experiment (any of them may be gone: then the id shows). */
    names: (pipelineId: string, versionId: string, experimentId: string) =>
      queryOptions({
        queryKey: recurringRunDetailKeys.names(pipelineId, versionId, experimentId),
        queryFn: async ({ signal }) => {
          const named = async <T>(id: string, get: () => Promise<T>, name: (item: T) => string) =>
            id ? name(await get()) : undefined;
          const [pipeline, version, experiment] = await Promise.allSettled([
            named(
              pipelineId,
              () => getPipeline(client, pipelineId, signal),
              (p) => p.display_name || p.name,
            ),
            named(
              versionId,
              () => getPipelineVersion(client, pipelineId, versionId, signal),
              (v) => v.display_name || v.name,
            ),
            named(
              experimentId,
              () => getExperiment(client, experimentId, signal),
              (e) => e.display_name,
            ),
          ]);
          const value = (result: PromiseSettledResult<string | undefined>) =>
            result.status === 'fulfilled' ? result.value : undefined;
          return {
            pipeline: value(pipeline),
            version: value(version),
            experiment: value(experiment),
          };
        },
        staleTime: 5 * 60_000,
      }),
  };
}
