import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsViewer } from './metrics-viewer.tsx';

describe('MetricsViewer', () => {
  it('lists each metric with its formatted value', () => {
    render(
      <MetricsViewer
        config={{
          type: 'metrics',
          scalars: [
            { name: 'accuracy-score', value: 0.875, format: 'PERCENTAGE' },
            { name: 'loss', value: 0.1234, format: 'RAW' },
          ],
        }}
      />,
    );
    expect(screen.getByRole('row', { name: 'accuracy-score 87.500%' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'loss 0.123' })).toBeInTheDocument();
  });

  it('says when there are none', () => {
    render(<MetricsViewer config={{ type: 'metrics', scalars: [] }} />);
    expect(screen.getByText('No metrics were recorded.')).toBeInTheDocument();
  });
});
