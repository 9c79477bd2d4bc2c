import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { equals } from '@/lib/kfp/filter.ts';
import { getPipeline, getPipelineVersion } from '@/lib/kfp/pipelines.ts';
import { getRecurringRun } from '@/lib/kfp/recurring-runs.ts';
import { listRuns } from '@/lib/kfp/runs.ts';
import { isFinished } from '@/lib/kfp/wire/common.ts';
import { recurringRunKeys } from './recurring-run-keys';

/** While one of its runs is active the runs table refreshes this often. */
const ACTIVE_REFRESH_MS = 2500;
export const RECURRING_RUNS_PAGE_SIZE = 10;

export const recurringRunDetailKeys = {
  runs: (recurringRunId: string, pageToken: string) => [...recurringRunKeys.all, 'runs-of', recurringRunId, pageToken] as const,
  anyRuns: (recurringRunId: string) => [...recurringRunKeys.all, 'runs-of', recurringRunId] as const,
  pipelineName: (pipelineId: string, versionId: string) => [...recurringRunKeys.all, 'pipeline-name', pipelineId, versionId] as const,
};

/** The recurring run page: the recurring run, its runs, the names of its pipeline and version. */
export function recurringRunDetailQueries(client: KfpClient) {
  return {
    detail: (recurringRunId: string) =>
      queryOptions({ queryKey: recurringRunKeys.detail(recurringRunId), queryFn: ({ signal }) => getRecurringRun(client, recurringRunId, signal) }),
    /** Its runs, newest first: the runs list filtered by `recurring_run_id`. */
    runs: (recurringRunId: string, namespace: string | undefined, pageToken: string) =>
      queryOptions({
        queryKey: recurringRunDetailKeys.runs(recurringRunId, pageToken),
        queryFn: ({ signal }) =>
          listRuns(
            client,
            { namespace, pageSize: RECURRING_RUNS_PAGE_SIZE, pageToken: pageToken || undefined, sortBy: 'created_at desc', filter: { predicates: [equals('recurring_run_id', recurringRunId)] } },
            signal,
          ),
        placeholderData: keepPreviousData,
        refetchInterval: (query) => (query.state.data?.items.some((run) => !isFinished(run.state)) ? ACTIVE_REFRESH_MS : false),
      }),
    pipelineName: (pipelineId: string, versionId: string) =>
      queryOptions({
        queryKey: recurringRunDetailKeys.pipelineName(pipelineId, versionId),
        queryFn: async ({ signal }) => {
          const [pipeline, version] = await Promise.all([
            getPipeline(client, pipelineId, signal),
            versionId ? getPipelineVersion(client, pipelineId, versionId, signal) : Promise.resolve(undefined),
          ]);
          return { pipeline: pipeline.display_name || pipeline.name, version: version ? version.display_name || version.name : undefined };
        },
        enabled: pipelineId !== '',
        staleTime: 5 * 60_000,
      }),
  };
}
