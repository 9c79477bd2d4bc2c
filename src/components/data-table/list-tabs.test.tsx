import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { DEFAULT_SORT, SORT_FIELDS, Url } from './data-table.test-kit.tsx';
import { ListTabs, tabMove } from './list-tabs.tsx';
import { useListParams } from './use-list-params.ts';

const TABS = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
] as const;

function Tabs() {
  const list = useListParams({
    listId: 'things',
    sortFields: SORT_FIELDS,
    defaultSort: DEFAULT_SORT,
  });
  return (
    <>
      <ListTabs list={list} label="Storage" param="tab" tabs={TABS}>
        <p>the list</p>
      </ListTabs>
      <Url />
    </>
  );
}

function renderTabs(url = '/things') {
  render(
    <MemoryRouter initialEntries={[url]}>
      <Tabs />
    </MemoryRouter>,
  );
}

describe('ListTabs', () => {
  it('marks the URL’s tab selected, the only tab stop, and labels the panel with it', () => {
    renderTabs('/things?tab=archived');
    const archived = screen.getByRole('tab', { name: 'Archived' });
    expect(screen.getByRole('tablist', { name: 'Storage' })).toBeInTheDocument();
    expect(archived).toHaveAttribute('aria-selected', 'true');
    expect(archived).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: 'Active' })).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tab', { name: 'Active' })).toHaveAttribute('aria-selected', 'false');
    const panel = screen.getByRole('tabpanel', { name: 'Archived' });
    expect(panel).toHaveTextContent('the list');
    expect(archived).toHaveAttribute('aria-controls', panel.id);
  });

  it('selects a tab on click: into the URL, the first tab by leaving the parameter out', () => {
    renderTabs();
    fireEvent.click(screen.getByRole('tab', { name: 'All' }));
    expect(screen.getByTestId('url')).toHaveTextContent('tab=all');
    expect(screen.getByRole('tab', { name: 'All' })).toHaveAttribute('aria-selected', 'true');
    fireEvent.click(screen.getByRole('tab', { name: 'Active' }));
    expect(screen.getByTestId('url')).not.toHaveTextContent('tab=');
  });

  it('moves the focus with the arrow keys, Home and End without selecting (manual activation)', () => {
    renderTabs();
    const active = screen.getByRole('tab', { name: 'Active' });
    active.focus();
    fireEvent.keyDown(active, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Archived' })).toHaveFocus();
    fireEvent.keyDown(document.activeElement ?? active, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'All' })).toHaveFocus();
    fireEvent.keyDown(document.activeElement ?? active, { key: 'ArrowRight' });
    expect(active).toHaveFocus();
    expect(active).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('url')).not.toHaveTextContent('tab=');
  });

  it('wraps around and ignores other keys', () => {
    expect(tabMove('ArrowLeft', 0, 3)).toBe(2);
    expect(tabMove('ArrowRight', 2, 3)).toBe(0);
    expect(tabMove('Home', 2, 3)).toBe(0);
    expect(tabMove('End', 0, 3)).toBe(2);
    expect(tabMove('Enter', 1, 3)).toBeUndefined();
  });
});
