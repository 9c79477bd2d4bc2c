import { describe, expect, it } from 'vitest';
import { isInView } from './reveal.ts';

const node = { x: 600, y: 100, width: 220, height: 56 };

describe('isInView', () => {
  it('is true for a node wholly inside the canvas, below the toolbar', () => {
    expect(isInView(node, { x: 0, y: 0, zoom: 1 }, 1000, 600)).toBe(true);
  });

  it('is false once the canvas narrows and cuts the node off at the right edge', () => {
    // A side panel opened: the same viewport, 700 pixels wide instead of 1000.
    expect(isInView(node, { x: 0, y: 0, zoom: 1 }, 700, 600)).toBe(false);
  });

  it('is false under the floating toolbar and true again when panned or zoomed to fit', () => {
    expect(isInView(node, { x: 0, y: -60, zoom: 1 }, 1000, 600)).toBe(false);
    expect(isInView(node, { x: -400, y: 0, zoom: 1 }, 700, 600)).toBe(true);
    expect(isInView(node, { x: 0, y: 40, zoom: 0.5 }, 700, 600)).toBe(true);
  });

  it('counts a node bigger than the canvas as in view when part of it shows', () => {
    const group = { x: 0, y: 0, width: 3000, height: 2000 };
    expect(isInView(group, { x: -100, y: -100, zoom: 1 }, 700, 600)).toBe(true);
    expect(isInView(group, { x: -3500, y: 0, zoom: 1 }, 700, 600)).toBe(false);
  });
});
