import type { CreateSearchWorker, SearchWorkerPort } from './regex-search-client.ts';
import { createSearchHost } from './regex-search-host.ts';

/**
 * The regex search worker (a same-origin module script: the app's CSP allows it with `worker-src
 * 'self'`, see deploy/nginx/security-headers.conf; Vite emits it as a hashed asset of its own).
 */
export const createBrowserSearchWorker: CreateSearchWorker = (events) => {
  const worker = new Worker(new URL('./regex-search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'log-regex-search',
  });
  worker.addEventListener('message', (event: MessageEvent<unknown>) => events.message(event.data));
  worker.addEventListener('error', () => events.error());
  worker.addEventListener('messageerror', () => events.error());
  return {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
};

/**
 * The same protocol on this thread, a task later, where there are no workers (happy-dom in component
 * tests). No browser the app supports lacks workers; a runaway pattern would block here.
 */
export const createInPlaceSearchWorker: CreateSearchWorker = (events) => {
  let stopped = false;
  const handle = createSearchHost((message) => {
    setTimeout(() => {
      if (!stopped) events.message(message);
    }, 0);
  });
  const port: SearchWorkerPort = {
    postMessage: (message) => {
      setTimeout(() => {
        if (!stopped) handle(message);
      }, 0);
    },
    terminate: () => {
      stopped = true;
    },
  };
  return port;
};

export const createSearchWorker: CreateSearchWorker = (events) =>
  typeof Worker === 'function'
    ? createBrowserSearchWorker(events)
    : createInPlaceSearchWorker(events);
