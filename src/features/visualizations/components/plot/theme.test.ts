import { describe, expect, it } from 'vitest';
import { readPlotColors, themedData, themedLayout } from './theme.ts';

const dark = {
  text: 'rgb(230, 232, 236)',
  muted: 'rgb(154, 163, 178)',
  grid: 'rgb(46, 52, 64)',
  low: 'rgb(34, 38, 50)',
  high: 'rgb(110, 162, 255)',
};

describe('themedLayout', () => {
  it('colours text, axes, grid and legend from the theme and keeps the figure settings', () => {
    const layout = themedLayout(
      {
        xaxis: { range: [0, 1], title: { text: 'FPR' } },
        legend: { orientation: 'h' },
        height: 300,
      },
      dark,
    );
    expect(layout).toMatchObject({
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      font: { color: dark.text },
      height: 300,
      xaxis: {
        range: [0, 1],
        title: { text: 'FPR', font: { color: dark.text } },
        gridcolor: dark.grid,
        color: dark.muted,
      },
      yaxis: { gridcolor: dark.grid, linecolor: dark.grid },
      legend: { orientation: 'h', font: { color: dark.text } },
    });
  });
});

describe('themedData', () => {
  it('gives heatmaps a scale from the muted background to the accent and leaves other traces alone', () => {
    const line = { type: 'scatter', x: [0, 1] };
    const [heatmap, scatter] = themedData(
      [{ type: 'heatmap', z: [[1]], colorscale: 'Blues', reversescale: true }, line],
      dark,
    );
    expect(heatmap).toMatchObject({
      z: [[1]],
      colorscale: [
        [0, dark.low],
        [1, dark.high],
      ],
      reversescale: false,
    });
    expect(scatter).toBe(line);
  });
});

describe('readPlotColors', () => {
  it('reads the resolved colours of the element', () => {
    const element = document.createElement('div');
    element.style.color = 'rgb(1, 2, 3)';
    element.style.borderTopColor = 'rgb(4, 5, 6)';
    element.style.outlineColor = 'rgb(7, 8, 9)';
    element.style.textDecorationColor = 'rgb(10, 11, 12)';
    element.style.columnRuleColor = 'rgb(13, 14, 15)';
    document.body.append(element);
    expect(readPlotColors(element)).toEqual({
      text: 'rgb(1, 2, 3)',
      muted: 'rgb(7, 8, 9)',
      grid: 'rgb(4, 5, 6)',
      low: 'rgb(10, 11, 12)',
      high: 'rgb(13, 14, 15)',
    });
    element.remove();
  });
});
