import {
  DEFAULT_PAGE_SIZE,
  LIST_PARAMS,
  parsePageSize,
  parseSort,
  readPageTokens,
  toSortBy,
  type ListSort,
  type PageSize,
} from './list-url-state.ts';
import { readStoredPageSize } from './page-size-storage.ts';

/* What a list asks the server for, without React: the route loaders read it before React has loaded. */

export interface ListParamsOptions {
  /** Names the list for the stored page size, e.g. `runs`. */
  readonly listId: string;
  /** Server sort fields the list offers (`created_at`, `display_name`, …). */
  readonly sortFields: readonly string[];
  readonly defaultSort: ListSort;
  /**
   * Prefix of this list's URL parameters when one page shows several lists (`runs.` → `runs.pt`,
   * `runs.sort`, `runs.q`…). Empty (the default) for a page with one list.
   */
  readonly urlPrefix?: string;
}

/** What a list asks the server for, read from its URL parameters (also outside React: route loaders). */
export interface ListRequestParams {
  readonly pageSize: PageSize;
  /** Token of the current page; undefined on page 1. */
  readonly pageToken: string | undefined;
  readonly sort: ListSort;
  /** `sort_by` for the server. */
  readonly sortBy: string;
}

/** The paging and sort of a list from its (unprefixed) URL parameters and the stored page size. */
export function readListParams(
  searchParams: URLSearchParams,
  { listId, sortFields, defaultSort }: Omit<ListParamsOptions, 'urlPrefix'>,
): ListRequestParams {
  const sort = parseSort(searchParams, sortFields, defaultSort);
  return {
    pageSize:
      parsePageSize(searchParams.get(LIST_PARAMS.pageSize)) ??
      readStoredPageSize(listId) ??
      DEFAULT_PAGE_SIZE,
    pageToken: readPageTokens(searchParams).at(-1),
    sort,
    sortBy: toSortBy(sort),
  };
}
