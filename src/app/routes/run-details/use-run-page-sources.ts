import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  graphFromSpec,
  overlayFromRunAnswers,
  type PipelineGraph,
  type RunOverlay,
} from '@/features/graph';
import { metadataQueries, useRunApi } from '@/features/metadata';
import { pipelineDetailQueries } from '@/features/pipelines/api/pipeline-detail-queries.ts';
import { type RunPageSources } from '@/features/runs';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { RunMetadata } from '@/lib/mlmd/types.ts';

const useKeepsMetadata = (run: Run | undefined) => useRunApi(run) === 'mlmd';

function useRunMetadata(runId: string, stamp: number, enabled: boolean) {
  const client = useKfpClient();
  return useQuery({ ...metadataQueries(client).run(runId, stamp), enabled });
}

/** The run page's reads from the pipelines, graph and metadata features, for the runs feature's page hook. */
export function useRunPageSources(): RunPageSources<PipelineGraph, RunOverlay, RunMetadata> {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      // The spec's pipeline version is the one the header's version link names: one request and one
      // parse of a possibly large spec serve both (the link's cache entry).
      loadVersion: (pipelineId, versionId) =>
        queryClient.query(pipelineDetailQueries(client).version(pipelineId, versionId)),
      buildGraph: graphFromSpec,
      useKeepsMetadata,
      useRunMetadata,
      overlayOf: overlayFromRunAnswers,
    }),
    [client, queryClient],
  );
}
