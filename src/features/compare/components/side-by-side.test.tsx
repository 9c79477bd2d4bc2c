import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReadyColumn } from './compare-column.ts';
import { SideBySide } from './side-by-side.tsx';

const run = (runId: string): ReadyColumn => ({
  status: 'ready',
  runId,
  name: `Run ${runId}`,
  href: `/runs/${runId}`,
  state: 'SUCCEEDED',
  duration: undefined,
  experiment: undefined,
  pipeline: undefined,
  pipelineId: undefined,
  parameters: [],
  declared: undefined,
});

describe('SideBySide', () => {
  it('puts the same output of each run on one row, and says which run lacks it', () => {
    render(
      <SideBySide
        runs={[run('a'), run('b')]}
        visuals={[
          {
            status: 'ready',
            items: [
              { key: 'eval#0', title: 'evaluate #0 › matrix', value: 'A0' },
              { key: 'card', title: 'register › card', value: 'A card' },
            ],
          },
          {
            status: 'ready',
            items: [{ key: 'eval#0', title: 'evaluate #0 › matrix', value: 'B0' }],
          },
        ]}
        render={(value) => <output>{value}</output>}
      />,
    );
    const matrix = screen.getByRole('region', { name: 'evaluate #0 › matrix' });
    expect(
      within(matrix)
        .getAllByRole('status')
        .map((o) => o.textContent),
    ).toEqual(['A0', 'B0']);
    const card = screen.getByRole('region', { name: 'register › card' });
    expect(within(card).getByRole('status')).toHaveTextContent('A card');
    expect(within(card).getByText('Not in this run')).toBeInTheDocument();
  });

  it('shows per-run loading and errors next to the runs that loaded', () => {
    render(
      <SideBySide
        runs={[run('a'), run('b')]}
        visuals={[{ status: 'loading' }, { status: 'error', message: 'train: 403' }]}
        render={(value: string) => value}
      />,
    );
    expect(screen.getByText('Loading the visualizations of Run a…')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('train: 403');
  });
});
