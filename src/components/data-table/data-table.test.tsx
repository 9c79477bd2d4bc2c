import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ColumnDef } from '@tanstack/react-table';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from './data-table';
import type { TableContent } from './table-content';
import { useListParams } from './use-list-params';

interface Item {
  readonly id: string;
  readonly name: string;
}

const SORT_FIELDS = ['created_at', 'display_name'] as const;
const DEFAULT_SORT = { field: 'created_at', desc: true } as const;

const columns: ColumnDef<Item>[] = [
  { id: 'display_name', header: 'Name', cell: ({ row }) => row.original.name },
  { id: 'description', header: 'Description', cell: () => '—' },
  { id: 'created_at', header: 'Created', cell: () => 'today' },
];

const ITEMS: Item[] = Array.from({ length: 25 }, (_, index) => ({
  id: `id-${index + 1}`,
  name: `item ${index + 1}`,
}));

/** A fake server with offset tokens `tok-<offset>` (opaque to the table). */
function pagedServer(token: string | undefined, pageSize: number): TableContent<Item> {
  const offset = token === undefined ? 0 : Number(token.slice(4));
  const rows = ITEMS.slice(offset, offset + pageSize);
  const next = offset + pageSize < ITEMS.length ? `tok-${offset + pageSize}` : undefined;
  return { status: 'ready', rows, nextPageToken: next, totalSize: ITEMS.length };
}

type Server = (request: {
  token: string | undefined;
  sortBy: string;
  pageSize: number;
}) => TableContent<Item>;

function Url() {
  const location = useLocation();
  return <output data-testid="url">{location.search}</output>;
}

function Harness({
  server,
  bulk,
  expand,
  prefix,
  label = 'Things',
}: {
  server: Server;
  bulk?: (rows: readonly Item[]) => void;
  expand?: boolean;
  prefix?: string;
  label?: string;
}) {
  const list = useListParams({
    listId: 'things',
    sortFields: SORT_FIELDS,
    defaultSort: DEFAULT_SORT,
    urlPrefix: prefix,
  });
  return (
    <>
      <DataTable
        label={label}
        columns={columns}
        list={list}
        content={server({ token: list.pageToken, sortBy: list.sortBy, pageSize: list.pageSize })}
        getRowId={(item) => item.id}
        getRowLabel={(item) => item.name}
        empty={{ title: 'No things' }}
        renderBulkActions={
          bulk === undefined
            ? undefined
            : (selected) => (
                <button type="button" onClick={() => bulk(selected)}>
                  Archive
                </button>
              )
        }
        renderExpanded={expand === true ? (item) => <p>versions of {item.name}</p> : undefined}
        expandLabel={(item) => `Show versions of ${item.name}`}
      />
      {prefix === undefined ? <Url /> : null}
    </>
  );
}

function renderAt(
  url: string,
  server: Server,
  extra: { bulk?: (rows: readonly Item[]) => void; expand?: boolean } = {},
) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Harness server={server} {...extra} />
    </MemoryRouter>,
  );
}

const url = () => new URLSearchParams(screen.getByTestId('url').textContent);
const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Things' }))
    .getAllByRole('row')
    .slice(1);
const names = () => bodyRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent);

afterEach(() => {
  window.localStorage.clear();
});

