import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { getPipelineVersion } from '@/lib/kfp/pipelines.ts';
import { getRun } from '@/lib/kfp/runs.ts';
import { getRunV1 } from '@/lib/kfp/v1.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { isActiveRunState, specOfRun, type RunSpecSource } from '../model/run-detail.ts';
import { ACTIVE_REFRESH_MS } from './run-queries';
import { runKeys } from './run-keys';

/** Query keys of one run's page (under `runKeys.detail`, so list mutations refresh them too). */
export const runDetailKeys = {
  run: (runId: string) => [...runKeys.detail(runId), 'full'] as const,
  spec: (runId: string, source: RunSpecSource) => [...runKeys.detail(runId), 'spec', source] as const,
  v1: (runId: string) => [...runKeys.detail(runId), 'v1'] as const,
};

const poll = (run: Run | undefined) => (run !== undefined && isActiveRunState(run.state) ? ACTIVE_REFRESH_MS : false);

/** Query options of the run page, bound to the app's one client (which is not part of any key). */
export function runDetailQueries(client: KfpClient) {
  return {
    /** The run with `tasks[]` (newer servers) or `run_details` (older); polled while it is active. */
    run: (runId: string) =>
      queryOptions({
        queryKey: runDetailKeys.run(runId),
        queryFn: ({ signal }) => getRun(client, runId, { view: 'FULL', signal }),
        refetchInterval: (query) => poll(query.state.data),
      }),
    /** The pipeline spec the run ran: its inline spec or its pipeline version's. Never changes. */
    spec: (runId: string, source: RunSpecSource) =>
      queryOptions({
        queryKey: runDetailKeys.spec(runId, source),
        queryFn: async ({ signal }): Promise<unknown> => {
          if (source.kind === 'inline') return source.spec;
          if (source.kind === 'none') throw new Error('The run names neither a pipeline version nor an inline pipeline spec.');
          const version = await getPipelineVersion(client, source.pipelineId, source.versionId, signal);
          if (version.pipeline_spec === undefined) throw new Error('The pipeline version has no pipeline spec.');
          return version.pipeline_spec;
        },
        staleTime: Number.POSITIVE_INFINITY,
      }),
    /** A v1 (Argo) run's live workflow; polled while the run is active. */
    v1: (runId: string, active: boolean) =>
      queryOptions({
        queryKey: runDetailKeys.v1(runId),
        queryFn: ({ signal }) => getRunV1(client, runId, signal),
        refetchInterval: active ? ACTIVE_REFRESH_MS : false,
      }),
  };
}

export { specOfRun };
