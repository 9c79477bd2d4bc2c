import { describe, expect, it } from 'vitest';
import { FIT_ALL_LIMIT, initialFit, READABLE_ZOOM } from './initial-view.ts';
import { grid } from './node-rects.test-kit.ts';

describe('initialFit', () => {
  it('fits a small graph whole', () => {
    const fit = initialFit(grid(10, 10), undefined);
    expect(fit).toMatchObject({ maxZoom: 1 });
    expect(fit.nodes).toBeUndefined();
    // The toolbar floats over the canvas's top edge: the first view keeps room for it.
    expect(fit.padding.top).toBe('64px');
    expect(grid(10, 10).size).toBeLessThanOrEqual(FIT_ALL_LIMIT);
  });

  it('fits the top rows of a large graph at a readable zoom at least', () => {
    const fit = initialFit(grid(30, 30), undefined);
    expect(fit.minZoom).toBe(READABLE_ZOOM);
    const rows = new Set(fit.nodes?.map((node) => node.id.split('-')[0]));
    expect([...rows]).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
    expect(fit.nodes).toHaveLength(6 * 30);
    // The keyboard enters at the top row's middle node, which the centred first view shows.
    expect(fit.entryId).toBe('n0-14');
    // A 400 px canvas less 88 px of padding shows 624 canvas px at zoom 0.5: six rows (104 px apart, 56 high).
    expect(initialFit(grid(30, 30), undefined, 400).nodes).toHaveLength(6 * 30);
    // 250 px less the padding: 324 canvas px, three rows.
    expect(initialFit(grid(30, 30), undefined, 250).nodes).toHaveLength(3 * 30);
  });

  it('centres a large graph on the selected node', () => {
    expect(initialFit(grid(30, 30), 'n20-4').nodes).toEqual([{ id: 'n20-4' }]);
    expect(initialFit(grid(30, 30), 'gone').nodes?.length).toBeGreaterThan(1);
  });
});
