/**
 * Web Worker entry: runs `computeLayout` off the main thread. Started by `layout-graph.ts` with
 * `new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { computeLayout } from './layout.ts';
import { isLayoutRequest, type LayoutResponse } from './layout-protocol.ts';

// addEventListener, not onmessage: loading elk.bundled.js in a worker claims `self.onmessage` for ELK's own protocol.
globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  const { data } = event;
  if (!isLayoutRequest(data)) return;
  computeLayout(data.input).then(
    (layout) => reply({ requestId: data.requestId, layout }),
    (error: unknown) =>
      reply({
        requestId: data.requestId,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});

function reply(response: LayoutResponse): void {
  globalThis.postMessage(response);
}
