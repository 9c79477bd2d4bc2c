import { getViewportForBounds } from '@xyflow/react';
import type { InitialFit } from './initial-view.ts';
import type { NodeRect } from './keyboard-nav.ts';
import type { Viewport } from './reveal.ts';

/** The canvas's lowest zoom (React Flow's `minZoom`), also the floor of a first view that fits everything. */
export const CANVAS_MIN_ZOOM = 0.05;

/**
 * The viewport React Flow's `fitView(fit)` would reach on a `width` × `height` canvas (its
 * `fitViewport`: the bounds of the nodes to fit, then `getViewportForBounds` with the fit's zoom range
 * and padding), computed before React Flow mounts so its first render is already the fitted view.
 * Undefined when there is nothing to fit or no canvas size.
 */
export function firstViewport(
  rects: ReadonlyMap<string, NodeRect>,
  fit: InitialFit,
  width: number,
  height: number,
): Viewport | undefined {
  if (width <= 0 || height <= 0) return undefined;
  const ids = fit.nodes?.map((node) => node.id) ?? rects.keys();
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const rect = rects.get(id);
    if (!rect) continue;
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.width);
    bottom = Math.max(bottom, rect.y + rect.height);
  }
  if (!Number.isFinite(left)) return undefined;
  return getViewportForBounds(
    { x: left, y: top, width: right - left, height: bottom - top },
    width,
    height,
    fit.minZoom ?? CANVAS_MIN_ZOOM,
    fit.maxZoom,
    fit.padding,
  );
}
