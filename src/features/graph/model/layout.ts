import type { ELK, ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk.bundled.js';
import { liftEdges, ROOT_CONTAINER } from './layout-edges.ts';
import type { GraphLayout, LayoutBox, LayoutInput, LayoutNodeInput } from './layout-types.ts';
import type { VisibleGraph } from './visible-graph.ts';

export type { GraphLayout, LayoutBox, LayoutInput, LayoutNodeInput } from './layout-types.ts';

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 56;
/** Artifact nodes (v2 outputs drawn between producer and consumers) are smaller than tasks. */
export const ARTIFACT_WIDTH = 180;
export const ARTIFACT_HEIGHT = 40;
/** Room above an expanded group's children for its title. */
export const GROUP_HEADER = 40;
/** Where an expanded group's children start: below its title, with room for the state badges above their top edge. */
export const GROUP_CHILDREN_TOP = GROUP_HEADER + 20;
/** Every container (the root and each expanded group) is laid out on its own with these. */
const LAYERED_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
  // The canvas draws its own edges: the cheapest routing will do.
  'elk.edgeRouting': 'POLYLINE',
  'elk.spacing.nodeNode': '32',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.spacing.edgeNode': '16',
  // Disconnected parts (independent chains) side by side in spec order, each from the top row: ELK packs
  // components into rows by an aspect ratio (default 1.6), which stacks two short chains into one column.
  'elk.aspectRatio': '1000',
  'elk.layered.considerModelOrder.components': 'MODEL_ORDER',
  'elk.spacing.componentComponent': '32',
};

const ROOT_OPTIONS: LayoutOptions = {
  ...LAYERED_OPTIONS,
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
};

const GROUP_OPTIONS: LayoutOptions = {
  ...LAYERED_OPTIONS,
  'elk.padding': `[top=${GROUP_CHILDREN_TOP},left=16,bottom=16,right=16]`,
  'elk.nodeSize.constraints': 'MINIMUM_SIZE',
  'elk.nodeSize.minimum': `(${NODE_WIDTH},${NODE_HEIGHT})`,
};

/** Small graphs keep siblings in spec order; above this many nodes that costs seconds, so speed wins. */
const LARGE_GRAPH = 300;
const SMALL_OPTIONS: LayoutOptions = {
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};
const LARGE_OPTIONS: LayoutOptions = {
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
};

/** The layout input for a visible graph: fixed-size boxes, expanded groups as containers. */
export function layoutInput(visible: VisibleGraph): LayoutInput {
  return {
    nodes: visible.nodes.map((node) => ({
      id: node.id,
      ...(node.parentId === undefined ? {} : { parentId: node.parentId }),
      container: node.expanded,
      width: node.node.kind === 'artifact' ? ARTIFACT_WIDTH : NODE_WIDTH,
      height: node.node.kind === 'artifact' ? ARTIFACT_HEIGHT : NODE_HEIGHT,
    })),
    edges: visible.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  };
}

/** A key for the structure (ids, nesting, sizes, edges): equal keys, equal layouts. */
export function layoutKey(input: LayoutInput): string {
  const nodes = input.nodes.map(
    (node) =>
      `${node.id}\u0001${node.parentId ?? ''}\u0001${node.container ? 1 : 0}\u0001${node.width}x${node.height}`,
  );
  const edges = input.edges.map((edge) => `${edge.source}\u0001${edge.target}`);
  return `${nodes.join('\u0002')}\u0003${edges.sort().join('\u0002')}`;
}

let elkInstance: Promise<ELK> | undefined;

/** ELK is loaded on first use, so it is only downloaded when a graph is drawn. */
function elk(): Promise<ELK> {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk());
  return elkInstance;
}

/** Layered, top-to-bottom layout of the input with ELK (no caching: see `layoutGraph`). */
export async function computeLayout(input: LayoutInput): Promise<GraphLayout> {
  const result = await (await elk()).layout(toElkGraph(input));
  const nodes: LayoutBox[] = [];
  const collect = (
    children: readonly ElkNode[] | undefined,
    parentId: string | undefined,
  ): void => {
    for (const child of children ?? []) {
      const box = {
        id: child.id,
        x: child.x ?? 0,
        y: child.y ?? 0,
        width: child.width ?? NODE_WIDTH,
        height: child.height ?? NODE_HEIGHT,
      };
      nodes.push(parentId === undefined ? box : { ...box, parentId });
      collect(child.children, child.id);
    }
  };
  collect(result.children, undefined);
  return { nodes, width: result.width ?? 0, height: result.height ?? 0 };
}

function toElkGraph(input: LayoutInput): ElkNode {
  const byParent = new Map<string | undefined, LayoutNodeInput[]>();
  for (const node of input.nodes)
    byParent.set(node.parentId, [...(byParent.get(node.parentId) ?? []), node]);
  const edgesByContainer = new Map(
    [...liftEdges(input)].map(([container, edges]) => [
      container,
      edges.map((edge): ElkExtendedEdge => ({
        id: edge.id,
        sources: [edge.source],
        targets: [edge.target],
      })),
    ]),
  );
  const sizeOptions = input.nodes.length > LARGE_GRAPH ? LARGE_OPTIONS : SMALL_OPTIONS;
  const build = (node: LayoutNodeInput): ElkNode =>
    node.container
      ? {
          id: node.id,
          layoutOptions: { ...GROUP_OPTIONS, ...sizeOptions },
          children: (byParent.get(node.id) ?? []).map(build),
          edges: edgesByContainer.get(node.id) ?? [],
        }
      : { id: node.id, width: node.width, height: node.height };
  return {
    id: ROOT_CONTAINER,
    layoutOptions: { ...ROOT_OPTIONS, ...sizeOptions },
    children: (byParent.get(undefined) ?? []).map(build),
    edges: edgesByContainer.get(ROOT_CONTAINER) ?? [],
  };
}

/** Top-left corners in canvas coordinates (parents' offsets added). */
export function absolutePositions(layout: GraphLayout): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  for (const box of layout.nodes) {
    const parent = box.parentId === undefined ? undefined : positions.get(box.parentId);
    positions.set(box.id, { x: box.x + (parent?.x ?? 0), y: box.y + (parent?.y ?? 0) });
  }
  return positions;
}
