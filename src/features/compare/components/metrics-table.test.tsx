import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ReadyColumn } from './compare-column.ts';
import { MetricsTable } from './metrics-table.tsx';

const run = (runId: string, name: string): ReadyColumn => ({
  status: 'ready',
  runId,
  name,
  href: `/runs/${runId}`,
  state: 'SUCCEEDED',
  duration: '0:00:03',
  experiment: undefined,
  pipeline: undefined,
  pipelineId: undefined,
  parameters: [],
  declared: undefined,
});

const format = (scalar: { value: number; format: 'RAW' | 'PERCENTAGE' }) =>
  scalar.format === 'PERCENTAGE' ? `${(scalar.value * 100).toFixed(1)}%` : scalar.value.toFixed(3);

describe('MetricsTable', () => {
  it('draws one column per run with formatted values, a dash where a run lacks the metric, and read errors', () => {
    render(
      <MemoryRouter>
        <MetricsTable
          runs={[run('a', 'Run A'), run('b', 'Run B'), run('c', 'Run C')]}
          metrics={[
            {
              status: 'ready',
              groups: [
                {
                  source: 'train',
                  scalars: [
                    { name: 'accuracy', value: 0.91, format: 'PERCENTAGE' },
                    { name: 'loss', value: 0.2, format: 'RAW' },
                  ],
                },
              ],
            },
            {
              status: 'ready',
              groups: [
                {
                  source: 'train',
                  scalars: [{ name: 'accuracy', value: 0.85, format: 'PERCENTAGE' }],
                },
              ],
            },
            { status: 'error', message: 'artifact gone' },
          ]}
          format={format}
        />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'Metrics' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Metric', 'Run A', 'Run B', 'Run C']);
    const accuracy = within(table).getByRole('rowheader', { name: 'accuracy train' }).closest('tr');
    if (accuracy === null) throw new Error('no accuracy row');
    expect(
      within(accuracy)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['91.0%', '85.0%', '—']);
    expect(accuracy).toHaveAttribute('data-differs', 'true');
    const loss = within(table).getByRole('rowheader', { name: 'loss train' }).closest('tr');
    if (loss === null) throw new Error('no loss row');
    expect(
      within(loss)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['0.200', '—', '—']);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not read the metrics of Run C: artifact gone',
    );
  });

  it('says so when no run has metrics, and waits while some still load', () => {
    const { rerender } = render(
      <MemoryRouter>
        <MetricsTable
          runs={[run('a', 'A'), run('b', 'B')]}
          metrics={[{ status: 'ready', groups: [] }, { status: 'loading' }]}
          format={format}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('Loading the metrics…')).toBeInTheDocument();
    rerender(
      <MemoryRouter>
        <MetricsTable
          runs={[run('a', 'A'), run('b', 'B')]}
          metrics={[
            { status: 'ready', groups: [] },
            { status: 'ready', groups: [] },
          ]}
          format={format}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('None of these runs recorded scalar metrics.')).toBeInTheDocument();
  });

  it('shows one line per failed run, even for same-named runs failing alike (no duplicate keys)', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(
        <MemoryRouter>
          <MetricsTable
            runs={[run('a', 'Nightly'), run('b', 'Nightly')]}
            metrics={[
              { status: 'error', message: 'ML Metadata is unavailable' },
              { status: 'error', message: 'ML Metadata is unavailable' },
            ]}
            format={format}
          />
        </MemoryRouter>,
      );
      expect(screen.getAllByRole('alert').map((p) => p.textContent)).toEqual([
        'Could not read the metrics of Nightly: ML Metadata is unavailable',
        'Could not read the metrics of Nightly: ML Metadata is unavailable',
      ]);
      expect(errors.mock.calls.flat().join(' ')).not.toMatch(/same key/);
    } finally {
      errors.mockRestore();
    }
  });
});
