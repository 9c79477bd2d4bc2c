import {
  computeLayout,
  layoutInput,
  layoutKey,
  type GraphLayout,
  type LayoutInput,
} from './layout.ts';
import { isLayoutResponse, type LayoutRequest } from './layout-protocol.ts';
import { quickLayout } from './quick-layout.ts';
import type { VisibleGraph } from './visible-graph.ts';

/** Above this many visible nodes the layout runs in a Web Worker (when the platform has one). */
export const WORKER_THRESHOLD = 50;
/**
 * Above this many visible nodes ELK takes seconds (and loads 1.5 MB first): the quick layered layout of
 * `quick-layout.ts` runs on this thread in milliseconds instead, so a large graph paints at once.
 * Measured on the 2-core bench machine (node, ELK warm): 150 nodes ~1 s, the seeded 300-task v2 run's
 * 201 visible nodes ~2.9 s, the 300-task v1 run ~8 s, against 20–60 ms for the quick layout (whose
 * drawing of those dense graphs is also the more compact one); 100 keeps ELK well under a second.
 */
export const QUICK_LAYOUT_THRESHOLD = 100;
const CACHE_SIZE = 32;

export interface LayoutGraphOptions {
  /** `auto` (default): quick layout above its threshold, else ELK in a worker above the worker threshold; `inline`: ELK on this thread. */
  readonly mode?: 'auto' | 'inline';
}

const cache = new Map<string, Promise<GraphLayout>>();

/**
 * Positions for a visible graph, cached by structure (node ids, nesting, sizes, edges — not node data):
 * live status updates re-render nodes without a new layout, and collapsing back to a seen state is instant.
 */
export function layoutGraph(
  visible: VisibleGraph,
  options: LayoutGraphOptions = {},
): Promise<GraphLayout> {
  const input = layoutInput(visible);
  const key = layoutKey(input);
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const auto = options.mode !== 'inline';
  const useWorker =
    auto && input.nodes.length > WORKER_THRESHOLD && typeof Worker === 'function' && !workerBroken;
  let layout: Promise<GraphLayout>;
  if (auto && input.nodes.length > QUICK_LAYOUT_THRESHOLD)
    layout = Promise.resolve(quickLayout(input));
  else
    layout = useWorker
      ? layoutInWorker(input).catch(() => computeLayout(input))
      : computeLayout(input);
  cache.set(key, layout);
  layout.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (oldest.done === true) break;
    cache.delete(oldest.value);
  }
  return layout;
}

/** Forgets cached layouts (tests; or after a style change that alters node sizes). */
export function clearLayoutCache(): void {
  cache.clear();
}

let worker: Worker | undefined;
/** Set once the worker failed: later layouts go inline rather than retrying it. */
let workerBroken = false;
let nextRequestId = 1;
const pending = new Map<
  number,
  { resolve: (layout: GraphLayout) => void; reject: (error: Error) => void }
>();

function layoutWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./layout-worker.ts', import.meta.url), {
    type: 'module',
    name: 'graph-layout',
  });
  created.addEventListener('message', (event: MessageEvent<unknown>) => {
    const { data } = event;
    if (!isLayoutResponse(data)) return;
    const request = pending.get(data.requestId);
    pending.delete(data.requestId);
    if ('layout' in data) request?.resolve(data.layout);
    else request?.reject(new Error(data.error));
  });
  created.addEventListener('error', () => {
    // The worker is broken (failed to load, crashed): fail what waits on it; callers fall back to inline layout.
    for (const request of pending.values()) request.reject(new Error('The layout worker failed.'));
    pending.clear();
    created.terminate();
    worker = undefined;
    workerBroken = true;
  });
  worker = created;
  return created;
}

function layoutInWorker(input: LayoutInput): Promise<GraphLayout> {
  return new Promise((resolve, reject) => {
    const request: LayoutRequest = { requestId: nextRequestId++, input };
    pending.set(request.requestId, { resolve, reject });
    try {
      layoutWorker().postMessage(request);
    } catch (error) {
      pending.delete(request.requestId);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
