import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { loadMlmd } from '@/lib/mlmd/load.ts';
import { metadataKeys } from './metadata-keys.ts';

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
  };
}
