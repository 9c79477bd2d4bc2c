import { use, useEffect, useRef } from 'react';
import Plotly from 'plotly.js-cartesian-dist-min';
import type { Figure } from './figure.ts';
import { PlotFillContext } from './plot-fill.ts';
import styles from './plot.module.css';
import { themedData, themedLayout, usePlotColors } from './theme.ts';

export interface PlotProps {
  figure: Figure;
}

/**
 * The one place plotly is imported; loaded through LazyPlot only. Redraws when the figure or the theme
 * changes, and resizes with its box (panel drag, full-screen view), not only with the window.
 */
export function Plot({ figure }: PlotProps) {
  const root = useRef<HTMLDivElement>(null);
  const fill = use(PlotFillContext);
  const colors = usePlotColors(root);

  useEffect(() => {
    const element = root.current;
    if (!element || !colors) return;
    const layout = themedLayout(figure.layout, colors);
    void Plotly.react(
      element,
      themedData(figure.data, colors),
      { ...layout, ...(fill ? {} : { height: figure.height }), autosize: true },
      {
        responsive: true,
        displaylogo: false,
        modeBarButtonsToRemove: ['sendDataToCloud'],
      },
    );
  }, [figure, colors, fill]);

  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Only a drawn chart can be resized (the first draw waits for the theme colours).
        if (element.classList.contains('js-plotly-plot')) void Plotly.Plots.resize(element);
      });
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    const element = root.current;
    return () => {
      if (element) Plotly.purge(element);
    };
  }, []);

  return (
    <div
      ref={root}
      className={styles.plot}
      style={fill ? undefined : { height: figure.height }}
      role="img"
      aria-label={figure.ariaLabel}
      data-plot-box=""
    />
  );
}
