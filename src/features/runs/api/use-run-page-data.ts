import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import type { RuntimeState } from '@/lib/kfp/wire/common.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import type { V1RunDetail } from '@/lib/kfp/wire/v1-run.ts';
import { isActiveRunState, isArgoWorkflow, specOfRun } from '../model/run-detail.ts';
import { stateOfV1Status } from '../model/run-detail-v1-status.ts';
import { isActiveV1Run, runDetailQueries, type VersionLoader } from './run-detail.ts';

/** A spec drawn as a graph, or why it could not be. */
export type BuiltGraph<Graph> =
  { readonly ok: true; readonly graph: Graph } | { readonly ok: false; readonly error: string };

/** The answers a run's task states come from. */
export interface RunStateAnswers<Metadata> {
  readonly run: Run;
  readonly v1: V1RunDetail | undefined;
  readonly metadata: Metadata | null | undefined;
}

/** What the run page uses of an ML Metadata read (a query's result). */
export interface MetadataRead<Metadata> {
  readonly data: Metadata | null | undefined;
  readonly error: Error | null;
  readonly isError: boolean;
}

/**
 * What the run page needs from other features, passed in by the route that composes them: the
 * pipelines feature's version read, the graph feature's graph and overlay, the metadata feature's
 * ML Metadata read. Pass one stable object (a module constant or memoized).
 */
export interface RunPageSources<Graph, Overlay, Metadata> {
  /** Reads the spec's pipeline version (the route passes the version link's cached read: one request serves both). */
  readonly loadVersion: VersionLoader;
  readonly buildGraph: (spec: unknown) => BuiltGraph<Graph>;
  /** A hook: whether this server keeps a v2 run's inputs, outputs and artifacts in ML Metadata. */
  readonly useKeepsMetadata: (run: Run | undefined) => boolean;
  /** A hook: the run's ML Metadata read, `stamp` being the run answer it goes with (null: no record). */
  readonly useRunMetadata: (
    runId: string,
    stamp: number,
    enabled: boolean,
  ) => MetadataRead<Metadata>;
  readonly overlayOf: (graph: Graph, answers: RunStateAnswers<Metadata>) => Promise<Overlay>;
}

/**
 * Everything the run page shows: the run, its spec → graph (once), the v1 workflow for kfp 1.x runs,
 * and the run-state overlay on the graph's ids. While the run is active one read is polled: the v2
 * run, or for a v1 run its v1beta1 read (status + live workflow), and then the v2 run is read again
 * only when the v1 status changes (the header's state, finish time and error live in the v2 run).
 */
export function useRunPageData<Graph, Overlay, Metadata>(
  runId: string,
  sources: RunPageSources<Graph, Overlay, Metadata>,
) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  const queries = runDetailQueries(client, sources.loadVersion);
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
  const keepsMetadata = sources.useKeepsMetadata(run);
  const usesMlmd = run !== undefined && spec !== undefined && !isV1 && keepsMetadata;
  const mlmdQuery = sources.useRunMetadata(
    runId,
    runQuery.dataUpdatedAt,
    usesMlmd && run.tasks === undefined,
  );
  const mlmdSettled = !usesMlmd || mlmdQuery.data !== undefined || mlmdQuery.isError;
  const { buildGraph, overlayOf } = sources;
  const graphResult = useMemo(
    () => (spec === undefined ? undefined : buildGraph(spec)),
    [spec, buildGraph],
  );
  const graph = graphResult?.ok === true ? graphResult.graph : undefined;
  const metadata = usesMlmd ? mlmdQuery.data : undefined;
  const overlayInputs = useMemo(
    () =>
      graph !== undefined && run !== undefined && (!isV1 || v1 !== undefined) && mlmdSettled
        ? () => overlayOf(graph, { run, v1: isV1 ? v1 : undefined, metadata })
        : undefined,
    [graph, run, isV1, v1, mlmdSettled, metadata, overlayOf],
  );
  const overlay = useLatest(overlayInputs);
  return {
    runQuery,
    specQuery,
    v1Query,
    graphResult,
    graph,
    isV1,
    active,
    overlay: overlay.value,
    overlayError: overlay.error,
    sourceNote: usesMlmd ? sourceNote(mlmdQuery.error, mlmdQuery.data, run.state) : undefined,
  };
}

/**
 * The value of the latest `compute` (re-run whenever it changes), the previous value kept while
 * the next one is computed; an answer that arrives after a newer `compute` started is dropped.
 */
function useLatest<T>(compute: (() => Promise<T>) | undefined) {
  const [latest, setLatest] = useState<{ value?: T; error: Error | null }>({ error: null });
  useEffect(() => {
    if (compute === undefined) return;
    let current = true;
    compute().then(
      (value) => {
        if (current) setLatest({ value, error: null });
      },
      (error: unknown) => {
        if (current)
          setLatest({ error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      current = false;
    };
  }, [compute]);
  return latest;
}

/** What the run page says when ML Metadata could not give what a released server keeps there. */
function sourceNote(
  error: Error | null,
  metadata: unknown,
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