describe('DataTable paging', () => {
  it('walks forward and back with the server tokens kept in the URL', () => {
    renderAt('/things?size=10', ({ token, pageSize }) => pagedServer(token, pageSize));
    expect(names()).toEqual(ITEMS.slice(0, 10).map((item) => item.name));
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(screen.getByText(/1–10 of 25 · Page 1 of 3/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(url().getAll('pt')).toEqual(['tok-10']);
    expect(names()[0]).toBe('item 11');

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(url().getAll('pt')).toEqual(['tok-10', 'tok-20']);
    expect(names()).toEqual(['item 21', 'item 22', 'item 23', 'item 24', 'item 25']);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(screen.getByText(/21–25 of 25 · Page 3 of 3/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(url().getAll('pt')).toEqual(['tok-10']);
    expect(names()[0]).toBe('item 11');
  });

  it('opens a deep page straight from a reloaded URL and can still go back', () => {
    const server = vi.fn<Server>(({ token, pageSize }) => pagedServer(token, pageSize));
    renderAt('/things?size=10&pt=tok-10&pt=tok-20', server);
    expect(server).toHaveBeenCalledWith(expect.objectContaining({ token: 'tok-20' }));
    expect(server).not.toHaveBeenCalledWith(expect.objectContaining({ token: undefined }));
    expect(names()[0]).toBe('item 21');
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(names()[0]).toBe('item 11');
  });

  it('changes the page size, remembers it and starts again at page 1', () => {
    renderAt('/things?pt=tok-20', ({ token, pageSize }) => pagedServer(token, pageSize));
    fireEvent.change(screen.getByLabelText('Rows per page'), { target: { value: '50' } });
    expect(url().get('size')).toBe('50');
    expect(url().getAll('pt')).toEqual([]);
    expect(bodyRows()).toHaveLength(25);
    expect(window.localStorage.getItem('kfp-dashboard:page-size:things')).toBe('50');
  });

  it('uses the stored page size when the URL has none', () => {
    window.localStorage.setItem('kfp-dashboard:page-size:things', '10');
    renderAt('/things', ({ token, pageSize }) => pagedServer(token, pageSize));
    expect(bodyRows()).toHaveLength(10);
  });
});

describe('DataTable sorting', () => {
  it('maps a header click to the server sort field and restarts paging', () => {
    const server = vi.fn<Server>(({ token, pageSize }) => pagedServer(token, pageSize));
    renderAt('/things?pt=tok-20', server);
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(
      within(screen.getByRole('columnheader', { name: /Description/ })).queryByRole('button'),
    ).toBeNull();

    fireEvent.click(within(nameHeader).getByRole('button'));
    expect(url().get('sort')).toBe('display_name');
    expect(url().get('order')).toBe('asc');
    expect(url().getAll('pt')).toEqual([]);
    expect(server).toHaveBeenLastCalledWith(
      expect.objectContaining({ sortBy: 'display_name', token: undefined }),
    );
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    fireEvent.click(within(screen.getByRole('columnheader', { name: /Name/ })).getByRole('button'));
    expect(server).toHaveBeenLastCalledWith(
      expect.objectContaining({ sortBy: 'display_name desc' }),
    );
  });
});

describe('DataTable states', () => {
  it('shows skeleton rows and a status while loading', () => {
    renderAt('/things', () => ({ status: 'loading' }));
    expect(screen.getByRole('table', { name: 'Things' })).toHaveAttribute('aria-busy', 'true');
    expect(
      within(screen.getByRole('table', { name: 'Things' })).getByRole('status'),
    ).toHaveTextContent('Loading…');
    expect(document.querySelectorAll('tr[data-skeleton]')).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('shows the empty state for a page with no rows', () => {
    renderAt('/things', () => ({ status: 'ready', rows: [], totalSize: 0 }));
    expect(screen.getByText('No things')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the server message with Retry, and a way back from a stale page token', () => {
    const onRetry = vi.fn();
    renderAt('/things?pt=stale', () => ({
      status: 'error',
      message: 'Invalid input error: invalid page token',
      onRetry,
    }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Invalid input error: invalid page token');
    expect(screen.queryByText('No things')).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
    fireEvent.click(within(alert).getByRole('button', { name: 'Back to first page' }));
    expect(url().getAll('pt')).toEqual([]);
  });

  it('keeps rows and adds a banner when a refresh fails', () => {
    renderAt('/things', () => ({
      ...pagedServer(undefined, 20),
      refreshError: { message: 'upstream timeout', onRetry: () => undefined },
    }));
    expect(screen.getByRole('alert')).toHaveTextContent('upstream timeout');
    expect(bodyRows()).toHaveLength(20);
  });
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
