import type { QueryClient } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import type { MetricColumn } from '../model/metric-columns.ts';
import { pageRefs, planLookups, type Lookup, type PageRefs } from '../model/lookup-plan.ts';
import type { NameStore } from './persisted-names.ts';
import type { RunListRequest } from './run-keys.ts';
import { indexKey, nameIndex, runLookupQueries } from './run-lookups.ts';
import { v1MetricsQuery } from './run-metrics.ts';
import { runQueries } from './run-queries.ts';

/** The lookups that name a page, given what the query cache and the name store know now. */
export function planPage(
  queryClient: QueryClient,
  request: RunListRequest,
  refs: PageRefs,
  stored: NameStore,
): Lookup[] {
  const index = nameIndex(queryClient, request.namespace);
  return planLookups(
    refs,
    (kind, id) => {
      if (stored.get(kind, id) !== undefined) return 'stored';
      return index.covering.get(indexKey(kind, id));
    },
    { showExperiment: request.experimentId === undefined },
  );
}

/**
 * Starts a page of runs and, the moment the list answers, every name lookup it needs, in parallel
 * (a route loader calls this so nothing waits for the page's code or its first render). The page
 * then finds both in the query cache: the same keys, so nothing is asked twice.
 */
export async function prefetchRunPage(
  queryClient: QueryClient,
  client: KfpClient,
  request: RunListRequest,
  stored: NameStore,
  metricColumns: readonly MetricColumn[] = [],
): Promise<void> {
  const page = await queryClient.query(runQueries(client).list(request));
  const lookups = runLookupQueries(client);
  const plan = planPage(queryClient, request, pageRefs(page.items), stored);
  // v1 metric columns: their one lookup starts with the names (v2 ones load lazily on the page).
  const metrics =
    page.items.length > 0 && metricColumns.some((column) => column.kind === 'v1')
      ? [
          queryClient
            .query(v1MetricsQuery(client, { namespace: request.namespace, runs: page.items }))
            .catch(() => undefined),
        ]
      : [];
  // A failed lookup leaves ids in place of names; the page's own query retries it.
  await Promise.all([
    ...plan.map((lookup) =>
      queryClient.query(lookups.lookup(request.namespace, lookup)).catch(() => undefined),
    ),
    ...metrics,
  ]);
}
