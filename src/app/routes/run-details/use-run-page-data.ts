import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import {
  graphFromSpec,
  overlayFromMlmd,
  overlayFromRunTasks,
  overlayFromTaskDetails,
  overlayFromWorkflow,
  type PipelineGraph,
  type RunOverlay,
} from '@/features/graph';
import { metadataQueries, useRunApi } from '@/features/metadata';
import { pipelineDetailQueries } from '@/features/pipelines/api/pipeline-detail-queries';
import { isActiveRunState, isArgoWorkflow, runDetailQueries, specOfRun } from '@/features/runs';
import { isActiveV1Run } from '@/features/runs/api/run-detail.ts';
import { stateOfV1Status } from '@/features/runs/model/run-detail-v1-status.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import type { RunMetadata } from '@/lib/mlmd/types.ts';
import type { RuntimeState } from '@/lib/kfp/wire/common.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import type { V1RunDetail } from '@/lib/kfp/wire/v1-run.ts';

/** Keys of the overlay computed on this page from the run's (and workflow's) latest answer. */
const overlayKeys = {
  of: (runId: string, runUpdatedAt: number, v1UpdatedAt: number, mlmdUpdatedAt: number) =>
    ['run-overlay', runId, runUpdatedAt, v1UpdatedAt, mlmdUpdatedAt] as const,
};

const EMPTY_OVERLAY: RunOverlay = { nodes: new Map(), states: new Map(), unmatched: [] };

async function computeOverlay(
  graph: PipelineGraph,
  run: Run,
  v1: V1RunDetail | undefined,
  metadata: RunMetadata | null | undefined,
): Promise<RunOverlay> {
  if (v1 !== undefined) {
    if (v1.workflow_manifest === '') return EMPTY_OVERLAY;
    const workflow: unknown = JSON.parse(v1.workflow_manifest);
    return overlayFromWorkflow(graph, workflow);
  }
  if (run.tasks !== undefined) return overlayFromRunTasks(graph, run.tasks);
  if (metadata) return overlayFromMlmd(graph, metadata);
  return overlayFromTaskDetails(graph, run.run_details?.task_details ?? []);
}

/**
 * Everything the run page shows: the run, its spec → graph (once), the v1 workflow for kfp 1.x runs,
 * and the run-state overlay on the graph's ids. While the run is active one read is polled: the v2
 * run, or for a v1 run its v1beta1 read (status + live workflow), and then the v2 run is read again
 * only when the v1 status changes (the header's state, finish time and error live in the v2 run).
 */
export function useRunPageData(runId: string) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  // The spec's pipeline version is the one the header's version link names: one request and one
  // parse of a possibly large spec serve both (the link's cache entry).
  const queries = runDetailQueries(client, (pipelineId, versionId) =>
    queryClient.query(pipelineDetailQueries(client).version(pipelineId, versionId)),
  );
  // Read before the run's query to decide who polls: the v1 answer only exists for a v1 run (this
  // page reads it only then), and its observer below re-renders the page whenever it changes.
  const v1Polls =
    isActiveV1Run(queryClient.getQueryData(queries.v1(runId, false).queryKey)) !== undefined;
  const runQuery = useQuery(queries.run(runId, v1Polls));
  const run = runQuery.data;
  const source = useMemo(() => (run ? specOfRun(run) : undefined), [run]);
  const specQuery = useQuery({
    ...queries.spec(runId, source ?? { kind: 'none' }),
    enabled: source !== undefined,
  });
  const spec = specQuery.data;
  const isV1 = spec !== undefined && isArgoWorkflow(spec);
  const runActive = run !== undefined && isActiveRunState(run.state);
  const v1Query = useQuery({ ...queries.v1(runId, runActive), enabled: isV1 });
  const v1 = v1Query.data;
  const v1Active = isV1 ? isActiveV1Run(v1) : undefined;
  const active = v1Active ?? runActive;
  useRunFollowsV1Status(isV1 ? v1?.run.status : undefined, run?.state, runQuery.refetch);
  // The run just finished by the v2 state (the v1 status said nothing sure): read the workflow once
  // more, its last node states may be newer than the last poll.
  const wasActive = useRef(active);
  const { refetch: refetchV1 } = v1Query;
  useEffect(() => {
    if (wasActive.current && !active && isV1 && v1Active === undefined) void refetchV1();
    wasActive.current = active;
  }, [active, isV1, v1Active, refetchV1]);
  // Released KFP: the v2 run's inputs, outputs and artifacts are in ML Metadata (read with the run).
  const runApi = useRunApi(run);
  const usesMlmd = run !== undefined && spec !== undefined && !isV1 && runApi === 'mlmd';
  const mlmdQuery = useQuery({
    ...metadataQueries(client).run(runId, runQuery.dataUpdatedAt),
    enabled: usesMlmd && run.tasks === undefined,
  });
  const mlmdSettled = !usesMlmd || mlmdQuery.data !== undefined || mlmdQuery.isError;
  const graphResult = useMemo(() => (spec === undefined ? undefined : graphFromSpec(spec)), [spec]);
  const graph = graphResult?.ok === true ? graphResult.graph : undefined;
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the inputs are this run's answers, identified by their dataUpdatedAt stamps in the key
  const overlayQuery = useQuery({
    queryKey: overlayKeys.of(
      runId,
      runQuery.dataUpdatedAt,
      v1Query.dataUpdatedAt,
      mlmdQuery.dataUpdatedAt,
    ),
    queryFn: () =>
      graph && run
        ? computeOverlay(graph, run, isV1 ? v1 : undefined, usesMlmd ? mlmdQuery.data : undefined)
        : EMPTY_OVERLAY,
    enabled: graph !== undefined && run !== undefined && (!isV1 || v1 !== undefined) && mlmdSettled,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 10_000,
  });
  return {
    runQuery,
    specQuery,
    v1Query,
    graphResult,
    graph,
    isV1,
    active,
    overlay: overlayQuery.data,
    overlayError: overlayQuery.error,
    sourceNote: usesMlmd ? sourceNote(mlmdQuery.error, mlmdQuery.data, run.state) : undefined,
  };
}

/** What the run page says when ML Metadata could not give what a released server keeps there. */
function sourceNote(
  error: Error | null,
  metadata: RunMetadata | null | undefined,
  state: RuntimeState,
): string | undefined {
  if (error)
    return `ML Metadata not reachable (${describeError(error).message}): inputs, outputs and artifacts are unavailable; task states come from the server's task details.`;
  if (metadata === null && !isActiveRunState(state))
    return "ML Metadata has no record of this run: inputs, outputs and artifacts are unavailable; task states come from the server's task details.";
  return undefined;
}

/**
 * Reads the v2 run again when the polled v1 status changes. Its first answer only counts when it
 * disagrees with the run read just before it (an active state exactly; finished ones by being
 * finished, the v1 status being coarser: older installs report a canceled run as `Failed`).
 */
function useRunFollowsV1Status(
  status: string | undefined,
  runState: RuntimeState | undefined,
  refetchRun: () => Promise<unknown>,
) {
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (status === undefined || runState === undefined || status === seen.current) return;
    const first = seen.current === undefined;
    seen.current = status;
    const state = stateOfV1Status(status);
    const disagrees =
      state !== undefined &&
      (isActiveRunState(state) || isActiveRunState(runState)) &&
      state !== runState;
    if (!first || disagrees) void refetchRun();
  }, [status, runState, refetchRun]);
}
