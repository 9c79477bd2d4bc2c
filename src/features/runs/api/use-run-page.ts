import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { toTableContent, type TableContent } from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { lookupIds, toRunRow, type RunRow } from '../model/run-row';
import type { RunListRequest } from './run-keys';
import { runLookupQueries } from './run-lookups';
import { runQueries } from './run-queries';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * One page of runs as table rows: the runs list plus at most one experiments lookup and one
 * pipelines lookup (cached by the set of ids, so polling does not repeat them). While a lookup runs
 * its cells show a placeholder; a failed lookup leaves ids in place of names and never hides the runs.
 */
export function useRunPage(request: RunListRequest): TableContent<RunRow> {
  const client = useKfpClient();
  const lookups = runLookupQueries(client);
  const runs = useQuery(runQueries(client).list(request));
  const ids = useMemo(() => lookupIds(runs.data?.items ?? []), [runs.data]);
  const experiments = useQuery(lookups.experimentNames(request.namespace, ids.experimentIds));
  const pipelines = useQuery(lookups.pipelineNames(request.namespace, ids.pipelineIds));
  const names = {
    experiments: { names: experiments.data ?? NO_NAMES, pending: experiments.isPending && experiments.fetchStatus !== 'idle' },
    pipelines: { names: pipelines.data ?? NO_NAMES, pending: pipelines.isPending && pipelines.fetchStatus !== 'idle' },
  };
  return toTableContent(runs, (page) => ({
    rows: page.items.map((run) => toRunRow(run, names)),
    nextPageToken: page.next_page_token,
    totalSize: page.total_size,
  }));
}
