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
 * pipelines lookup (cached by the set of ids, so polling does not repeat them). A failed lookup
 * leaves ids in place of names; it never hides the runs.
 */
export function useRunPage(request: RunListRequest): TableContent<RunRow> {
  const client = useKfpClient();
  const lookups = runLookupQueries(client);
  const runs = useQuery(runQueries(client).list(request));
  const ids = useMemo(() => lookupIds(runs.data?.items ?? []), [runs.data]);
  const experiments = useQuery(lookups.experimentNames(request.namespace, ids.experimentIds));
  const pipelines = useQuery(lookups.pipelineNames(request.namespace, ids.pipelineIds));
  const experimentNames = experiments.data ?? NO_NAMES;
  const pipelineNames = pipelines.data ?? NO_NAMES;
  return toTableContent(runs, (page) => ({
    rows: page.items.map((run) => toRunRow(run, { experiments: experimentNames, pipelines: pipelineNames })),
    nextPageToken: page.next_page_token,
    totalSize: page.total_size,
  }));
}
