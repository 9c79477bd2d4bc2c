import type { QueryClient } from '@tanstack/react-query';

/**
 * How long a list page's first render may wait for the requests the start-up sent (route-prefetch.ts),
 * about what that render and its layout cost here. A list whose answer is on its way then comes in the
 * first render: without the wait React's first render and its layout ran before the browser handed
 * the answer's body to the page, even when it had arrived before them (Long Animation Frames, untraced:
 * the runs list received at 174 ms, read at ~510 ms), and the rows came in a second render and layout
 * after the skeleton's. An answer that takes longer costs the skeleton this much, never the rows.
 */
export const FIRST_RENDER_WAIT_MS = 50;

/**
 * Settles when no query is fetching any more (the page's list answered, or failed), or after `ms`,
 * whichever comes first. Never rejects.
 */
export function requestsSettled(queryClient: QueryClient, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (queryClient.isFetching() === 0) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() === 0) done();
    });
  });
}
