import { useEffect, useRef } from 'react';
import Plotly from 'plotly.js-cartesian-dist-min';
import type { Figure } from './figure.ts';
import styles from './plot.module.css';

export interface PlotProps {
  figure: Figure;
}

/** The one place plotly is imported; loaded through LazyPlot only. Redraws when the figure changes. */
export function Plot({ figure }: PlotProps) {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    void Plotly.react(element, figure.data, { ...figure.layout, height: figure.height, autosize: true }, {
      responsive: true,
      displaylogo: false,
      modeBarButtonsToRemove: ['sendDataToCloud'],
    });
  }, [figure]);

  useEffect(() => {
    const element = root.current;
    return () => {
      if (element) Plotly.purge(element);
    };
  }, []);

  return <div ref={root} className={styles.plot} style={{ height: figure.height }} role="img" aria-label={figure.ariaLabel} />;
}
