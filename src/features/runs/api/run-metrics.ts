import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { oneOf } from '@/lib/kfp/filter.ts';
import { listRuns } from '@/lib/kfp/runs.ts';
import { listRunMetricsV1 } from '@/lib/kfp/v1.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { loadMlmd } from '@/lib/mlmd/load.ts';
import {
  firstByName,
  scalarsFromTasks,
  type MetricColumn,
  type MetricKind,
  type RunMetricValues,
} from '../model/metric-columns.ts';
import { runKeys } from './run-keys.ts';

/** Metric values of a page of runs, by run id. */
export type PageMetrics = ReadonlyMap<string, RunMetricValues>;

/** What a page's metric lookup depends on: the runs (ids and states: a run that ends reports). */
export interface MetricPage {
  readonly namespace: string | undefined;
  readonly runs: readonly Pick<Run, 'run_id' | 'state' | 'run_details'>[];
}

const pageSignature = (page: MetricPage) => page.runs.map((run) => `${run.run_id}:${run.state}`);

/** v1: one v1beta1 list of the page's runs (`id IN`), whose `metrics[]` the agent reported. */
export function v1MetricsQuery(client: KfpClient, page: MetricPage) {
  return queryOptions({
    queryKey: runKeys.metrics(page.namespace, 'v1', pageSignature(page)),
    queryFn: async ({ signal }): Promise<PageMetrics> => {
      const answer = await listRunMetricsV1(
        client,
        { namespace: page.namespace, runIds: page.runs.map((run) => run.run_id) },
        signal,
      );
      return new Map(
        answer.items.map((run) => [
          run.id,
          firstByName(
            run.metrics.map((m) => ({ name: m.name, value: m.number_value, format: m.format })),
          ),
        ]),
      );
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** ML Metadata: one filtered artifact call per run, in parallel (the MLMD client loads lazily). */
async function fromMlmd(client: KfpClient, runIds: readonly string[], signal: AbortSignal) {
  const mlmd = await loadMlmd();
  const service = mlmd.mlmdFor(client);
  const answers = await Promise.all(
    runIds.map((id) => mlmd.readRunScalars(service, id, signal).then((s) => [id, s] as const)),
  );
  return new Map(answers.map(([id, scalars]) => [id, firstByName(scalars)]));
}

/**
 * v2: on a server with `tasks[]` (KFP master) one `view=FULL` list of the page's runs; on a
 * released server (its runs carry `run_details.task_details`, or the FULL list shows no tasks)
 * the runs' system.Metrics artifacts in ML Metadata.
 */
export function v2MetricsQuery(client: KfpClient, page: MetricPage) {
  return queryOptions({
    queryKey: runKeys.metrics(page.namespace, 'v2', pageSignature(page)),
    queryFn: async ({ signal }): Promise<PageMetrics> => {
      const ids = page.runs.map((run) => run.run_id);
      const released = page.runs.some((run) => (run.run_details?.task_details.length ?? 0) > 0);
      if (released) return fromMlmd(client, ids, signal);
      const full = await listRuns(
        client,
        {
          namespace: page.namespace,
          pageSize: ids.length,
          filter: { predicates: [oneOf('run_id', ids)] },
          view: 'FULL',
        },
        signal,
      );
      if (full.items.some((run) => run.tasks !== undefined))
        return new Map(
          full.items.map((run) => [run.run_id, firstByName(scalarsFromTasks(run.tasks ?? []))]),
        );
      if (full.items.some((run) => (run.run_details?.task_details.length ?? 0) > 0))
        return fromMlmd(client, ids, signal);
      return new Map();
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The state of one kind of metric cells on a page. */
export type MetricCells =
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly byRun: PageMetrics };

function cells(query: {
  readonly data: PageMetrics | undefined;
  readonly error: Error | null;
}): MetricCells {
  if (query.data !== undefined) return { status: 'ready', byRun: query.data };
  if (query.error !== null) return { status: 'error', message: query.error.message };
  return { status: 'pending' };
}

/**
 * The page's metric values for the chosen columns: each kind is asked only when a column of it is
 * shown, after the list answered (the route loader starts the v1 one at the same moment as the
 * name lookups), and never holds the rows.
 */
export function usePageMetrics(
  page: MetricPage,
  columns: readonly MetricColumn[],
  /** Also ask for kinds no column shows (the metric picker offers the names found). */
  discover: boolean,
): Readonly<Record<MetricKind, MetricCells>> {
  const client = useKfpClient();
  const wants = (kind: MetricKind) =>
    page.runs.length > 0 && (discover || columns.some((column) => column.kind === kind));
  const v1 = useQuery({ ...v1MetricsQuery(client, page), enabled: wants('v1') });
  const v2 = useQuery({ ...v2MetricsQuery(client, page), enabled: wants('v2') });
  return useMemo(
    () => ({
      v1: cells({ data: v1.data, error: v1.error }),
      v2: cells({ data: v2.data, error: v2.error }),
    }),
    [v1.data, v1.error, v2.data, v2.error],
  );
}
