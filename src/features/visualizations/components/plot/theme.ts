import { useEffect, useState, type RefObject } from 'react';
import { isRecord } from '@/lib/parse/reader.ts';

/** Chart colours taken from the page's theme tokens (light or dark). */
export interface PlotColors {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  /** Heatmap colours of the lowest and the highest count. */
  readonly low: string;
  readonly high: string;
}

/** Traces in the theme's colours: heatmaps run from a muted background (0) to the accent (most). */
export function themedData(
  data: readonly Record<string, unknown>[],
  colors: PlotColors,
): Record<string, unknown>[] {
  return data.map((trace) =>
    trace.type === 'heatmap'
      ? {
          ...trace,
          colorscale: [
            [0, colors.low],
            [1, colors.high],
          ],
          reversescale: false,
          colorbar: {
            ...(isRecord(trace.colorbar) ? trace.colorbar : {}),
            outlinecolor: colors.grid,
            tickfont: { color: colors.muted },
          },
        }
      : trace,
  );
}

/**
 * A layout in the theme's colours: transparent backgrounds (the card shows through), text, axis lines
 * and grid from the tokens. Axis objects of the figure keep their own settings.
 */
export function themedLayout(
  layout: Record<string, unknown>,
  colors: PlotColors,
): Record<string, unknown> {
  const axis = (value: unknown) => ({
    ...(typeof value === 'object' && value !== null ? value : {}),
    color: colors.muted,
    gridcolor: colors.grid,
    linecolor: colors.grid,
    zerolinecolor: colors.grid,
    title: { ...titleOf(value), font: { color: colors.text } },
  });
  return {
    ...layout,
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    font: { color: colors.text },
    xaxis: axis(layout.xaxis),
    yaxis: axis(layout.yaxis),
    legend: { ...(isRecord(layout.legend) ? layout.legend : {}), font: { color: colors.text } },
  };
}

function titleOf(axis: unknown): Record<string, unknown> {
  if (!isRecord(axis)) return {};
  const title = axis.title;
  return isRecord(title) ? title : {};
}

/**
 * Reads the theme colours as the browser resolved them for `element`: the `.plot` CSS puts the tokens
 * into colour properties it does not otherwise use (`color`, `border-color`, `outline-color`,
 * `text-decoration-color`, `column-rule-color`), so `light-dark()` is already decided.
 */
export function readPlotColors(element: Element): PlotColors {
  const style = getComputedStyle(element);
  return {
    text: style.color,
    muted: style.outlineColor,
    grid: style.borderTopColor,
    low: style.textDecorationColor,
    high: style.columnRuleColor,
  };
}

/** The theme colours for a chart, read again whenever the theme (menu or system setting) changes. */
export function usePlotColors(ref: RefObject<Element | null>): PlotColors | undefined {
  const [colors, setColors] = useState<PlotColors | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const next = readPlotColors(element);
      setColors((current) =>
        current && JSON.stringify(current) === JSON.stringify(next) ? current : next,
      );
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'class', 'style'],
    });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, [ref]);
  return colors;
}
