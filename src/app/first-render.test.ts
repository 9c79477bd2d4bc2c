import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestsSettled } from './first-render.ts';

function deferred() {
  let resolve: (value: string) => void = () => undefined;
  const promise = new Promise<string>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('requestsSettled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('settles at once when nothing is fetching', async () => {
    const settled = vi.fn();
    void requestsSettled(new QueryClient(), 50).then(settled);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toHaveBeenCalled();
  });

  it('settles when the page’s list answers, before the time is up', async () => {
    const queryClient = new QueryClient();
    const answer = deferred();
    void queryClient
      .query({ queryKey: ['list'], queryFn: () => answer.promise })
      .catch(() => undefined);
    const settled = vi.fn();
    void requestsSettled(queryClient, 50).then(settled);
    await vi.advanceTimersByTimeAsync(10);
    expect(settled).not.toHaveBeenCalled();
    answer.resolve('rows');
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toHaveBeenCalled();
    expect(queryClient.getQueryData(['list'])).toBe('rows');
  });

  it('stops waiting for an answer that takes longer', async () => {
    const queryClient = new QueryClient();
    void queryClient
      .query({ queryKey: ['list'], queryFn: () => deferred().promise })
      .catch(() => undefined);
    const settled = vi.fn();
    void requestsSettled(queryClient, 50).then(settled);
    await vi.advanceTimersByTimeAsync(49);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveBeenCalled();
    expect(queryClient.isFetching()).toBe(1);
  });

  it('settles when a failed request ends', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const answer = deferred();
    void queryClient
      .query({
        queryKey: ['list'],
        queryFn: () => answer.promise.then(() => Promise.reject(new Error('503'))),
      })
      .catch(() => undefined);
    const settled = vi.fn();
    void requestsSettled(queryClient, 50).then(settled);
    answer.resolve('');
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toHaveBeenCalled();
  });
});
