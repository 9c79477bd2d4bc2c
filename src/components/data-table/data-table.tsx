import {
  Fragment,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type ExpandedState,
  type RowSelectionState,
} from '@tanstack/react-table';
import { EmptyState, ErrorState } from '../states';
import { PaginationBar } from './pagination-bar.tsx';
import { SkeletonRows } from './skeleton-rows.tsx';
import { SortHeader } from './sort-header.tsx';
import { NO_DEFAULT_SIZE, tableMinWidth } from './column-widths.ts';
import { expandColumn, selectColumn } from './utility-columns.tsx';
import type { TableContent } from './table-content.ts';
import type { ListParams } from './use-list-params.ts';
import styles from './data-table.module.css';

/** A failed load the page can explain better than the server's words alone. */
export interface FailureHelp {
  readonly title: string;
  /** Why it failed and how to go on. */
  readonly hint: ReactNode;
  /** What to do instead. They replace Retry: asking again would get the same answer. */
  readonly actions: ReactNode;
}

export interface DataTableProps<T> {
  /** Accessible name of the table, e.g. "Runs". */
  readonly label: string;
  /** Column ids that appear in `list.sortFields` get a sort button mapped to that server field. */
  readonly columns: ColumnDef<T>[];
  readonly content: TableContent<T>;
  readonly list: ListParams;
  readonly getRowId: (row: T) => string;
  /** Name of a row for screen readers ("Select <name>", "Show versions of <name>"). */
  readonly getRowLabel: (row: T) => string;
  readonly empty: {
    readonly title: string;
    readonly message?: ReactNode;
    readonly action?: ReactNode;
  };
  /** Filters, search, tabs: drawn above the table and kept across pages. */
  readonly toolbar?: ReactNode;
  /** Turns on row checkboxes; gets the selected rows of the current page. */
  readonly renderBulkActions?: (selected: readonly T[], clearSelection: () => void) => ReactNode;
  /** Turns on expandable rows; draws the expansion under a row. */
  readonly renderExpanded?: (row: T) => ReactNode;
  readonly expandLabel?: (row: T) => string;
  /** Given while `content` is an error the page understands (the server's message still shows). */
  readonly failureHelp?: FailureHelp | undefined;
}

/**
 * The one list table: server-side pages, sort and filters live in the URL (`list`), selection and
 * expansion are view state. Selection and expansion start fresh whenever the URL (page, sort,
 * filter) changes, because a selection must only ever hold rows the user can see.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  return (
    <section className={styles.wrapper} aria-label={props.label}>
      {props.toolbar === undefined ? null : <div className={styles.toolbar}>{props.toolbar}</div>}
      <DataTableView key={props.list.searchParams.toString()} {...props} />
    </section>
  );
}

const NO_ROWS: never[] = [];

/**
 * A callback whose identity never changes but which always calls the latest `callback`: columns built
 * from it stay the same across renders, so the cells' inputs are not remounted (a click or the focus
 * would be lost) when the page re-renders (a poll, a name lookup arriving).
 */
function useStableCallback<A, R>(callback: (arg: A) => R): (arg: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((arg: A) => latest.current(arg), []);
}

function expansionId(tableId: string, rowId: string): string {
  return `${tableId}-expansion-${rowId}`;
}

