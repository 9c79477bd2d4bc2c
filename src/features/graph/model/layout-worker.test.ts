import { describe, expect, it } from 'vitest';
import {
  isLayoutRequest,
  isLayoutResponse,
  type LayoutRequest,
  type LayoutResponse,
} from './layout-protocol.ts';

/** The worker entry listens on its global scope; under happy-dom that is `window`, and `postMessage` echoes there. */
function nextResponse(): Promise<LayoutResponse> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent<unknown>): void => {
      const { data } = event;
      if (!isLayoutResponse(data)) return;
      globalThis.removeEventListener('message', listener);
      resolve(data);
    };
    globalThis.addEventListener('message', listener);
  });
}

describe('layout worker entry', () => {
  it(
    'answers a layout request with positions for every node, under the same request id',
    { timeout: 60_000 },
    async () => {
      await import('./layout-worker.ts');
      const request: LayoutRequest = {
        requestId: 7,
        input: {
          nodes: [
            { id: 'a', container: false, width: 100, height: 40 },
            { id: 'b', container: false, width: 100, height: 40 },
          ],
          edges: [{ id: 'a->b', source: 'a', target: 'b' }],
        },
      };
      const response = nextResponse();
      globalThis.dispatchEvent(new MessageEvent('message', { data: request }));
      const answer = await response;
      expect(answer.requestId).toBe(7);
      expect('layout' in answer && answer.layout.nodes.map((box) => box.id)).toEqual(['a', 'b']);
      if ('layout' in answer)
        expect(answer.layout.nodes[1]?.y).toBeGreaterThan(answer.layout.nodes[0]?.y ?? Infinity);
    },
  );
});

describe('layout protocol guards', () => {
  it('accept well-formed messages and refuse anything else', () => {
    expect(
      isLayoutRequest({
        requestId: 1,
        input: { nodes: [{ id: 'a', container: false, width: 1, height: 1 }], edges: [] },
      }),
    ).toBe(true);
    expect(isLayoutRequest({ requestId: 1, input: { nodes: [{ id: 'a' }], edges: [] } })).toBe(
      false,
    );
    expect(isLayoutRequest({ id: 1, cmd: 'layout', graph: {} })).toBe(false);
    expect(isLayoutResponse({ requestId: 1, error: 'boom' })).toBe(true);
    expect(
      isLayoutResponse({
        requestId: 1,
        layout: { nodes: [{ id: 'a', x: 0, y: 0, width: 1, height: 1 }], width: 1, height: 1 },
      }),
    ).toBe(true);
    expect(
      isLayoutResponse({
        requestId: 1,
        layout: { nodes: [{ id: 'a', x: '0' }], width: 1, height: 1 },
      }),
    ).toBe(false);
    expect(isLayoutResponse({ id: 1, data: {} })).toBe(false);
  });
});
