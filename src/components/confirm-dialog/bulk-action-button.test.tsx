import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { BulkActionButton } from './bulk-action-button.tsx';
import type { ItemReporter } from './run-each.ts';
import { runEach } from './run-each.ts';

/** A list whose archived items disappear, like a table refetched after the action. */
function Harness() {
  const [items, setItems] = useState([
    { id: 'a', label: 'alpha' },
    { id: 'b', label: 'beta' },
    { id: 'c', label: 'gamma' },
  ]);
  const [done, setDone] = useState(false);
  const execute = (ids: readonly string[], report: ItemReporter) =>
    runEach(
      ids,
      (id) => (id === 'b' ? Promise.reject(new Error('beta is locked')) : Promise.resolve()),
      report,
    ).then(() => setItems((previous) => previous.filter((item) => item.id === 'b')));
  return (
    <>
      <BulkActionButton
        label="Archive"
        title={`Archive ${items.length} items?`}
        items={items}
        execute={execute}
        onDone={() => setDone(true)}
      />
      <output>{done ? 'selection cleared' : 'selection kept'}</output>
    </>
  );
}

describe('BulkActionButton', () => {
  // The dialog's module is loaded lazily; loaded here once so no wait depends on transform time.
  beforeAll(() => import('./bulk-action-dialog.tsx'));

  it('confirms, reports each item and keeps its items and title while the list drops them', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    // The dialog's code loads on first use.
    const dialog = await screen.findByRole('alertdialog', { name: 'Archive 3 items?' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['alpha', 'beta', 'gamma']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('2 succeeded, 1 failed');
    expect(screen.getByRole('alertdialog', { name: 'Archive 3 items?' })).toBe(dialog);
    expect(within(dialog).getByText(/beta — failed/)).toHaveTextContent('beta is locked');
    expect(within(dialog).getByText(/gamma — done/)).toBeInTheDocument();
    expect(screen.getByText('selection kept')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('selection cleared')).toBeInTheDocument();
  });

  it('does nothing when cancelled', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('selection kept')).toBeInTheDocument();
  });
});
