import {
  GROUP_CHILDREN_TOP,
  NODE_HEIGHT,
  NODE_WIDTH,
  type GraphLayout,
  type LayoutBox,
  type LayoutInput,
  type LayoutNodeInput,
} from './layout.ts';
import { alignWithoutOverlap } from './align-without-overlap.ts';
import { connectedComponents } from './connected-components.ts';
import { liftEdges, ROOT_CONTAINER, type LiftedEdge } from './layout-edges.ts';

const NODE_GAP = 32;
const LAYER_GAP = 48;
const PADDING = 16;
const GROUP_TOP = GROUP_CHILDREN_TOP;
/** Barycenter sweeps for crossing reduction (down, up, down…). */
const SWEEPS = 4;

interface Placed {
  readonly id: string;
  x: number;
  y: number;
  readonly width: number;
  readonly height: number;
}

interface ContainerResult {
  readonly width: number;
  readonly height: number;
  /** Children placed relative to the container, each followed by its own (already relative) descendants. */
  readonly boxes: LayoutBox[];
}

/**
 * A layered, top-to-bottom layout in one synchronous pass (milliseconds for thousands of nodes): longest-path
 * layers, barycenter sweeps against crossings, and each layer's nodes pulled under the centre of their
 * predecessors without overlapping. Same input and output as ELK's `computeLayout`, for graphs too large to
 * wait for ELK. Each expanded group is laid out on its own, inside out.
 */
export function quickLayout(input: LayoutInput): GraphLayout {
  const byParent = new Map<string, LayoutNodeInput[]>();
  for (const node of input.nodes) {
    const key = node.parentId ?? ROOT_CONTAINER;
    const list = byParent.get(key);
    if (list) list.push(node);
    else byParent.set(key, [node]);
  }
  const edges = liftEdges(input);
  const layoutContainer = (containerId: string, top: number): ContainerResult => {
    const children = byParent.get(containerId) ?? [];
    const inner = new Map<string, ContainerResult>();
    for (const child of children)
      if (child.container) inner.set(child.id, layoutContainer(child.id, GROUP_TOP));
    const placed = children.map((child): Placed => {
      const own = inner.get(child.id);
      return {
        id: child.id,
        x: 0,
        y: 0,
        width: own ? Math.max(own.width, NODE_WIDTH) : child.width,
        height: own ? Math.max(own.height, NODE_HEIGHT) : child.height,
      };
    });
    const size = placeLayers(placed, edges.get(containerId) ?? [], PADDING, top);
    const boxes: LayoutBox[] = [];
    for (const box of placed) {
      boxes.push(containerId === ROOT_CONTAINER ? { ...box } : { ...box, parentId: containerId });
      boxes.push(...(inner.get(box.id)?.boxes ?? []));
    }
    return { width: size.width + PADDING, height: size.height + PADDING, boxes };
  };
  const root = layoutContainer(ROOT_CONTAINER, PADDING);
  return { nodes: root.boxes, width: root.width, height: root.height };
}

/**
 * Positions `nodes` (in place) from (`left`, `top`); returns the right and bottom edges reached. Disconnected
 * parts (independent chains) are laid out one by one, side by side in spec order, each from the top row.
 */
function placeLayers(
  nodes: readonly Placed[],
  edges: readonly LiftedEdge[],
  left: number,
  top: number,
): { width: number; height: number } {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links: [number, number][] = [];
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s !== undefined && t !== undefined) links.push([s, t]);
  }
  const components = connectedComponents(nodes.length, links);
  if (components.length <= 1) return placeComponent(nodes, edges, left, top);
  const componentOf = new Map<string, number>();
  components.forEach((members, c) => {
    for (const i of members) componentOf.set(nodes[i]?.id ?? '', c);
  });
  const edgesOf = components.map((): LiftedEdge[] => []);
  for (const edge of edges) edgesOf[componentOf.get(edge.source) ?? -1]?.push(edge);
  let right = left - NODE_GAP;
  let bottom = top;
  components.forEach((members, c) => {
    const part = members.map((i) => nodes[i]).filter((node) => node !== undefined);
    const size = placeComponent(part, edgesOf[c] ?? [], right + NODE_GAP, top);
    right = size.width;
    bottom = Math.max(bottom, size.height);
  });
  return { width: right, height: bottom };
}

