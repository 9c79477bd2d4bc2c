import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError, describeError } from '@/lib/kfp/errors.ts';

export interface TablePage<T> {
  readonly rows: readonly T[];
  /** Absent on the last page. */
  readonly nextPageToken?: string | undefined;
  readonly totalSize?: number | undefined;
}

export interface TableFailure {
  /** What went wrong in a few words ("You do not have access to this"). */
  readonly title?: string;
  /** The server's own message. */
  readonly message: string;
  /** The HTTP status, when the server answered with an error (not when it could not be reached). */
  readonly httpStatus?: number | undefined;
  readonly onRetry: () => void;
  readonly retrying?: boolean;
}

/** What a table draws: a loading skeleton, an error with a retry, or rows (possibly none). */
export type TableContent<T> =
  | { readonly status: 'loading' }
  | ({ readonly status: 'error' } & TableFailure)
  | ({ readonly status: 'ready'; readonly refreshError?: TableFailure | undefined } & TablePage<T>);

/**
 * Maps a query to table content. A failed first load is an error (never an empty list); a failed
 * background refresh keeps the rows it has and adds a `refreshError`.
 */
export function toTableContent<TData, T>(
  query: UseQueryResult<TData>,
  pick: (data: TData) => TablePage<T>,
): TableContent<T> {
  const retry = () => {
    void query.refetch();
  };
  if (query.data !== undefined) {
    const page = pick(query.data);
    const refreshError = query.isError
      ? { message: describeError(query.error).message, onRetry: retry, retrying: query.isFetching }
      : undefined;
    return { status: 'ready', ...page, refreshError };
  }
  if (query.isError) {
    const { title, message } = describeError(query.error);
    const httpStatus = query.error instanceof ApiError ? query.error.status : undefined;
    return {
      status: 'error',
      title,
      message,
      httpStatus,
      onRetry: retry,
      retrying: query.isFetching,
    };
  }
  return { status: 'loading' };
}
