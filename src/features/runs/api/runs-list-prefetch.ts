import type { QueryClient } from '@tanstack/react-query';
import { readListParams } from '@/components/data-table/list-request-params.ts';
import type { AuthSession } from '@/lib/auth/types.ts';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { parseMetricColumns } from '../model/metric-columns.ts';
import {
  parseRunListState,
  RUN_DEFAULT_SORT,
  runListFilter,
  runSortFields,
} from '../model/run-list-state.ts';
import { nameStoreFor } from './persisted-names.ts';
import type { RunListRequest } from './run-keys.ts';
import { prefetchRunPage } from './run-page-prefetch.ts';

export const RUNS_LIST_ID = 'runs';

/** The runs list request of a list's (unprefixed) URL parameters: the table and the route loader ask the same. */
export function runListRequest(
  searchParams: URLSearchParams,
  namespace: string | undefined,
  experimentId?: string,
): RunListRequest {
  const { pageSize, pageToken, sortBy } = readListParams(searchParams, {
    listId: RUNS_LIST_ID,
    sortFields: runSortFields(searchParams),
    defaultSort: RUN_DEFAULT_SORT,
  });
  const filter = runListFilter(parseRunListState(searchParams));
  return { namespace, experimentId, pageSize, pageToken, sortBy, filter };
}

/** For the `/runs` route loader: the page of runs its URL shows and every name it refers to. */
export function prefetchRunsList(
  queryClient: QueryClient,
  client: KfpClient,
  session: Pick<AuthSession, 'mode' | 'getUser'>,
  namespace: string | undefined,
  searchParams: URLSearchParams,
): Promise<void> {
  return prefetchRunPage(
    queryClient,
    client,
    runListRequest(searchParams, namespace),
    nameStoreFor(client, session, namespace),
    parseMetricColumns(searchParams),
  );
}
