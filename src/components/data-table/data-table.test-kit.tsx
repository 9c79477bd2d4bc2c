import { render, screen, within } from '@testing-library/react';
import type { ColumnDef } from '@tanstack/react-table';
import { MemoryRouter, useLocation } from 'react-router';
import { DataTable } from './data-table.tsx';
import type { TableContent } from './table-content.ts';
import { useListParams } from './use-list-params.ts';

/** A DataTable in a router over a paged fake server, and readers of what it shows. */
export interface Item {
  readonly id: string;
  readonly name: string;
}

export const SORT_FIELDS = ['created_at', 'display_name'] as const;
export const DEFAULT_SORT = { field: 'created_at', desc: true } as const;

export const columns: ColumnDef<Item>[] = [
  { id: 'display_name', header: 'Name', cell: ({ row }) => row.original.name },
  { id: 'description', header: 'Description', cell: () => '—' },
  { id: 'created_at', header: 'Created', cell: () => 'today' },
];

export const ITEMS: Item[] = Array.from({ length: 25 }, (_, index) => ({
  id: `id-${index + 1}`,
  name: `item ${index + 1}`,
}));

/** A fake server with offset tokens `tok-<offset>` (opaque to the table). */
export function pagedServer(token: string | undefined, pageSize: number): TableContent<Item> {
  const offset = token === undefined ? 0 : Number(token.slice(4));
  const rows = ITEMS.slice(offset, offset + pageSize);
  const next = offset + pageSize < ITEMS.length ? `tok-${offset + pageSize}` : undefined;
  return { status: 'ready', rows, nextPageToken: next, totalSize: ITEMS.length };
}

export type Server = (request: {
  token: string | undefined;
  sortBy: string;
  pageSize: number;
}) => TableContent<Item>;

export function Url() {
  const location = useLocation();
  return <output data-testid="url">{location.search}</output>;
}

export function Harness({
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

export function renderAt(
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

export const url = () => new URLSearchParams(screen.getByTestId('url').textContent);
export const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Things' }))
    .getAllByRole('row')
    .slice(1);
export const names = () =>
  bodyRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent);
