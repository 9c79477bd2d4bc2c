import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '@/components/states';
import { describeMetadataError } from '../model/metadata-failure.ts';

/** Loading and error states of a detail page; the page itself once the record has answered. */
export function DetailState<T>({
  query,
  what,
  children,
}: {
  readonly query: UseQueryResult<T>;
  readonly what: string;
  readonly children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState label={`Loading the ${what}…`} />;
  if (query.isError)
    return (
      <ErrorState
        {...describeMetadataError(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  return children(query.data);
}
