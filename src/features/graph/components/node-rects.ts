import { absolutePositions, type GraphLayout } from '../model/layout.ts';
import type { VisibleGraph } from '../model/visible-graph.ts';
import type { NodeRect } from './keyboard-nav.ts';

export /** Absolute boxes of the visible nodes the layout places (what `toFlowElements` draws). */
function nodeRects(layout: GraphLayout | undefined, visible: VisibleGraph): Map<string, NodeRect> {
  const rects = new Map<string, NodeRect>();
  if (!layout) return rects;
  const positions = absolutePositions(layout);
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]));
  for (const node of visible.nodes) {
    const box = boxes.get(node.id);
    const at = positions.get(node.id);
    if (
      box &&
      at &&
      box.parentId === node.parentId &&
      (node.parentId === undefined || rects.has(node.parentId))
    )
      rects.set(node.id, { x: at.x, y: at.y, width: box.width, height: box.height });
  }
  return rects;
}
