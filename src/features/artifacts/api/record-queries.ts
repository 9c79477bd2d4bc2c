import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { ApiError } from '@/lib/kfp/errors.ts';
import { oneOf } from '@/lib/kfp/filter.ts';
import { listRuns } from '@/lib/kfp/runs.ts';
import { loadMlmd } from '@/lib/mlmd/load.ts';
import type { RecordContext } from '@/lib/mlmd/record-origins.ts';
import { recordKeys, type RecordKind, type RecordListRequest } from './record-keys.ts';

/** MLMD ids are int64; anything else in a URL is a 404 here, not a crash in BigInt. */
function checkedId(id: string, what: RecordKind): string {
  if (!/^\d{1,19}$/.test(id)) throw new ApiError(404, `No ${what} has the id "${id}".`, 5, id);
  return id;
}

const notFound = (what: RecordKind, id: string) =>
  new ApiError(404, `No ${what} has the id ${id}.`, 5, id);

/**
 * Query options over ML Metadata's artifacts and executions. Each loads the MLMD chunk on first use
 * (dynamic import), so a page that never asks carries none of it.
 */
export function recordQueries(client: KfpClient) {
  const base = client.baseUrl;
  return {
    /** One page of artifacts, asked of the server with its own paging (never the whole store). */
    artifacts: (request: RecordListRequest) =>
      queryOptions({
        queryKey: recordKeys.list(base, 'artifact', request),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          return mlmd.listArtifacts(mlmd.mlmdFor(client), request, signal);
        },
        placeholderData: keepPreviousData,
      }),
    executions: (request: RecordListRequest) =>
      queryOptions({
        queryKey: recordKeys.list(base, 'execution', request),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          return mlmd.listExecutions(mlmd.mlmdFor(client), request, signal);
        },
        placeholderData: keepPreviousData,
      }),
    artifact: (id: string) =>
      queryOptions({
        queryKey: recordKeys.detail(base, 'artifact', id),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          const detail = await mlmd.getArtifactDetail(
            mlmd.mlmdFor(client),
            checkedId(id, 'artifact'),
            signal,
          );
          if (!detail) throw notFound('artifact', id);
          return detail;
        },
        staleTime: 30_000,
      }),
    execution: (id: string) =>
      queryOptions({
        queryKey: recordKeys.detail(base, 'execution', id),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          const detail = await mlmd.getExecutionDetail(
            mlmd.mlmdFor(client),
            checkedId(id, 'execution'),
            signal,
          );
          if (!detail) throw notFound('execution', id);
          return detail;
        },
        staleTime: 30_000,
      }),
    /**
     * The contexts (pipelines, runs) holding any of a page's records, in one call; `contexts`
     * undefined when the server cannot filter contexts so (contexts never change once written).
     */
    contexts: (kind: RecordKind, ids: readonly string[]) =>
      queryOptions({
        queryKey: recordKeys.contexts(base, kind, ids),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          return {
            contexts: await mlmd.contextsOfRecords(mlmd.mlmdFor(client), kind, ids, signal),
          };
        },
        staleTime: Number.POSITIVE_INFINITY,
        enabled: ids.length > 0,
      }),
    /** Which of those contexts holds each record: one call per context (or per record without them). */
    origins: (
      kind: RecordKind,
      ids: readonly string[],
      contexts: readonly RecordContext[] | undefined,
      enabled: boolean,
    ) =>
      queryOptions({
        queryKey: recordKeys.origins(
          base,
          kind,
          ids,
          contexts?.map((c) => c.id),
        ),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          return mlmd.originsOf(mlmd.mlmdFor(client), kind, ids, contexts, signal);
        },
        staleTime: Number.POSITIVE_INFINITY,
        enabled: enabled && ids.length > 0,
      }),
    /**
     * Display names of runs, in ONE list request (`run_id IN …`). Runs the user cannot list (another
     * namespace; deleted) are absent: their id is shown.
     */
    runNames: (namespace: string | undefined, ids: readonly string[]) =>
      queryOptions({
        queryKey: recordKeys.runNames(base, namespace, ids),
        queryFn: async ({ signal }) => {
          const page = await listRuns(
            client,
            {
              namespace,
              pageSize: Math.min(ids.length, 200),
              filter: { predicates: [oneOf('run_id', ids)] },
            },
            signal,
          );
          return Object.fromEntries(page.items.map((run) => [run.run_id, run.display_name]));
        },
        staleTime: 5 * 60_000,
        enabled: ids.length > 0,
      }),
  };
}
