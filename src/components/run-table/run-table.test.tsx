import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths.ts';
import { RunTable, type RunTableRow } from './run-table.tsx';

const runs: readonly RunTableRow[] = [
  {
    run_id: 'r1',
    display_name: 'first',
    state: 'SUCCEEDED',
    created_at: '2026-01-01T00:00:00Z',
    finished_at: '2026-01-01T00:05:00Z',
  },
  {
    run_id: 'r2',
    display_name: '',
    state: 'RUNNING',
    created_at: undefined,
    finished_at: undefined,
  },
];

describe('RunTable', () => {
  it('links each run by its name (else its id) to its page and shows its state', () => {
    render(
      <MemoryRouter>
        <RunTable
          runs={runs}
          namespace="ns"
          label="Some runs"
          headers={{ name: 'Run', created: 'Created' }}
        />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'Some runs' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Run', 'Status', 'Created']);
    expect(within(table).getByRole('link', { name: 'first' })).toHaveAttribute(
      'href',
      paths.run('r1', { ns: 'ns' }),
    );
    expect(within(table).getByRole('link', { name: 'r2' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Succeeded');
  });

  it('adds the finished column only when it is named', () => {
    render(
      <MemoryRouter>
        <RunTable
          runs={runs}
          namespace={undefined}
          label="Some runs"
          headers={{ name: 'Run', created: 'Created', finished: 'Finished' }}
        />
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Run',
      'Status',
      'Created',
      'Finished',
    ]);
    expect(screen.getAllByRole('row')[1]?.querySelectorAll('td')).toHaveLength(4);
  });
});
