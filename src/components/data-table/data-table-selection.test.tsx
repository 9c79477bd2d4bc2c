import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ITEMS,
  pagedServer,
  type Server,
  Url,
  Harness,
  renderAt,
  url,
} from './data-table.test-kit.tsx';

afterEach(() => {
  window.localStorage.clear();
});

describe('DataTable selection and expansion', () => {
  it('selects rows with keyboard-reachable checkboxes and hands them to the bulk actions', () => {
    const bulk = vi.fn();
    renderAt('/things?size=10', ({ token, pageSize }) => pagedServer(token, pageSize), { bulk });
    expect(screen.getByRole('region', { name: 'Bulk actions' })).toHaveTextContent(
      'Select rows for bulk actions',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select item 2' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select item 5' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent('2 selected');
    fireEvent.click(within(bar).getByRole('button', { name: 'Archive' }));
    expect(bulk).toHaveBeenCalledWith([ITEMS[1], ITEMS[4]]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(screen.getByRole('region', { name: 'Bulk actions' })).toHaveTextContent('10 selected');
  });

  it('forgets the selection when the page changes', () => {
    renderAt('/things?size=10', ({ token, pageSize }) => pagedServer(token, pageSize), {
      bulk: () => undefined,
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select item 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(screen.getByRole('checkbox', { name: 'Select item 1' })).not.toBeChecked();
    expect(screen.getByRole('region', { name: 'Bulk actions' })).not.toHaveTextContent('selected');
  });

  it('forgets selected rows that leave the page after a refresh', () => {
    let rows = ITEMS.slice(0, 3);
    const server: Server = () => ({ status: 'ready', rows });
    const view = renderAt('/things', server, { bulk: () => undefined });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select item 1' }));
    const all = screen.getByRole('checkbox', { name: 'Select all rows on this page' });
    expect(all).toHaveProperty('indeterminate', true);
    rows = ITEMS.slice(1, 3);
    view.rerender(
      <MemoryRouter initialEntries={['/things']}>
        <Harness server={server} bulk={() => undefined} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('checkbox', { name: 'Select all rows on this page' })).toHaveProperty(
      'indeterminate',
      false,
    );
    expect(screen.getByRole('region', { name: 'Bulk actions' })).toHaveTextContent(
      'Select rows for bulk actions',
    );
  });

  it('keeps the row checkboxes (and the focus) when the page re-renders with fresh rows and callbacks', () => {
    const server: Server = () => ({
      status: 'ready',
      rows: ITEMS.slice(0, 3).map((item) => ({ ...item })),
    });
    const view = renderAt('/things', server, { bulk: () => undefined, expand: true });
    const box = screen.getByRole('checkbox', { name: 'Select item 2' });
    box.focus();
    fireEvent.click(box);
    // A poll or a name lookup re-renders the page: new row objects, new inline callbacks.
    view.rerender(
      <MemoryRouter initialEntries={['/things']}>
        <Harness server={server} bulk={() => undefined} expand />
      </MemoryRouter>,
    );
    expect(screen.getByRole('checkbox', { name: 'Select item 2' })).toBe(box);
    expect(document.activeElement).toBe(box);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select item 3' }));
    expect(screen.getByRole('region', { name: 'Bulk actions' })).toHaveTextContent('2 selected');
    expect(screen.getByRole('button', { name: 'Show versions of item 1' })).toBeInTheDocument();
  });

  it('expands a row under a disclosure button', () => {
    renderAt('/things?size=10', ({ token, pageSize }) => pagedServer(token, pageSize), {
      expand: true,
    });
    const button = screen.getByRole('button', { name: 'Show versions of item 3' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByText('versions of item 3');
    expect(panel.closest('tr')).toHaveAttribute('id', button.getAttribute('aria-controls'));
  });
});

describe('DataTable lists sharing a URL', () => {
  it('pages each list with its own prefixed parameters', () => {
    function TwoLists() {
      return (
        <>
          <Harness
            server={({ token, pageSize }) => pagedServer(token, pageSize)}
            prefix="a."
            label="First"
          />
          <Harness
            server={({ token, pageSize }) => pagedServer(token, pageSize)}
            prefix="b."
            label="Second"
          />
          <Url />
        </>
      );
    }
    render(
      <MemoryRouter initialEntries={['/things?a.size=10&b.size=10&keep=1']}>
        <TwoLists />
      </MemoryRouter>,
    );
    const first = screen.getByRole('table', { name: 'First' }).closest('section');
    const second = screen.getByRole('table', { name: 'Second' }).closest('section');
    if (first === null || second === null) throw new Error('tables');
    fireEvent.click(within(first).getByRole('button', { name: 'Next page' }));
    expect(url().getAll('a.pt')).toEqual(['tok-10']);
    expect(url().getAll('b.pt')).toEqual([]);
    expect(url().get('keep')).toBe('1');
    expect(within(first).getAllByRole('row')[1]).toHaveTextContent('item 11');
    expect(within(second).getAllByRole('row')[1]).toHaveTextContent('item 1');
  });
});
