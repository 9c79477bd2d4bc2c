import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { getExperiment, listExperiments } from '@/lib/kfp/experiments.ts';
import { equals, substring, type Predicate } from '@/lib/kfp/filter.ts';
import {
  getPipeline,
  getPipelineVersion,
  listPipelines,
  listPipelineVersions,
} from '@/lib/kfp/pipelines.ts';
import { getRecurringRun } from '@/lib/kfp/recurring-runs.ts';
import { getRun } from '@/lib/kfp/runs.ts';
import { createRunKeys } from './create-run-keys.ts';
import { runKeys } from './run-keys.ts';

/** Picker pages are small: people search rather than scroll. */
export const PICKER_PAGE_SIZE = 10;

const searchFilter = (search: string, extra: readonly Predicate[] = []) => ({
  predicates: [...extra, ...(search.trim() ? [substring('display_name', search.trim())] : [])],
});

const nextToken = (page: { readonly next_page_token: string | undefined }) => page.next_page_token;

/** Queries of the start-run form, bound to the app's one client (which is not part of any key). */
export function createRunQueries(client: KfpClient) {
  return {
    /** Pipelines by name, paged: the namespace's own ones (or all, single-user) — `namespace` undefined lists the shared ones. */
    pipelines: (namespace: string | undefined, search: string) =>
      infiniteQueryOptions({
        queryKey: createRunKeys.pipelines(namespace, search),
        queryFn: ({ pageParam, signal }) =>
          listPipelines(
            client,
            {
              namespace,
              pageSize: PICKER_PAGE_SIZE,
              pageToken: pageParam,
              sortBy: 'display_name',
              filter: searchFilter(search),
            },
            signal,
          ),
        initialPageParam: '',
        getNextPageParam: nextToken,
      }),
    pipeline: (pipelineId: string) =>
      queryOptions({
        queryKey: createRunKeys.pipeline(pipelineId),
        queryFn: ({ signal }) => getPipeline(client, pipelineId, signal),
        enabled: pipelineId !== '',
      }),
    /** Versions of a pipeline, newest first. */
    versions: (pipelineId: string, search: string) =>
      infiniteQueryOptions({
        queryKey: createRunKeys.versions(pipelineId, search),
        queryFn: ({ pageParam, signal }) =>
          listPipelineVersions(
            client,
            pipelineId,
            {
              pageSize: PICKER_PAGE_SIZE,
              pageToken: pageParam,
              sortBy: 'created_at desc',
              filter: searchFilter(search),
            },
            signal,
          ),
        initialPageParam: '',
        getNextPageParam: nextToken,
        enabled: pipelineId !== '',
      }),
    /** One version with its spec (the parameters come from it). */
    version: (pipelineId: string, versionId: string) =>
      queryOptions({
        queryKey: createRunKeys.version(pipelineId, versionId),
        queryFn: ({ signal }) => getPipelineVersion(client, pipelineId, versionId, signal),
        enabled: pipelineId !== '' && versionId !== '',
        staleTime: Infinity,
      }),
    latestVersion: (pipelineId: string) =>
      queryOptions({
        queryKey: createRunKeys.latestVersion(pipelineId),
        queryFn: async ({ signal }) =>
          (
            await listPipelineVersions(
              client,
              pipelineId,
              { pageSize: 1, sortBy: 'created_at desc' },
              signal,
            )
          ).items[0] ?? null,
        enabled: pipelineId !== '',
      }),
    /** Active experiments of the namespace, by name. */
    experiments: (namespace: string | undefined, search: string) =>
      infiniteQueryOptions({
        queryKey: createRunKeys.experiments(namespace, search),
        queryFn: ({ pageParam, signal }) =>
          listExperiments(
            client,
            {
              namespace,
              pageSize: PICKER_PAGE_SIZE,
              pageToken: pageParam,
              sortBy: 'created_at desc',
              filter: searchFilter(search, [equals('storage_state', 'AVAILABLE')]),
            },
            signal,
          ),
        initialPageParam: '',
        getNextPageParam: nextToken,
      }),
    experiment: (experimentId: string) =>
      queryOptions({
        queryKey: createRunKeys.experiment(experimentId),
        queryFn: ({ signal }) => getExperiment(client, experimentId, signal),
        enabled: experimentId !== '',
      }),
    /** The run a clone starts from. */
    run: (runId: string) =>
      queryOptions({
        queryKey: runKeys.detail(runId),
        queryFn: ({ signal }) => getRun(client, runId, { signal }),
        enabled: runId !== '',
      }),
    recurringRun: (recurringRunId: string) =>
      queryOptions({
        queryKey: createRunKeys.recurringRun(recurringRunId),
        queryFn: ({ signal }) => getRecurringRun(client, recurringRunId, signal),
        enabled: recurringRunId !== '',
      }),
  };
}
