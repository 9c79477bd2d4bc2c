import type { ConfusionMatrixConfig } from '../../model/viewer-config.ts';
import { plotText, type Figure } from './figure.ts';

/** Up to this many classes, each cell shows its count. */
export const MAX_ANNOTATED_CLASSES = 25;

export interface ConfusionMatrixFigureOptions {
  /** Each row as fractions of its total (how a true class was predicted), instead of counts. */
  readonly normalized?: boolean;
}

/** Each row divided by its sum; an empty row stays zeros. */
export function normalizeRows(matrix: readonly (readonly number[])[]): number[][] {
  return matrix.map((row) => {
    const total = row.reduce((sum, count) => sum + count, 0);
    return row.map((count) => (total === 0 ? 0 : count / total));
  });
}

/** A heatmap: rows = true labels (first at the top), columns = predicted labels. */
export function confusionMatrixFigure(
  config: ConfusionMatrixConfig,
  options: ConfusionMatrixFigureOptions = {},
): Figure {
  // Categories are positions, so repeated or look-alike labels never merge; the tick text shows the label.
  const positions = config.labels.map((_, i) => i);
  const ticks = config.labels.map((label) => plotText(label));
  const [rowAxis, columnAxis] = config.axes;
  const annotate = config.labels.length <= MAX_ANNOTATED_CLASSES;
  const normalized = options.normalized === true;
  const cell = normalized ? '%{z:.1%}' : '%{z}';
  return {
    data: [
      {
        type: 'heatmap',
        z: normalized ? normalizeRows(config.matrix) : config.matrix,
        x: positions,
        y: positions,
        colorscale: 'Blues',
        reversescale: true, // plotly's Blues runs dark→light; high counts should be dark
        hovertemplate: `${plotText(rowAxis)} %{customdata[0]}<br>${plotText(columnAxis)} %{customdata[1]}<br>count %{customdata[2]}${normalized ? '<br>share of row %{z:.1%}' : ''}<extra></extra>`,
        customdata: config.labels.map((row, r) =>
          config.labels.map((column, c) => [
            plotText(row),
            plotText(column),
            config.matrix[r]?.[c] ?? 0,
          ]),
        ),
        ...(normalized ? { zmin: 0, zmax: 1, colorbar: { tickformat: '.0%' } } : {}),
        ...(annotate ? { texttemplate: cell } : {}),
      },
    ],
    layout: {
      xaxis: {
        title: { text: plotText(columnAxis), standoff: 12 },
        tickvals: positions,
        ticktext: ticks,
        side: 'bottom',
        automargin: true,
      },
      yaxis: {
        title: { text: plotText(rowAxis), standoff: 12 },
        tickvals: positions,
        ticktext: ticks,
        autorange: 'reversed',
        automargin: true,
      },
      margin: { t: 16, r: 16, b: 16, l: 16 },
    },
    ariaLabel: `Confusion matrix of ${config.labels.length} classes: ${rowAxis} by ${columnAxis}${normalized ? ', normalised by row' : ''}`,
    height: Math.min(900, 240 + config.labels.length * 28),
  };
}
