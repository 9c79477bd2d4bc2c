import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { getPipelineVersion } from '@/lib/kfp/pipelines.ts';
import { getRun } from '@/lib/kfp/runs.ts';
import { getRunV1 } from '@/lib/kfp/v1.ts';
import type { PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import type { V1RunDetail } from '@/lib/kfp/wire/v1-run.ts';
import { isActiveRunState, type RunSpecSource } from '../model/run-detail.ts';
import { stateOfV1Status } from '../model/run-detail-v1-status.ts';
import { ACTIVE_REFRESH_MS } from './run-queries.ts';
import { runKeys } from './run-keys.ts';

/** Query keys of one run's page (under `runKeys.detail`, so list mutations refresh them too). */
export const runDetailKeys = {
  run: (runId: string) => [...runKeys.detail(runId), 'full'] as const,
  spec: (runId: string, source: RunSpecSource) =>
    [...runKeys.detail(runId), 'spec', source] as const,
  v1: (runId: string) => [...runKeys.detail(runId), 'v1'] as const,
};

const poll = (run: Run | undefined) =>
  run !== undefined && isActiveRunState(run.state) ? ACTIVE_REFRESH_MS : false;

/** Whether a v1 run is active by its v1beta1 status; undefined when the status says nothing sure. */
export function isActiveV1Run(v1: V1RunDetail | undefined): boolean | undefined {
  const state = v1 === undefined ? undefined : stateOfV1Status(v1.run.status);
  return state === undefined ? undefined : isActiveRunState(state);
}

/** Reads a pipeline version (the run page passes one that shares the version link's cache entry). */
export type VersionLoader = (
  pipelineId: string,
  versionId: string,
  signal: AbortSignal,
) => Promise<PipelineVersion>;

/**
 * Query options of the run page, bound to the app's one client (which is not part of any key).
 * `loadVersion` reads the spec's pipeline version: by default straight from the server.
 */
export function runDetailQueries(
  client: KfpClient,
  loadVersion: VersionLoader = (pipelineId, versionId, signal) =>
    getPipelineVersion(client, pipelineId, versionId, signal),
) {
  return {
    /**
     * The run with `tasks[]` (newer servers) or `run_details` (older); polled while it is active,
     * unless `polledElsewhere` (a v1 run whose v1beta1 read is polled instead, see `v1`).
     */
    run: (runId: string, polledElsewhere = false) =>
      queryOptions({
        queryKey: runDetailKeys.run(runId),
        queryFn: ({ signal }) => getRun(client, runId, { view: 'FULL', signal }),
        refetchInterval: (query) => (polledElsewhere ? false : poll(query.state.data)),
      }),
    /** The pipeline spec the run ran: its inline spec or its pipeline version's. Never changes. */
    spec: (runId: string, source: RunSpecSource) =>
      queryOptions({
        queryKey: runDetailKeys.spec(runId, source),
        queryFn: async ({ signal }): Promise<unknown> => {
          if (source.kind === 'inline') return source.spec;
          if (source.kind === 'none')
            throw new Error(
              'The run names neither a pipeline version nor an inline pipeline spec.',
            );
          const version = await loadVersion(source.pipelineId, source.versionId, signal);
          if (version.pipeline_spec === undefined)
            throw new Error('The pipeline version has no pipeline spec.');
          return version.pipeline_spec;
        },
        staleTime: Number.POSITIVE_INFINITY,
      }),
    /**
     * A v1 (Argo) run's status and live workflow; polled while its own status says the run is active
     * (`activeFallback`, the v2 run's state, decides while the status says nothing sure).
     */
    v1: (runId: string, activeFallback: boolean) =>
      queryOptions({
        queryKey: runDetailKeys.v1(runId),
        queryFn: ({ signal }) => getRunV1(client, runId, signal),
        refetchInterval: (query) =>
          (isActiveV1Run(query.state.data) ?? activeFallback) ? ACTIVE_REFRESH_MS : false,
      }),
  };
}
