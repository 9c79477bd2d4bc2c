import type { NodeRect } from './keyboard-nav.ts';

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/**
 * Room a node needs around it to count as in view, in screen pixels: the toolbar floats over the canvas's
 * top edge and the state badges sit above a node's top edge.
 */
const MARGIN = { top: 64, right: 16, bottom: 16, left: 16 } as const;

/**
 * Whether a node (canvas coordinates) is wholly in a `width` × `height` canvas showing `viewport`. A node too
 * big for the canvas (an expanded group) is in view when any of it is.
 */
export function isInView(
  rect: NodeRect,
  viewport: Viewport,
  width: number,
  height: number,
): boolean {
  const left = rect.x * viewport.zoom + viewport.x;
  const top = rect.y * viewport.zoom + viewport.y;
  const right = left + rect.width * viewport.zoom;
  const bottom = top + rect.height * viewport.zoom;
  const minX = MARGIN.left;
  const maxX = width - MARGIN.right;
  const minY = MARGIN.top;
  const maxY = height - MARGIN.bottom;
  const fitsX = right - left <= maxX - minX;
  const fitsY = bottom - top <= maxY - minY;
  const inX = fitsX ? left >= minX && right <= maxX : right > minX && left < maxX;
  const inY = fitsY ? top >= minY && bottom <= maxY : bottom > minY && top < maxY;
  return inX && inY;
}
