import { QueryClient } from '@tanstack/react-query';
import { isRetryableError } from './kfp/errors.ts';

const MAX_RETRIES = 2;

/**
 * One QueryClient for the app. Answers that will not change on a second try (4xx, a session that
 * ended, a malformed answer) are not retried; server and network trouble is, twice, with backoff.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isRetryableError(error),
        // Lists and details stay fresh for a little while; coming back to the tab refreshes stale ones.
        staleTime: 10_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
