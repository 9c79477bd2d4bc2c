import { useEffect, useState } from 'react';
import { layoutGraph } from '../model/layout-graph.ts';
import type { GraphLayout } from '../model/layout.ts';
import type { VisibleGraph } from '../model/visible-graph.ts';

export interface GraphLayoutState {
  /** The newest finished layout; while a new one runs it is the previous one (nodes it lacks are not drawn yet). */
  readonly layout: GraphLayout | undefined;
  readonly pending: boolean;
  readonly error: Error | undefined;
}

interface Settled {
  readonly visible: VisibleGraph;
  readonly layout?: GraphLayout;
  readonly error?: Error;
}

/** Lays out a visible graph off the render path (a worker above 50 nodes), cached by structure. */
export function useGraphLayout(visible: VisibleGraph): GraphLayoutState {
  const [settled, setSettled] = useState<Settled | undefined>(undefined);
  const [lastLayout, setLastLayout] = useState<GraphLayout | undefined>(undefined);
  useEffect(() => {
    let current = true;
    layoutGraph(visible).then(
      (layout) => {
        if (!current) return;
        setSettled({ visible, layout });
        setLastLayout(layout);
      },
      (error: unknown) => {
        if (current)
          setSettled({ visible, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      current = false;
    };
  }, [visible]);
  const done = settled?.visible === visible;
  return {
    layout: done && settled.layout ? settled.layout : lastLayout,
    pending: !done,
    error: done ? settled.error : undefined,
  };
}
