import type { ConfusionMatrixConfig } from '../../model/viewer-config.ts';
import { plotText, type Figure } from './figure.ts';

/** Up to this many classes, each cell shows its count. */
export const MAX_ANNOTATED_CLASSES = 25;

/** A heatmap: rows = true labels (first at the top), columns = predicted labels. */
export function confusionMatrixFigure(config: ConfusionMatrixConfig): Figure {
  // Categories are positions, so repeated or look-alike labels never merge; the tick text shows the label.
  const positions = config.labels.map((_, i) => i);
  const ticks = config.labels.map((label) => plotText(label));
  const [rowAxis, columnAxis] = config.axes;
  const annotate = config.labels.length <= MAX_ANNOTATED_CLASSES;
  return {
    data: [
      {
        type: 'heatmap',
        z: config.matrix,
        x: positions,
        y: positions,
        colorscale: 'Blues',
        reversescale: true, // plotly's Blues runs dark→light; high counts should be dark
        hovertemplate: `${plotText(rowAxis)} %{customdata[0]}<br>${plotText(columnAxis)} %{customdata[1]}<br>count %{z}<extra></extra>`,
        customdata: config.labels.map((row) => config.labels.map((column) => [plotText(row), plotText(column)])),
        ...(annotate ? { texttemplate: '%{z}' } : {}),
      },
    ],
    layout: {
      xaxis: { title: { text: plotText(columnAxis), standoff: 12 }, tickvals: positions, ticktext: ticks, side: 'bottom', automargin: true },
      yaxis: { title: { text: plotText(rowAxis), standoff: 12 }, tickvals: positions, ticktext: ticks, autorange: 'reversed', automargin: true },
      margin: { t: 16, r: 16, b: 16, l: 16 },
    },
    ariaLabel: `Confusion matrix of ${config.labels.length} classes: ${rowAxis} by ${columnAxis}`,
    height: Math.min(900, 240 + config.labels.length * 28),
  };
}
