import type { NodeRect } from './keyboard-nav.ts';

/** Above this many drawn nodes the first view is not the whole graph (a 1,000-task graph fitted is unreadable and slow to paint). */
export const FIT_ALL_LIMIT = 200;
/** The lowest zoom of a first view that does not show everything: names are still readable. */
export const READABLE_ZOOM = 0.5;
/** How much of the graph's top a first view aims at, in canvas pixels, while the canvas height is unknown. */
const TOP_BAND = 600;
/**
 * Room kept around a first view, in screen pixels. The toolbar floats over the canvas's top edge, so the top
 * keeps enough room for it (and for the state badges that sit above the top row's nodes).
 */
const PADDING = { top: '64px', right: '24px', bottom: '24px', left: '24px' } as const;
const PADDING_Y_PX = 64 + 24;

export interface InitialFit {
  readonly padding: typeof PADDING;
  readonly maxZoom: number;
  readonly minZoom?: number;
  /** Nodes to fit; absent: all. */
  readonly nodes?: { id: string }[];
  /** A node surely in the first view (a large graph draws only what is in view): the keyboard's way in. */
  readonly entryId?: string;
}

/**
 * What the canvas first fits: a small graph whole; a large one at a readable zoom, around the selected node
 * (a `?node=` link) or else the top of the graph, where it starts. The minimap and "fit view" show the rest,
 * and only the nodes in view are drawn.
 */
export function initialFit(
  rects: ReadonlyMap<string, NodeRect>,
  selectedNodeId: string | undefined,
  canvasHeight = 0,
): InitialFit {
  if (rects.size <= FIT_ALL_LIMIT) return { padding: PADDING, maxZoom: 1 };
  if (selectedNodeId !== undefined && rects.has(selectedNodeId))
    return {
      padding: PADDING,
      maxZoom: 1,
      minZoom: READABLE_ZOOM,
      nodes: [{ id: selectedNodeId }],
    };
  // The band the canvas shows at the readable zoom, so the graph's top row lands at the top of the view.
  const band =
    canvasHeight > 0 ? Math.max(canvasHeight - PADDING_Y_PX, 0) / READABLE_ZOOM : TOP_BAND;
  let top = Number.POSITIVE_INFINITY;
  for (const rect of rects.values()) top = Math.min(top, rect.y);
  const nodes: { id: string }[] = [];
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const [id, rect] of rects) {
    if (rect.y + rect.height > top + band) continue;
    nodes.push({ id });
    left = Math.min(left, rect.x);
    right = Math.max(right, rect.x + rect.width);
  }
  // The view is centred on the band: the top-row node nearest its middle is in it.
  const middle = (left + right) / 2;
  let entryId: string | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const { id } of nodes) {
    const rect = rects.get(id);
    if (!rect) continue;
    const score = (rect.y - top) * 1e6 + Math.abs(rect.x + rect.width / 2 - middle);
    if (score < best) {
      best = score;
      entryId = id;
    }
  }
  return {
    padding: PADDING,
    maxZoom: 1,
    minZoom: READABLE_ZOOM,
    nodes,
    ...(entryId === undefined ? {} : { entryId }),
  };
}
