import type { UseQueryResult } from '@tanstack/react-query';

export interface TablePage<T> {
  readonly rows: readonly T[];
  /** Absent on the last page. */
  readonly nextPageToken?: string | undefined;
  readonly totalSize?: number | undefined;
}

export interface TableFailure {
  readonly message: string;
  readonly onRetry: () => void;
  readonly retrying?: boolean;
}

/** What a table draws: a loading skeleton, an error with a retry, or rows (possibly none). */
export type TableContent<T> =
  | { readonly status: 'loading' }
  | ({ readonly status: 'error' } & TableFailure)
  | ({ readonly status: 'ready'; readonly refreshError?: TableFailure | undefined } & TablePage<T>);

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'The request failed.';
}

/**
 * Maps a query to table content. A failed first load is an error (never an empty list); a failed
 * background refresh keeps the rows it has and adds a `refreshError`.
 */
export function toTableContent<TData, T>(query: UseQueryResult<TData>, pick: (data: TData) => TablePage<T>): TableContent<T> {
  const retry = () => {
    void query.refetch();
  };
  if (query.data !== undefined) {
    const page = pick(query.data);
    const refreshError = query.isError ? { message: messageOf(query.error), onRetry: retry, retrying: query.isFetching } : undefined;
    return { status: 'ready', ...page, refreshError };
  }
  if (query.isError) return { status: 'error', message: messageOf(query.error), onRetry: retry, retrying: query.isFetching };
  return { status: 'loading' };
}
