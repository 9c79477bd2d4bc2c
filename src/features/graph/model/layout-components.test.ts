import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../../scripts/shared-dir.ts';
import { connectedComponents } from './connected-components.ts';
import { allGroupIds, type PipelineGraph } from './graph-model.ts';
import { computeLayout, layoutInput, type GraphLayout } from './layout.ts';
import { clearLayoutCache, layoutGraph } from './layout-graph.ts';
import { quickLayout } from './quick-layout.ts';
import { graphFromYaml } from './spec-to-graph.ts';
import { visibleGraph, type VisibleGraph } from './visible-graph.ts';

/** The tutorial's data-visualization pipeline (seeded by the emulator): two independent chains. */
function dataVisualizationGraph(): PipelineGraph {
  const text = readFileSync(
    join(projectRoot, 'emulator', 'seed', 'pipelines', 'data-visualization.yaml'),
    'utf8',
  );
  const result = graphFromYaml(text);
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

function dataVisualization(): VisibleGraph {
  const graph = dataVisualizationGraph();
  return visibleGraph(graph, allGroupIds(graph));
}

const ROOT = 'data-visualization';
const CHAINS = [
  [`${ROOT}/get-example-data-to-volume`, `${ROOT}/display-image-from-path`],
  [`${ROOT}/get-example-data-to-volume-2`, `${ROOT}/plot-csv-from-path`],
] as const;

function expectSideBySide(layout: GraphLayout): void {
  const box = (id: string) => {
    const found = layout.nodes.find((node) => node.id === id);
    if (!found) throw new Error(`${id} has no box`);
    return found;
  };
  const [image, csv] = CHAINS.map((chain) => {
    const boxes = chain.map(box);
    // Each chain reads top to bottom…
    expect(boxes[0]?.y ?? Infinity).toBeLessThan(boxes[1]?.y ?? -Infinity);
    return {
      left: Math.min(...boxes.map((b) => b.x)),
      right: Math.max(...boxes.map((b) => b.x + b.width)),
      top: Math.min(...boxes.map((b) => b.y)),
    };
  });
  const topRow = Math.min(...layout.nodes.map((b) => b.y));
  // …both start on the top row, and their columns do not overlap (the image chain first, as in the spec).
  expect(image?.top).toBe(topRow);
  expect(csv?.top).toBe(topRow);
  expect(image?.right ?? Infinity).toBeLessThan(csv?.left ?? -Infinity);
}

describe('disconnected components', () => {
  it('are two chains in the data-visualization pipeline', () => {
    const input = layoutInput(dataVisualization());
    expect(input.nodes.map((node) => node.id).sort()).toEqual(CHAINS.flat().sort());
    expect(input.edges.map((edge) => [edge.source, edge.target]).sort()).toEqual(
      CHAINS.map((chain) => [...chain]).sort(),
    );
  });

  it('sit side by side with ELK (small graphs inline, 51–100 nodes in the worker)', async () => {
    expectSideBySide(await computeLayout(layoutInput(dataVisualization())));
  });

  it('sit side by side with the quick layout (above 100 nodes)', () => {
    expectSideBySide(quickLayout(layoutInput(dataVisualization())));
  });

  it('sit side by side through layoutGraph', async () => {
    clearLayoutCache();
    expectSideBySide(await layoutGraph(dataVisualization()));
  });
});

describe('connectedComponents', () => {
  it('groups linked nodes, each part in index order, parts by their first node', () => {
    expect(
      connectedComponents(7, [
        [5, 1],
        [2, 6],
        [1, 3],
      ]),
    ).toEqual([[0], [1, 3, 5], [2, 6], [4]]);
  });
});
