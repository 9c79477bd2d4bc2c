import { useEffect, useRef, useState, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { NodeRect } from './keyboard-nav.ts';

/** Zoom when centring on a search match or a node reached with the keyboard, if the view is further out. */
const FOCUS_ZOOM = 0.8;

/** A node to centre on (and to focus its label, for the keyboard) once it is drawn. */
export interface CentreTarget {
  readonly id: string;
  readonly focus: boolean;
}

/**
 * Centres the view on the target node once the layout has placed it (and focuses its label when asked);
 * returns the setter. Each target is reached once.
 */
export function useCentreOnNode(
  rects: ReadonlyMap<string, NodeRect>,
  sectionRef: RefObject<HTMLElement | null>,
): (target: CentreTarget) => void {
  const flow = useReactFlow();
  const [target, setTarget] = useState<CentreTarget | undefined>(undefined);
  const reached = useRef<CentreTarget | undefined>(undefined);
  useEffect(() => {
    if (!target || reached.current === target) return;
    const rect = rects.get(target.id);
    if (!rect) return;
    reached.current = target;
    const zoom = flow.getZoom();
    void flow
      .setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
        zoom: Number.isFinite(zoom) ? Math.max(zoom, FOCUS_ZOOM) : FOCUS_ZOOM,
        duration: 200,
      })
      .then(() => {
        if (!target.focus) return;
        const button = sectionRef.current?.querySelector(
          `.react-flow__node[data-id="${CSS.escape(target.id)}"] [data-node-label]`,
        );
        if (button instanceof HTMLElement) button.focus({ preventScroll: true });
      });
  }, [flow, rects, sectionRef, target]);
  return setTarget;
}
