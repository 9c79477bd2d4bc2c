import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { NodeRect } from './keyboard-nav.ts';
import { isInView } from './reveal.ts';

/**
 * Brings the selected node into view when the selection changes or the canvas is resized — a side panel
 * opening narrows the canvas and would cut the node off — by centring on it at the current zoom. The first
 * view is the initial fit's, and a node already in view stays where it is.
 */
export function useRevealSelected(
  selectedNodeId: string | undefined,
  rects: ReadonlyMap<string, NodeRect>,
): void {
  const flow = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const last = useRef<{ id: string | undefined; width: number; height: number } | undefined>(
    undefined,
  );
  /** A change is waiting for the node to be laid out (a newly expanded group's child, say). */
  const pending = useRef(false);
  useEffect(() => {
    const previous = last.current;
    last.current = { id: selectedNodeId, width, height };
    // Before the canvas has a size the initial fit has not run: it places the first view.
    if (previous === undefined || previous.width === 0 || previous.height === 0) return;
    if (previous.id !== selectedNodeId || previous.width !== width || previous.height !== height)
      pending.current = true;
    if (!pending.current || selectedNodeId === undefined) return;
    const rect = rects.get(selectedNodeId);
    if (!rect) return;
    pending.current = false;
    const viewport = flow.getViewport();
    if (isInView(rect, viewport, width, height)) return;
    void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
      zoom: viewport.zoom,
      duration: 200,
    });
  }, [flow, rects, selectedNodeId, width, height]);
}
