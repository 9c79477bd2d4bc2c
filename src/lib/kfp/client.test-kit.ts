import { vi } from 'vitest';
import { createKfpClient, type KfpClientOptions, type UnauthorizedOutcome } from './client.ts';

/** A fetch queue and a client over it, for the client's tests. */
export const ORIGIN = 'http://127.0.0.1:4173';

interface Recorded {
  readonly url: URL;
  readonly init: RequestInit | undefined;
  readonly headers: Headers;
}

/** A fetch that answers from a queue and records what it was asked. */
export function fakeFetch(...answers: (() => Response)[]) {
  const calls: Recorded[] = [];
  const fn = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    );
    calls.push({ url, init, headers: new Headers(init?.headers) });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${url.href}`);
    return Promise.resolve(next());
  });
  return { fn, calls };
}

export function client(fetchFn: typeof fetch, overrides: Partial<KfpClientOptions> = {}) {
  return createKfpClient({
    baseUrl: '/pipeline',
    origin: ORIGIN,
    getToken: () => Promise.resolve('tok-1'),
    onUnauthorized: () => Promise.resolve<UnauthorizedOutcome>('redirecting'),
    fetch: fetchFn,
    ...overrides,
  });
}

export const healthz = () => Response.json({ multi_user: true, pipeline_store: 'database' });
