import { describe, expect, it } from 'vitest';
import { CANVAS_MIN_ZOOM, firstViewport } from './first-view.ts';
import { initialFit, READABLE_ZOOM } from './initial-view.ts';
import type { NodeRect } from './keyboard-nav.ts';
import { grid } from './node-rects.test-kit.ts';
import type { Viewport } from './reveal.ts';

/** A node's box on screen (canvas pixels) under a viewport. */
function onScreen(rect: NodeRect, view: Viewport) {
  return {
    left: rect.x * view.zoom + view.x,
    top: rect.y * view.zoom + view.y,
    right: (rect.x + rect.width) * view.zoom + view.x,
    bottom: (rect.y + rect.height) * view.zoom + view.y,
  };
}

function rectOf(rects: ReadonlyMap<string, NodeRect>, id: string): NodeRect {
  const rect = rects.get(id);
  if (!rect) throw new Error(`no ${id}`);
  return rect;
}

describe('firstViewport', () => {
  it('fits a small graph whole inside the padding (the toolbar keeps 64 px on top)', () => {
    const rects = grid(3, 4);
    const view = firstViewport(rects, initialFit(rects, undefined, 600), 1200, 600);
    if (!view) throw new Error('no view');
    // Three rows and four columns fit at zoom 1 (the fit's largest zoom): centred, not enlarged.
    expect(view.zoom).toBe(1);
    for (const rect of rects.values()) {
      const box = onScreen(rect, view);
      expect(box.left).toBeGreaterThanOrEqual(24);
      expect(box.right).toBeLessThanOrEqual(1200 - 24);
      expect(box.top).toBeGreaterThanOrEqual(64);
      expect(box.bottom).toBeLessThanOrEqual(600 - 24);
    }
  });

  it('zooms a small but wide graph out below the readable zoom, down to the canvas minimum', () => {
    const rects = grid(2, 40);
    const view = firstViewport(rects, initialFit(rects, undefined, 600), 1000, 600);
    expect(view?.zoom).toBeLessThan(READABLE_ZOOM);
    expect(view?.zoom).toBeGreaterThanOrEqual(CANVAS_MIN_ZOOM);
    const first = onScreen(rectOf(rects, 'n0-0'), view ?? { x: 0, y: 0, zoom: 1 });
    const last = onScreen(rectOf(rects, 'n1-39'), view ?? { x: 0, y: 0, zoom: 1 });
    expect(first.left).toBeCloseTo(24, 5);
    expect(last.right).toBeCloseTo(1000 - 24, 5);
  });

  it('opens a large graph on its top rows at the readable zoom, the entry node in view', () => {
    const rects = grid(30, 30);
    const fit = initialFit(rects, undefined, 600);
    const view = firstViewport(rects, fit, 1000, 600);
    if (!view) throw new Error('no view');
    expect(view.zoom).toBe(READABLE_ZOOM);
    const top = onScreen(rectOf(rects, 'n0-14'), view);
    expect(top.top).toBeGreaterThanOrEqual(64);
    expect(top.top).toBeLessThan(120);
    expect(fit.entryId).toBe('n0-14');
    expect(top.left).toBeGreaterThan(0);
    expect(top.right).toBeLessThan(1000);
  });

  it('centres a large graph on the selected node (a `?node=` link) at zoom 1', () => {
    const rects = grid(30, 30);
    const view = firstViewport(rects, initialFit(rects, 'n20-4', 600), 1000, 600);
    if (!view) throw new Error('no view');
    expect(view.zoom).toBe(1);
    const box = onScreen(rectOf(rects, 'n20-4'), view);
    expect((box.left + box.right) / 2).toBeCloseTo(500, 5);
    expect((box.top + box.bottom) / 2).toBeCloseTo(300, 5);
  });

  it('has no view without a canvas size or without nodes', () => {
    const rects = grid(3, 3);
    expect(firstViewport(rects, initialFit(rects, undefined), 0, 600)).toBeUndefined();
    expect(firstViewport(rects, initialFit(rects, undefined), 800, 0)).toBeUndefined();
    expect(firstViewport(new Map(), initialFit(new Map(), undefined), 800, 600)).toBeUndefined();
  });
});
