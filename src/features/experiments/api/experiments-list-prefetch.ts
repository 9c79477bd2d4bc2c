import type { QueryClient } from '@tanstack/react-query';
import { readListParams } from '@/components/data-table/list-request-params.ts';
import type { KfpClient } from '@/lib/kfp/client.ts';
import {
  EXPERIMENT_DEFAULT_SORT,
  EXPERIMENT_SORT_FIELDS,
  experimentListFilter,
  parseExperimentListState,
} from '../model/experiment-list-state.ts';
import type { ExperimentListRequest } from './experiment-keys.ts';
import { experimentQueries } from './experiment-queries.ts';

export const EXPERIMENTS_LIST_ID = 'experiments';

/** The experiments list request of the list's URL parameters: the table and the route loader ask the same. */
export function experimentListRequest(
  searchParams: URLSearchParams,
  namespace: string | undefined,
): ExperimentListRequest {
  const { pageSize, pageToken, sortBy } = readListParams(searchParams, {
    listId: EXPERIMENTS_LIST_ID,
    sortFields: EXPERIMENT_SORT_FIELDS,
    defaultSort: EXPERIMENT_DEFAULT_SORT,
  });
  const filter = experimentListFilter(parseExperimentListState(searchParams));
  return { namespace, pageSize, pageToken, sortBy, filter };
}

/** For the `/experiments` route loader: the page its URL shows, into the query cache. */
export async function prefetchExperimentsList(
  queryClient: QueryClient,
  client: KfpClient,
  namespace: string | undefined,
  searchParams: URLSearchParams,
): Promise<void> {
  await queryClient.query(
    experimentQueries(client).list(experimentListRequest(searchParams, namespace)),
  );
}
