import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
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

/** In a router: the collapsed groups live in the URL. Returns the URL as it is now. */
function renderInRouter(ui: ReactElement, url = '/compare') {
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return () => `${router.state.location.pathname}${router.state.location.search}`;
}

describe('SideBySide', () => {
  it('puts the same output of each run on one row, and says which run lacks it', () => {
    renderInRouter(
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
    renderInRouter(
      <SideBySide
        runs={[run('a'), run('b')]}
        visuals={[{ status: 'loading' }, { status: 'error', message: 'train: 403' }]}
        render={(value: string) => value}
      />,
    );
    expect(screen.getByText('Loading the visualizations of Run a…')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('train: 403');
  });

  it('folds a group with its heading button, keeps it in the URL, and opens folded from a link', () => {
    const visuals = [
      {
        status: 'ready' as const,
        items: [
          { key: 'eval', title: 'evaluate › matrix', value: 'A0' },
          { key: 'card', title: 'register › card', value: 'A card' },
        ],
      },
      {
        status: 'ready' as const,
        items: [{ key: 'eval', title: 'evaluate › matrix', value: 'B0' }],
      },
    ];
    const ui = (
      <SideBySide
        runs={[run('a'), run('b')]}
        visuals={visuals}
        render={(value) => <output>{value}</output>}
      />
    );
    const url = renderInRouter(ui);
    const toggle = screen.getByRole('button', { name: 'evaluate › matrix' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const matrix = screen.getByRole('region', { name: 'evaluate › matrix' });
    expect(within(matrix).queryByRole('status')).toBeNull();
    // The other group stays open.
    expect(
      within(screen.getByRole('region', { name: 'register › card' })).getByRole('status'),
    ).toHaveTextContent('A card');
    const folded = url();
    expect(folded).toMatch(/^\/compare\?collapsed=v[a-z0-9]+$/);
    fireEvent.click(toggle);
    expect(url()).toBe('/compare');
    expect(within(matrix).getAllByRole('status')).toHaveLength(2);

    // A link with the group folded opens it folded.
    screen.getByRole('button', { name: 'register › card' });
  });
});
