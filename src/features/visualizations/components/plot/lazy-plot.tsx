import { lazy, Suspense, use, useRef, type ComponentType } from 'react';
import type { Figure } from './figure.ts';
import { PlotFillContext } from './plot-fill.ts';
import styles from './plot.module.css';
import { useInView } from './use-in-view.ts';

export interface LazyPlotProps {
  figure: Figure;
}

type PlotModule = Promise<{ Plot: ComponentType<{ figure: Figure }> }>;

/**
 * A plot component whose code (plotly, ~1 MB) is fetched with React.lazy only when the chart first
 * comes into view. `load` is the dynamic import; tests pass their own.
 */
export function createLazyPlot(load: () => PlotModule): ComponentType<LazyPlotProps> {
  const Plot = lazy(() => load().then((module) => ({ default: module.Plot })));

  function LazyPlot({ figure }: LazyPlotProps) {
    const anchor = useRef<HTMLDivElement>(null);
    const inView = useInView(anchor);
    const fill = use(PlotFillContext);
    const placeholder = (text: string) => (
      <div
        ref={anchor}
        className={styles.placeholder}
        style={fill ? undefined : { height: figure.height }}
        role="img"
        aria-label={figure.ariaLabel}
        aria-busy={inView}
        data-plot-box=""
      >
        {text}
      </div>
    );
    if (!inView) return placeholder('Chart loads when scrolled into view');
    return (
      <Suspense fallback={placeholder('Loading chart…')}>
        <Plot figure={figure} />
      </Suspense>
    );
  }
  return LazyPlot;
}

/** The chart used by the viewers: plotly loaded on first view. */
export const LazyPlot = createLazyPlot(() => import('./plot.tsx'));
