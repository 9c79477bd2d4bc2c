import type { RocConfig, RocPoint } from '../../model/viewer-config.ts';
import { plotNumber, plotText, type Figure } from './figure.ts';

/** Points drawn per curve; a longer curve is thinned evenly (the AUC is computed on all points). */
export const MAX_DRAWN_POINTS = 5_000;

/** One line per curve (legend: label and AUC), hover with threshold, and the chance diagonal. */
export function rocFigure(config: RocConfig): Figure {
  const data = config.curves.map((curve) => {
    const points = thinPoints(curve.points, MAX_DRAWN_POINTS);
    return {
      type: 'scatter',
      mode: 'lines',
      name: plotText(
        `${curve.label} (AUC ${curve.auc.toFixed(3)}${curve.truncated ? ', partial' : ''})`,
      ),
      x: points.map((point) => point.fpr),
      y: points.map((point) => point.tpr),
      text: points.map((point) => plotNumber(point.threshold)),
      hovertemplate: 'FPR %{x:.3f}<br>TPR %{y:.3f}<br>threshold %{text}<extra></extra>',
    };
  });
  return {
    data,
    layout: {
      xaxis: {
        title: { text: 'False positive rate' },
        range: [0, 1],
        zeroline: false,
        automargin: true,
      },
      yaxis: {
        title: { text: 'True positive rate' },
        range: [0, 1],
        zeroline: false,
        automargin: true,
      },
      shapes: [
        {
          type: 'line',
          x0: 0,
          y0: 0,
          x1: 1,
          y1: 1,
          line: { dash: 'dot', width: 1, color: '#888' },
        },
      ],
      showlegend: true,
      legend: { orientation: 'h', y: -0.2 },
      margin: { t: 16, r: 16, b: 64, l: 56 },
    },
    ariaLabel: `ROC curve: ${config.curves.map((curve) => `${curve.label}, AUC ${curve.auc.toFixed(3)}`).join('; ')}`,
    height: 420,
  };
}

/** At most `max` points, evenly spaced, always keeping the first and the last. */
export function thinPoints(points: readonly RocPoint[], max: number): RocPoint[] {
  if (points.length <= max) return [...points];
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]).filter(
    (point) => point !== undefined,
  );
}
