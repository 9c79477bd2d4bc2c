import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  LIST_PARAMS,
  nextSort,
  parseSort,
  readPageTokens,
  scopeParams,
  unscopeParams,
  withPageTokens,
  withParams,
  type ListSort,
  type PageSize,
  type ParamValue,
} from './list-url-state.ts';
import { readListParams, type ListParamsOptions } from './list-request-params.ts';
import { storePageSize } from './page-size-storage.ts';

export {
  readListParams,
  type ListParamsOptions,
  type ListRequestParams,
} from './list-request-params.ts';

/** Everything a list reads from and writes to the URL. Nothing here is copied into component state. */
export interface ListParams {
  readonly listId: string;
  /** This list's parameters (without its URL prefix). */
  readonly searchParams: URLSearchParams;
  readonly pageSize: PageSize;
  /** Token of the current page; undefined on page 1. */
  readonly pageToken: string | undefined;
  /** 1-based. */
  readonly pageNumber: number;
  readonly sort: ListSort;
  /** `sort_by` for the server. */
  readonly sortBy: string;
  readonly sortFields: readonly string[];
  readonly search: string;
  readonly get: (name: string) => string | undefined;
  readonly getAll: (name: string) => string[];
  readonly nextPage: (token: string) => void;
  readonly previousPage: () => void;
  readonly firstPage: () => void;
  readonly setPageSize: (size: PageSize) => void;
  readonly toggleSort: (field: string) => void;
  /** Sets filter parameters; paging restarts at page 1. `replace` avoids a history entry per keystroke. */
  readonly setParams: (
    changes: Readonly<Record<string, ParamValue>>,
    options?: { replace?: boolean },
  ) => void;
}

/**
 * Reads and writes a list's URL state. Pass `sortFields` and `defaultSort` as module-level constants:
 * they are dependencies of the returned callbacks.
 */
export function useListParams({
  listId,
  sortFields,
  defaultSort,
  urlPrefix = '',
}: ListParamsOptions): ListParams {
  const [urlParams, setUrlParams] = useSearchParams();
  const searchParams = useMemo(() => scopeParams(urlParams, urlPrefix), [urlParams, urlPrefix]);
  const setSearchParams = useCallback(
    (update: (scoped: URLSearchParams) => URLSearchParams, options?: { replace?: boolean }) => {
      setUrlParams(
        (prev) => unscopeParams(prev, urlPrefix, update(scopeParams(prev, urlPrefix))),
        options,
      );
    },
    [setUrlParams, urlPrefix],
  );

  const setParams = useCallback(
    (changes: Readonly<Record<string, ParamValue>>, options?: { replace?: boolean }) => {
      setSearchParams((prev) => withParams(prev, changes), { replace: options?.replace ?? false });
    },
    [setSearchParams],
  );

  const nextPage = useCallback(
    (token: string) => {
      setSearchParams((prev) => withPageTokens(prev, [...readPageTokens(prev), token]));
    },
    [setSearchParams],
  );
  const previousPage = useCallback(() => {
    setSearchParams((prev) => withPageTokens(prev, readPageTokens(prev).slice(0, -1)));
  }, [setSearchParams]);
  const firstPage = useCallback(() => {
    setSearchParams((prev) => withPageTokens(prev, []));
  }, [setSearchParams]);

  const setPageSize = useCallback(
    (size: PageSize) => {
      storePageSize(listId, size);
      setParams({ [LIST_PARAMS.pageSize]: String(size) });
    },
    [listId, setParams],
  );

  const toggleSort = useCallback(
    (field: string) => {
      setSearchParams((prev) => {
        const next = nextSort(parseSort(prev, sortFields, defaultSort), field);
        return withParams(prev, {
          [LIST_PARAMS.sort]: next.field,
          [LIST_PARAMS.order]: next.desc ? 'desc' : 'asc',
        });
      });
    },
    [setSearchParams, sortFields, defaultSort],
  );

  return useMemo(() => {
    const { pageSize, pageToken, sort, sortBy } = readListParams(searchParams, {
      listId,
      sortFields,
      defaultSort,
    });
    return {
      listId,
      searchParams,
      pageSize,
      pageToken,
      pageNumber: readPageTokens(searchParams).length + 1,
      sort,
      sortBy,
      sortFields,
      search: searchParams.get(LIST_PARAMS.search) ?? '',
      get: (name: string) => searchParams.get(name) ?? undefined,
      getAll: (name: string) => searchParams.getAll(name),
      nextPage,
      previousPage,
      firstPage,
      setPageSize,
      toggleSort,
      setParams,
    };
  }, [
    listId,
    searchParams,
    sortFields,
    defaultSort,
    nextPage,
    previousPage,
    firstPage,
    setPageSize,
    toggleSort,
    setParams,
  ]);
}
