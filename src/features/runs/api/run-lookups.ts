import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { listExperiments } from '@/lib/kfp/experiments.ts';
import { oneOf } from '@/lib/kfp/filter.ts';
import { listPipelines } from '@/lib/kfp/pipelines.ts';
import { runKeys } from './run-keys';

/** Names barely change; a page's lookups are reused across polls and pages for this long. */
const NAMES_STALE_MS = 5 * 60_000;

/** Name lookups for a page of runs, bound to the app's one client. */
export function runLookupQueries(client: KfpClient) {
  const pipelineNames = async (scope: string | undefined, ids: readonly string[], signal: AbortSignal) => {
    const page = await listPipelines(client, { namespace: scope, pageSize: ids.length, filter: { predicates: [oneOf('pipeline_id', ids)] } }, signal);
    return page.items.map((pipeline) => [pipeline.pipeline_id, pipeline.display_name || pipeline.name] as const);
  };
  return {
    /**
     * Experiment names: ONE list request, `experiment_id IN [...]` (KFP's experiment filter supports
     * IN on its id), never one request per row.
     */
    experimentNames: (namespace: string | undefined, ids: readonly string[]) =>
      queryOptions({
        queryKey: runKeys.experimentNames(namespace, ids),
        queryFn: async ({ signal }): Promise<ReadonlyMap<string, string>> => {
          const page = await listExperiments(client, { namespace, pageSize: ids.length, filter: { predicates: [oneOf('experiment_id', ids)] } }, signal);
          return new Map(page.items.map((experiment) => [experiment.experiment_id, experiment.display_name]));
        },
        enabled: ids.length > 0,
        staleTime: NAMES_STALE_MS,
      }),
    /**
     * Pipeline names: `pipeline_id IN [...]` in one list request. In a multi-user install a pipeline
     * lives in the namespace or is shared (namespace ""), and a list call sees one scope, so ids the
     * namespace does not have are then looked up among the shared pipelines (a second request only
     * for pages that use shared pipelines).
     */
    pipelineNames: (namespace: string | undefined, ids: readonly string[]) =>
      queryOptions({
        queryKey: runKeys.pipelineNames(namespace, ids),
        queryFn: async ({ signal }): Promise<ReadonlyMap<string, string>> => {
          const names = new Map(await pipelineNames(namespace, ids, signal));
          const missing = ids.filter((id) => !names.has(id));
          if (namespace !== undefined && missing.length > 0) for (const [id, name] of await pipelineNames(undefined, missing, signal)) names.set(id, name);
          return names;
        },
        enabled: ids.length > 0,
        staleTime: NAMES_STALE_MS,
      }),
  };
}
