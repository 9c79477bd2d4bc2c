import { describe, expect, it } from 'vitest';
import { readPlotColors, themedLayout } from './theme.ts';

const dark = { text: 'rgb(230, 232, 236)', muted: 'rgb(154, 163, 178)', grid: 'rgb(46, 52, 64)' };

describe('themedLayout', () => {
  it('colours text, axes, grid and legend from the theme and keeps the figure settings', () => {
    const layout = themedLayout({ xaxis: { range: [0, 1], title: { text: 'FPR' } }, legend: { orientation: 'h' }, height: 300 }, dark);
    expect(layout).toMatchObject({
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      font: { color: dark.text },
      height: 300,
      xaxis: { range: [0, 1], title: { text: 'FPR', font: { color: dark.text } }, gridcolor: dark.grid, color: dark.muted },
      yaxis: { gridcolor: dark.grid, linecolor: dark.grid },
      legend: { orientation: 'h', font: { color: dark.text } },
    });
  });
});

describe('readPlotColors', () => {
  it('reads the resolved colours of the element', () => {
    const element = document.createElement('div');
    element.style.color = 'rgb(1, 2, 3)';
    element.style.borderTopColor = 'rgb(4, 5, 6)';
    element.style.outlineColor = 'rgb(7, 8, 9)';
    document.body.append(element);
    expect(readPlotColors(element)).toEqual({ text: 'rgb(1, 2, 3)', muted: 'rgb(7, 8, 9)', grid: 'rgb(4, 5, 6)' });
    element.remove();
  });
});
