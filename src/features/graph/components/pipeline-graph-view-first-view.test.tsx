import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutGraph } from '../model/layout-graph.ts';
import { graphFromSpec } from '../model/spec-to-graph.ts';
import { visibleGraph } from '../model/visible-graph.ts';
import { firstViewport } from './first-view.ts';
import { FIT_ALL_LIMIT, initialFit } from './initial-view.ts';
import { nodeRects } from './node-rects.ts';
import { PipelineGraphView } from './pipeline-graph-view.tsx';

const WIDTH = 1000;
const HEIGHT = 600;

/**
 * A v2 spec of `count` tasks in rows of `width`, each after the one above it: above FIT_ALL_LIMIT, so
 * the first view is its top rows.
 */
function wideSpec(count: number, width: number) {
  const tasks = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `step-${String(i)}`,
      {
        componentRef: { name: 'comp-step' },
        taskInfo: { name: `step-${String(i)}` },
        ...(i < width ? {} : { dependentTasks: [`step-${String(i - width)}`] }),
      },
    ]),
  );
  return {
    pipelineInfo: { name: 'wide' },
    components: { 'comp-step': { executorLabel: 'exec-step' } },
    deploymentSpec: { executors: { 'exec-step': { container: { image: 'alpine:3' } } } },
    root: { dag: { tasks } },
    schemaVersion: '2.1.0',
    sdkVersion: 'kfp-2.7.0',
  };
}

/** happy-dom lays nothing out: the canvas (and React Flow's pane inside it) gets a size here. */
function sizeEveryElement() {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(WIDTH);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(HEIGHT);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(WIDTH);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(HEIGHT);
}

/** `translate(10px, 20px) scale(0.5)` → [10, 20, 0.5]. */
function numbersOf(transform: string | undefined): number[] {
  return [...(transform ?? '').matchAll(/-?[\d.]+(?:e-?\d+)?/g)].map((match) => Number(match[0]));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PipelineGraphView first view', () => {
  it(
    "draws a large graph's first nodes once, already at the fitted view, and only those in view; the minimap after them",
    { timeout: 30_000 },
    async () => {
      const built = graphFromSpec(wideSpec(FIT_ALL_LIMIT + 50, 25));
      if (!built.ok) throw new Error(built.error);
      const { graph } = built;
      sizeEveryElement();
      // Every viewport transform React Flow ever sets, and the one in place when the first node appears.
      const transforms: string[] = [];
      let atFirstNode: string | undefined;
      let miniMapAtFirstNode: boolean | undefined;
      const observer = new MutationObserver(() => {
        const viewport = document.querySelector('.react-flow__viewport');
        const transform = viewport instanceof HTMLElement ? viewport.style.transform : '';
        if (transform !== '' && transforms.at(-1) !== transform) transforms.push(transform);
        if (atFirstNode === undefined && document.querySelector('.react-flow__node') !== null) {
          atFirstNode = transform;
          miniMapAtFirstNode = document.querySelector('.react-flow__minimap') !== null;
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      render(<PipelineGraphView graph={graph} />);
      await vi.waitFor(() => expect(atFirstNode).toBeDefined(), { timeout: 20_000 });
      // The minimap (every node, not only those in view) follows after the first paint.
      await vi.waitFor(() => expect(document.querySelector('.react-flow__minimap')).not.toBeNull());
      observer.disconnect();
      expect(miniMapAtFirstNode).toBe(false);

      const visible = visibleGraph(graph, new Set());
      const rects = nodeRects(await layoutGraph(visible), visible);
      const view = firstViewport(rects, initialFit(rects, undefined, HEIGHT), WIDTH, HEIGHT);
      if (!view) throw new Error('no first view');
      const fitted = [view.x, view.y, view.zoom];
      expect(numbersOf(atFirstNode)).toEqual(fitted);
      expect(transforms.map(numbersOf)).toEqual([fitted]);
      // Edges are drawn without React Flow's invisible click target.
      expect(document.querySelectorAll('.react-flow__edge-path').length).toBeGreaterThan(4);
      expect(document.querySelector('.react-flow__edge-interaction')).toBeNull();
      // Only the nodes in view are drawn, and each one drawn is in view.
      const drawn = [...document.querySelectorAll('.react-flow__node')];
      expect(drawn.length).toBeGreaterThan(4);
      expect(drawn.length).toBeLessThan(rects.size);
      for (const node of drawn) {
        const rect = rects.get(node.getAttribute('data-id') ?? '');
        if (!rect) throw new Error('a drawn node the layout did not place');
        expect(rect.x * view.zoom + view.x).toBeLessThan(WIDTH);
        expect((rect.x + rect.width) * view.zoom + view.x).toBeGreaterThan(0);
        expect(rect.y * view.zoom + view.y).toBeLessThan(HEIGHT);
      }
    },
  );
});