/** `placeLayers` for one connected part. */
function placeComponent(
  nodes: readonly Placed[],
  edges: readonly LiftedEdge[],
  left: number,
  top: number,
): { width: number; height: number } {
  if (nodes.length === 0) return { width: left, height: top };
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const preds: number[][] = nodes.map(() => []);
  const succs: number[][] = nodes.map(() => []);
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    succs[s]?.push(t);
    preds[t]?.push(s);
  }
  const layers = assignLayers(nodes.length, preds, succs);
  orderLayers(layers, preds, succs);
  // y: each layer as tall as its tallest node.
  let y = top;
  for (const layer of layers) {
    let height = 0;
    for (const i of layer) {
      const node = nodes[i];
      if (!node) continue;
      node.y = y;
      height = Math.max(height, node.height);
    }
    y += height + LAYER_GAP;
  }
  placeColumns(nodes, layers, preds, succs);
  let minX = Number.POSITIVE_INFINITY;
  for (const node of nodes) minX = Math.min(minX, node.x);
  let right = left;
  for (const node of nodes) {
    node.x += left - minX;
    right = Math.max(right, node.x + node.width);
  }
  return { width: right, height: y - LAYER_GAP };
}

/** Longest path from the sources; a cycle (there should be none) is broken at its first node in spec order. */
function assignLayers(
  count: number,
  preds: readonly number[][],
  succs: readonly number[][],
): number[][] {
  const remaining = preds.map((list) => list.length);
  const layerOf = new Array<number>(count).fill(0);
  const done = new Array<boolean>(count).fill(false);
  const queue: number[] = [];
  for (let i = 0; i < count; i += 1) if (remaining[i] === 0) queue.push(i);
  let processed = 0;
  let next = 0;
  while (processed < count) {
    if (queue.length === 0) {
      while (done[next] === true) next += 1;
      queue.push(next);
    }
    const i = queue.shift() ?? 0;
    if (done[i] === true) continue;
    done[i] = true;
    processed += 1;
    for (const t of succs[i] ?? []) {
      if (done[t] === true) continue;
      layerOf[t] = Math.max(layerOf[t] ?? 0, (layerOf[i] ?? 0) + 1);
      remaining[t] = (remaining[t] ?? 0) - 1;
      if (remaining[t] === 0) queue.push(t);
    }
  }
  const layers: number[][] = [];
  for (let i = 0; i < count; i += 1) {
    const layer = layerOf[i] ?? 0;
    while (layers.length <= layer) layers.push([]);
    layers[layer]?.push(i);
  }
  return layers.filter((layer) => layer.length > 0);
}

/** Barycenter heuristic: each layer sorted by the mean rank of its neighbours in the layer swept from. */
function orderLayers(
  layers: number[][],
  preds: readonly number[][],
  succs: readonly number[][],
): void {
  const rank = new Map<number, number>();
  const setRanks = (layer: readonly number[]) => layer.forEach((node, i) => rank.set(node, i));
  layers.forEach(setRanks);
  const sortBy = (layer: number[], neighbours: readonly number[][]) => {
    const keys = new Map<number, number>();
    for (const node of layer) {
      const around = (neighbours[node] ?? [])
        .map((n) => rank.get(n))
        .filter((r) => r !== undefined);
      keys.set(
        node,
        around.length === 0
          ? (rank.get(node) ?? 0)
          : around.reduce((a, b) => a + b, 0) / around.length,
      );
    }
    layer.sort(
      (a, b) => (keys.get(a) ?? 0) - (keys.get(b) ?? 0) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0),
    );
    setRanks(layer);
  };
  for (let sweep = 0; sweep < SWEEPS; sweep += 1) {
    if (sweep % 2 === 0) for (let l = 1; l < layers.length; l += 1) sortBy(layers[l] ?? [], preds);
    else for (let l = layers.length - 2; l >= 0; l -= 1) sortBy(layers[l] ?? [], succs);
  }
}

/** x: each layer packed in order, then pulled towards its neighbours' centres (down, up, down). */
function placeColumns(
  nodes: readonly Placed[],
  layers: readonly number[][],
  preds: readonly number[][],
  succs: readonly number[][],
): void {
  for (const layer of layers) {
    let x = 0;
    for (const i of layer) {
      const node = nodes[i];
      if (!node) continue;
      node.x = x;
      x += node.width + NODE_GAP;
    }
  }
  const pass = (order: readonly (readonly number[])[], neighbours: readonly number[][]) => {
    for (const layer of order) {
      const desired = layer.map((i) => {
        const node = nodes[i];
        const around = (neighbours[i] ?? []).map((n) => nodes[n]).filter((n) => n !== undefined);
        if (!node || around.length === 0) return node?.x ?? 0;
        return (
          around.reduce((sum, n) => sum + n.x + n.width / 2, 0) / around.length - node.width / 2
        );
      });
      alignWithoutOverlap(
        layer.map((i) => nodes[i]).filter((n) => n !== undefined),
        desired,
        NODE_GAP,
      );
    }
  };
  pass(layers.slice(1), preds);
  pass([...layers].reverse().slice(1), succs);
  pass(layers.slice(1), preds);
}