function DataTableView<T>({
  label,
  columns,
  content,
  list,
  getRowId,
  getRowLabel,
  empty,
  renderBulkActions,
  renderExpanded,
  expandLabel,
  failureHelp,
}: DataTableProps<T>) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const rows = content.status === 'ready' ? content.rows : NO_ROWS;
  const data = useMemo(() => [...rows], [rows]);
  const selectable = renderBulkActions !== undefined;
  const expandable = renderExpanded !== undefined;
  const tableId = useId();
  const rowLabel = useStableCallback(getRowLabel);
  const expansionLabel = useStableCallback(expandLabel ?? getRowLabel);

  const allColumns = useMemo(() => {
    const extra: ColumnDef<T>[] = [];
    if (selectable) extra.push(selectColumn(rowLabel));
    if (expandable)
      extra.push(expandColumn(expansionLabel, (rowId) => expansionId(tableId, rowId)));
    return [...extra, ...columns];
  }, [columns, selectable, expandable, rowLabel, expansionLabel, tableId]);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table (the chosen table library) cannot be compiler-memoised; this component is not memoised by the compiler and that is fine
  const table = useReactTable({
    data,
    columns: allColumns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    defaultColumn: NO_DEFAULT_SIZE,
    getRowCanExpand: () => renderExpanded !== undefined,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection: selectable,
    state: { rowSelection, expanded },
    onRowSelectionChange: setRowSelection,
    onExpandedChange: setExpanded,
  });

  const selected = table.getSelectedRowModel().rows.map((row) => row.original);
  const leafColumns = table.getVisibleLeafColumns();
  const columnCount = allColumns.length;

  return (
    <>
      {selectable ? (
        // Always mounted (buttons disabled without a selection): an open action dialog lives in here
        // and must survive its rows leaving the page.
        <div
          className={styles.bulkBar}
          role="region"
          aria-label="Bulk actions"
          data-empty={selected.length === 0 || undefined}
        >
          <span>
            {selected.length === 0 ? 'Select rows for bulk actions' : `${selected.length} selected`}
          </span>
          {renderBulkActions(selected, () => setRowSelection({}))}
        </div>
      ) : null}
      {content.status === 'ready' && content.refreshError !== undefined ? (
        <ErrorState
          inline
          title="Refresh failed; showing earlier data"
          message={content.refreshError.message}
          onRetry={content.refreshError.onRetry}
          retrying={content.refreshError.retrying ?? false}
        />
      ) : null}
      <div className={styles.scroller}>
        <table
          className={styles.table}
          aria-label={label}
          aria-busy={content.status === 'loading'}
          style={{ minWidth: tableMinWidth(leafColumns.map((column) => column.columnDef.size)) }}
        >
          <colgroup>
            {leafColumns.map((column) => (
              <col
                key={column.id}
                style={
                  column.columnDef.size === undefined
                    ? undefined
                    : { width: `${column.columnDef.size}px` }
                }
              />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sortable = list.sortFields.includes(header.column.id);
                  const direction =
                    list.sort.field === header.column.id
                      ? list.sort.desc
                        ? 'descending'
                        : 'ascending'
                      : undefined;
                  const title = header.isPlaceholder
                    ? null
                    : flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sortable ? (direction ?? 'none') : undefined}
                    >
                      {sortable ? (
                        <SortHeader
                          direction={direction}
                          onToggle={() => list.toggleSort(header.column.id)}
                        >
                          {title}
                        </SortHeader>
                      ) : (
                        title
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {content.status === 'loading' ? (
              <SkeletonRows rows={Math.min(list.pageSize, 10)} columns={columnCount} />
            ) : null}
            {content.status === 'error' ? (
              <tr>
                <td colSpan={columnCount}>
                  <ErrorState
                    title={failureHelp?.title ?? content.title}
                    hint={failureHelp?.hint}
                    message={content.message}
                    onRetry={failureHelp ? undefined : content.onRetry}
                    retrying={content.retrying ?? false}
                    actions={
                      <>
                        {failureHelp?.actions}
                        {list.pageNumber > 1 ? (
                          <button type="button" className="btn" onClick={list.firstPage}>
                            Back to first page
                          </button>
                        ) : null}
                      </>
                    }
                  />
                </td>
              </tr>
            ) : null}
            {content.status === 'ready' && rows.length === 0 ? (
              <tr>
                <td colSpan={columnCount}>
                  <EmptyState title={empty.title} message={empty.message} action={empty.action} />
                </td>
              </tr>
            ) : null}
            {table.getRowModel().rows.map((row) => (
              <Fragment key={row.id}>
                <tr data-selected={row.getIsSelected() || undefined}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
                {row.getIsExpanded() && renderExpanded !== undefined ? (
                  <tr className={styles.expansion} id={expansionId(tableId, row.id)}>
                    <td colSpan={columnCount}>{renderExpanded(row.original)}</td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <PaginationBar
        list={list}
        nextPageToken={content.status === 'ready' ? content.nextPageToken : undefined}
        rowCount={rows.length}
        totalSize={content.status === 'ready' ? content.totalSize : undefined}
      />
    </>
  );
}
