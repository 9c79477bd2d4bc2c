import type { QueryClient } from '@tanstack/react-query';
import { readListParams } from '@/components/data-table/list-request-params.ts';
import type { KfpClient } from '@/lib/kfp/client.ts';
import {
  listNamespace,
  nameFilter,
  parsePipelineListState,
  PIPELINE_DEFAULT_SORT,
  PIPELINE_SORT_FIELDS,
} from '../model/pipeline-list-state.ts';
import type { PipelineListRequest } from './pipeline-keys.ts';
import { pipelineQueries } from './pipeline-queries.ts';

export const PIPELINES_LIST_ID = 'pipelines';

/** The pipelines list request of the list's URL parameters: the table and the route loader ask the same. */
export function pipelineListRequest(
  searchParams: URLSearchParams,
  namespace: string | undefined,
  multiUser: boolean,
): PipelineListRequest {
  const { pageSize, pageToken, sortBy } = readListParams(searchParams, {
    listId: PIPELINES_LIST_ID,
    sortFields: PIPELINE_SORT_FIELDS,
    defaultSort: PIPELINE_DEFAULT_SORT,
  });
  const state = parsePipelineListState(searchParams);
  return {
    namespace: listNamespace(state, namespace, multiUser),
    pageSize,
    pageToken,
    sortBy,
    filter: nameFilter(state.search),
  };
}

/** For the `/pipelines` route loader: the page its URL shows, into the query cache. */
export async function prefetchPipelinesList(
  queryClient: QueryClient,
  client: KfpClient,
  namespace: string | undefined,
  multiUser: boolean,
  searchParams: URLSearchParams,
): Promise<void> {
  await queryClient.query(
    pipelineQueries(client).list(pipelineListRequest(searchParams, namespace, multiUser)),
  );
}
