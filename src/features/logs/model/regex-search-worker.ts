/**
 * Web Worker entry: regex find over a log, off the main thread (a pattern can take exponential time).
 * Started by `regex-search-client.ts` with
 * `new Worker(new URL('./regex-search-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createSearchHost } from './regex-search-host.ts';

const handle = createSearchHost((message, transfer) => {
  globalThis.postMessage(message, { transfer });
});

globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  handle(event.data);
});
