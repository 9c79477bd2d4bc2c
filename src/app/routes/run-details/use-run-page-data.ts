import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { graphFromSpec, overlayFromRunTasks, overlayFromTaskDetails, overlayFromWorkflow, type PipelineGraph, type RunOverlay } from '@/features/graph';
import { isActiveRunState, isArgoWorkflow, runDetailQueries, specOfRun } from '@/features/runs';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { Run } from '@/lib/kfp/wire/run.ts';
import type { V1RunDetail } from '@/lib/kfp/wire/v1-run.ts';

/** Keys of the overlay computed on this page from the run's (and workflow's) latest answer. */
const overlayKeys = {
  of: (runId: string, runUpdatedAt: number, v1UpdatedAt: number) => ['run-overlay', runId, runUpdatedAt, v1UpdatedAt] as const,
};

const EMPTY_OVERLAY: RunOverlay = { nodes: new Map(), states: new Map(), unmatched: [] };

async function computeOverlay(graph: PipelineGraph, run: Run, v1: V1RunDetail | undefined): Promise<RunOverlay> {
  if (v1 !== undefined) {
    if (v1.workflow_manifest === '') return EMPTY_OVERLAY;
    const workflow: unknown = JSON.parse(v1.workflow_manifest);
    return overlayFromWorkflow(graph, workflow);
  }
  if (run.tasks !== undefined) return overlayFromRunTasks(graph, run.tasks);
  return overlayFromTaskDetails(graph, run.run_details?.task_details ?? []);
}

/**
 * Everything the run page shows: the run (polled while active), its spec → graph (once), the v1
 * workflow for kfp 1.x runs (polled while active), and the run-state overlay on the graph's ids.
 */
export function useRunPageData(runId: string) {
  const client = useKfpClient();
  const queries = runDetailQueries(client);
  const runQuery = useQuery(queries.run(runId));
  const run = runQuery.data;
  const source = useMemo(() => (run ? specOfRun(run) : undefined), [run]);
  const specQuery = useQuery({ ...queries.spec(runId, source ?? { kind: 'none' }), enabled: source !== undefined });
  const spec = specQuery.data;
  const isV1 = spec !== undefined && isArgoWorkflow(spec);
  const active = run !== undefined && isActiveRunState(run.state);
  const v1Query = useQuery({ ...queries.v1(runId, active), enabled: isV1 });
  // The run just finished: read the workflow once more, its last node states may be newer than the last poll.
  const wasActive = useRef(active);
  const { refetch: refetchV1 } = v1Query;
  useEffect(() => {
    if (wasActive.current && !active && isV1) void refetchV1();
    wasActive.current = active;
  }, [active, isV1, refetchV1]);
  const graphResult = useMemo(() => (spec === undefined ? undefined : graphFromSpec(spec)), [spec]);
  const graph = graphResult?.ok === true ? graphResult.graph : undefined;
  const v1 = v1Query.data;
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the inputs are this run's answers, identified by their dataUpdatedAt stamps in the key
  const overlayQuery = useQuery({
    queryKey: overlayKeys.of(runId, runQuery.dataUpdatedAt, v1Query.dataUpdatedAt),
    queryFn: () => (graph && run ? computeOverlay(graph, run, isV1 ? v1 : undefined) : EMPTY_OVERLAY),
    enabled: graph !== undefined && run !== undefined && (!isV1 || v1 !== undefined),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 10_000,
  });
  return { runQuery, specQuery, v1Query, graphResult, graph, isV1, active, overlay: overlayQuery.data, overlayError: overlayQuery.error };
}

export type RunPageData = ReturnType<typeof useRunPageData>;
