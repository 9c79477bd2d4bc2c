import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { MultiSelectFilter } from './multi-select-filter.tsx';
import { useListParams } from './use-list-params.ts';

const OPTIONS = [
  { value: 'RUNNING', label: 'Running' },
  { value: 'FAILED', label: 'Failed' },
];

function Harness() {
  const list = useListParams({
    listId: 'things',
    sortFields: ['name'],
    defaultSort: { field: 'name', desc: false },
  });
  const location = useLocation();
  return (
    <>
      <MultiSelectFilter list={list} label="Status" param="state" options={OPTIONS} />
      <output data-testid="url">{location.search}</output>
    </>
  );
}

const renderAt = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Harness />
    </MemoryRouter>,
  );

describe('MultiSelectFilter', () => {
  // The popover's module is loaded lazily; loaded here once so no wait depends on transform time.
  beforeAll(() => import('./multi-select-popover.tsx'));

  it('shows the choice from the URL before its popover code is loaded', () => {
    renderAt('/things?state=FAILED');
    const button = screen.getByRole('button', { name: 'Status: Failed' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('opens on the first click (loading its popover) and writes the choice to the URL', async () => {
    renderAt('/things');
    fireEvent.click(screen.getByRole('button', { name: 'Status' }));
    const running = await screen.findByRole('checkbox', { name: 'Running' });
    fireEvent.click(running);
    expect(screen.getByTestId('url')).toHaveTextContent('state=RUNNING');
    expect(screen.getByRole('button', { name: 'Status: Running' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('keeps the keyboard focus on the button when its popover version replaces it', async () => {
    renderAt('/things');
    const plain = screen.getByRole('button', { name: 'Status' });
    plain.focus();
    // Radix's trigger (it carries data-state) took the plain button's place and its focus.
    await expect.poll(() => document.activeElement?.getAttribute('data-state')).toBe('closed');
    expect(plain.isConnected).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Status' }));
  });

  it('opens on a press whose pointerdown focused the button (the button is not swapped mid-press)', async () => {
    renderAt('/things');
    const plain = screen.getByRole('button', { name: 'Status' });
    fireEvent.pointerEnter(plain);
    fireEvent.pointerDown(plain);
    plain.focus();
    // Still the same element until the click, so the press's click reaches it.
    expect(plain.isConnected).toBe(true);
    fireEvent.click(plain);
    expect(await screen.findByRole('checkbox', { name: 'Running' })).toBeInTheDocument();
  });
});
