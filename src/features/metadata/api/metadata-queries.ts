import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { ApiError } from '@/lib/kfp/errors.ts';
import { loadMlmd } from '@/lib/mlmd/load.ts';
import { metadataKeys, type RecordListRequest } from './metadata-keys.ts';

/** MLMD ids are int64; anything else in a URL is a 404 here, not a crash in BigInt. */
function checkedId(id: string, what: string): string {
  if (!/^\d{1,19}$/.test(id)) throw new ApiError(404, `No ${what} has the id "${id}".`, 5, id);
  return id;
}

/**
 * Query options over ML Metadata. Each loads the MLMD chunk on first use (dynamic import), so a
 * page that never asks carries none of it.
 */
export function metadataQueries(client: KfpClient) {
  const base = client.baseUrl;
  return {
    /** What ML Metadata holds about a v2 run (undefined: no record yet); `stamp` re-reads it. */
    run: (runId: string, stamp: number) =>
      queryOptions({
        queryKey: [...metadataKeys.run(base, runId), stamp],
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          return (await mlmd.readRunMetadata(mlmd.mlmdFor(client), runId, signal)) ?? null;
        },
        placeholderData: keepPreviousData,
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: 60_000,
      }),
    artifacts: (request: RecordListRequest) =>
      queryOptions({
        queryKey: metadataKeys.artifacts(base, request),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          return mlmd.listArtifacts(mlmd.mlmdFor(client), request, signal);
        },
        placeholderData: keepPreviousData,
      }),
    executions: (request: RecordListRequest) =>
      queryOptions({
        queryKey: metadataKeys.executions(base, request),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          return mlmd.listExecutions(mlmd.mlmdFor(client), request, signal);
        },
        placeholderData: keepPreviousData,
      }),
    artifact: (id: string) =>
      queryOptions({
        queryKey: metadataKeys.artifact(base, id),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          const detail = await mlmd.getArtifactDetail(
            mlmd.mlmdFor(client),
            checkedId(id, 'artifact'),
            signal,
          );
          if (!detail) throw new ApiError(404, `No artifact has the id ${id}.`, 5, id);
          return detail;
        },
        staleTime: 30_000,
      }),
    execution: (id: string) =>
      queryOptions({
        queryKey: metadataKeys.execution(base, id),
        queryFn: async ({ signal }) => {
          const mlmd = await loadMlmd();
          const detail = await mlmd.getExecutionDetail(
            mlmd.mlmdFor(client),
            checkedId(id, 'execution'),
            signal,
          );
          if (!detail) throw new ApiError(404, `No execution has the id ${id}.`, 5, id);
          return detail;
        },
        staleTime: 30_000,
      }),
  };
}
