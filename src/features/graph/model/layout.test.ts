import { describe, expect, it } from 'vitest';
import { emptyDetails, GraphBuilder } from './graph-builder.ts';
import { allGroupIds, type PipelineGraph } from './graph-model.ts';
import {
  absolutePositions,
  computeLayout,
  layoutInput,
  layoutKey,
  NODE_HEIGHT,
  NODE_WIDTH,
  type GraphLayout,
  type LayoutInput,
} from './layout.ts';
import { clearLayoutCache, layoutGraph } from './layout-graph.ts';
import { quickLayout } from './quick-layout.ts';
import { visibleGraph } from './visible-graph.ts';

interface Rect {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function rects(layout: GraphLayout): Rect[] {
  const positions = absolutePositions(layout);
  return layout.nodes.map((box) => {
    const position = positions.get(box.id) ?? { x: Number.NaN, y: Number.NaN };
    return { id: box.id, x: position.x, y: position.y, width: box.width, height: box.height };
  });
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** a ─▶ cond{ c1 ─▶ c2 } ─▶ b, a ─▶ b, plus d alone; with a recursive call inside cond back to it. */
function smallGraph(displayName = ''): PipelineGraph {
  const builder = new GraphBuilder();
  const details = emptyDetails(displayName);
  builder.addTask('a', 'a', undefined, details);
  builder.addGroup('cond', 'cond', undefined, 'condition', details);
  builder.addTask('cond/c1', 'c1', 'cond', details);
  builder.addTask('cond/c2', 'c2', 'cond', details);
  builder.addRecursiveCall('cond/again', 'again', 'cond', 'cond', details);
  builder.addTask('b', 'b', undefined, details);
  builder.addTask('d', 'd', undefined, details);
  builder.addEdge('a', 'cond', { kind: 'data' });
  builder.addEdge('cond/c1', 'cond/c2', { kind: 'dependency' });
  builder.addEdge('cond/c2', 'cond/again', { kind: 'dependency' });
  builder.addEdge('cond', 'b', { kind: 'dependency' });
  builder.addEdge('a', 'b', { kind: 'dependency' });
  return builder.build({ source: 'v2', inputs: [] });
}

/** `groups` loops of `perGroup` tasks in a chain, each loop fed by a task of the previous one. */
function generatedGraph(groups: number, perGroup: number): PipelineGraph {
  const builder = new GraphBuilder();
  const details = emptyDetails('');
  for (let g = 0; g < groups; g += 1) {
    const group = `root/loop-${g}`;
    builder.addGroup(group, `loop-${g}`, undefined, 'loop', details);
    if (g > 0) builder.addEdge(`root/loop-${g - 1}/task-${perGroup - 1}`, group, { kind: 'data' });
    for (let t = 0; t < perGroup; t += 1) {
      const id = `${group}/task-${t}`;
      builder.addTask(id, `task-${t}`, group, details);
      if (t >= 2) builder.addEdge(`${group}/task-${Math.floor(t / 2)}`, id, { kind: 'dependency' });
    }
  }
  return builder.build({ source: 'v2', inputs: [] });
}

const engines = [
  ['ELK', computeLayout],
  ['the quick layout', (input: LayoutInput) => Promise.resolve(quickLayout(input))],
] as const;

describe.each(engines)('%s', (_name, layOut) => {
  it('places every visible node in distinct, non-overlapping boxes, children inside their group, top to bottom', async () => {
    const graph = smallGraph();
    const layout = await layOut(layoutInput(visibleGraph(graph, allGroupIds(graph))));
    const boxes = rects(layout);
    expect(boxes.map((box) => box.id).sort()).toEqual([...graph.nodes.keys()].sort());
    const byId = new Map(boxes.map((box) => [box.id, box]));
    const at = (id: string): Rect =>
      byId.get(id) ?? { id, x: Number.NaN, y: Number.NaN, width: 0, height: 0 };
    for (const box of boxes) {
      expect(Number.isFinite(box.x) && Number.isFinite(box.y), box.id).toBe(true);
      for (const other of boxes) {
        if (box === other || box.id.startsWith(`${other.id}/`) || other.id.startsWith(`${box.id}/`))
          continue;
        expect(overlaps(box, other), `${box.id} overlaps ${other.id}`).toBe(false);
      }
    }
    for (const child of ['cond/c1', 'cond/c2', 'cond/again'])
      expect(contains(at('cond'), at(child)), child).toBe(true);
    expect(at('a').y + at('a').height).toBeLessThanOrEqual(at('cond').y);
    expect(at('cond').y + at('cond').height).toBeLessThanOrEqual(at('b').y);
    expect(at('cond/c1').y).toBeLessThan(at('cond/c2').y);
    expect(at('a')).toMatchObject({ width: NODE_WIDTH, height: NODE_HEIGHT });
    expect(layout.width).toBeGreaterThanOrEqual(Math.max(...boxes.map((box) => box.x + box.width)));
    expect(layout.nodes.find((box) => box.id === 'cond/c1')?.parentId).toBe('cond');
  });

  it('lays out a generated 1,000-task graph', { timeout: 180_000 }, async () => {
    const graph = generatedGraph(10, 100);
    const layout = await layOut(layoutInput(visibleGraph(graph, allGroupIds(graph))));
    const tasks = rects(layout).filter((box) => box.id.includes('/task-'));
    expect(tasks).toHaveLength(1000);
    expect(new Set(tasks.map((box) => `${box.x},${box.y}`)).size).toBe(1000);
    expect(tasks.every((box) => Number.isFinite(box.x) && Number.isFinite(box.y))).toBe(true);
  });
});

describe('layoutKey', () => {
  it('depends on structure and expansion, not on node data', () => {
    const plain = smallGraph();
    const renamed = smallGraph('Another display name');
    expect(layoutKey(layoutInput(visibleGraph(plain, ['cond'])))).toBe(
      layoutKey(layoutInput(visibleGraph(renamed, ['cond']))),
    );
    expect(layoutKey(layoutInput(visibleGraph(plain, ['cond'])))).not.toBe(
      layoutKey(layoutInput(visibleGraph(plain, []))),
    );
  });
});

describe('layoutGraph', () => {
  it('reuses the layout of an equal structure and lays out a new one when the expansion changes', async () => {
    clearLayoutCache();
    const first = await layoutGraph(visibleGraph(smallGraph(), ['cond']));
    const again = await layoutGraph(visibleGraph(smallGraph('status changed'), ['cond']));
    expect(again).toBe(first);
    const collapsed = await layoutGraph(visibleGraph(smallGraph(), []));
    expect(collapsed).not.toBe(first);
    expect(collapsed.nodes.map((box) => box.id)).toEqual(['a', 'cond', 'b', 'd']);
  });

  it(
    'lays out inline above the worker threshold when there is no Worker (tests)',
    { timeout: 60_000 },
    async () => {
      expect(typeof Worker).toBe('undefined');
      const graph = generatedGraph(3, 30);
      const layout = await layoutGraph(visibleGraph(graph, allGroupIds(graph)));
      expect(layout.nodes).toHaveLength(93);
    },
  );
});
