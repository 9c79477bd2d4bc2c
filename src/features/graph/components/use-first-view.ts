import { useLayoutEffect, useState, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
import { firstViewport } from './first-view.ts';
import { initialFit } from './initial-view.ts';
import type { NodeRect } from './keyboard-nav.ts';
import type { Viewport } from './reveal.ts';

export type FirstView =
  /** The canvas is not measured yet: React Flow is not mounted. */
  | { readonly kind: 'pending' }
  /** React Flow mounts on this viewport, its store already knowing the canvas's size. */
  | { readonly kind: 'placed'; readonly viewport: Viewport }
  /** The canvas has no size (hidden, or a DOM without layout): React Flow fits once it measured itself. */
  | { readonly kind: 'unsized' };

const PENDING: FirstView = { kind: 'pending' };
const UNSIZED: FirstView = { kind: 'unsized' };

/**
 * The canvas's first view, placed before React Flow mounts. Left to itself React Flow renders its
 * first nodes at zoom 1 around the origin, measures its pane, then fits and renders the visible
 * nodes again; here the canvas (`sectionRef`, which React Flow fills) is measured in a layout effect
 * once there is something to draw (`ready`), the fitted viewport (`initialFit`) is computed and put
 * into React Flow's store with the size, all before the browser paints, so the first nodes React
 * Flow draws are the fitted view's, drawn once.
 */
export function useFirstView(
  sectionRef: RefObject<HTMLElement | null>,
  ready: boolean,
  rects: ReadonlyMap<string, NodeRect>,
  selectedNodeId: string | undefined,
): FirstView {
  const store = useStoreApi();
  const [view, setView] = useState(PENDING);
  useLayoutEffect(() => {
    const section = sectionRef.current;
    if (view.kind !== 'pending' || !ready || section === null) return;
    const width = section.clientWidth;
    const height = section.clientHeight;
    const viewport = firstViewport(rects, initialFit(rects, selectedNodeId, height), width, height);
    if (viewport === undefined) {
      setView(UNSIZED);
      return;
    }
    // React Flow's pane reads the same size when it mounts, and takes `viewport` as its default.
    store.setState({ width, height, transform: [viewport.x, viewport.y, viewport.zoom] });
    setView({ kind: 'placed', viewport });
  }, [view, ready, sectionRef, rects, selectedNodeId, store]);
  return view;
}
