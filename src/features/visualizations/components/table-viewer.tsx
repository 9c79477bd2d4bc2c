import {
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { csvForDownload } from '../model/csv-export.ts';
import { nextSort, sortRows, type TableSort } from '../model/sort-rows.ts';
import type { TableConfig } from '../model/viewer-config.ts';
import styles from './viewers.module.css';

/** Height of one table row in px (cells do not wrap; `.virtualTable td` says the same). */
export const TABLE_ROW_HEIGHT = 32;
const OVERSCAN = 10;
/** Height the virtualizer assumes before it has measured its box (tests, first paint). */
const INITIAL_VIEW = { width: 800, height: 576 };

export interface TableViewerProps {
  config: TableConfig;
  /** Offered when the table is a cut preview: read the whole file ("load all"). */
  onLoadAll?: () => void;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** The scroll box's size; a box with no layout yet (or no layout engine) counts as INITIAL_VIEW, so the first rows show. */
function observeRectOrInitial(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: Rect) => void,
) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : INITIAL_VIEW));
}

function downloadCsv(config: TableConfig): void {
  const blob = new Blob([csvForDownload([config.header, ...config.rows])], { type: 'text/csv' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${(config.title ?? 'table').replace(/\.csv$/i, '')}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A CSV table: sortable columns, only the rows in view in the DOM (100,000 rows scroll smoothly); cells are plain text. */
export function TableViewer({ config, onLoadAll }: TableViewerProps) {
  const [sort, setSort] = useState<TableSort | undefined>(undefined);
  const rows = useMemo(() => sortRows(config.rows, sort), [config.rows, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual (the chosen list library) cannot be compiler-memoised; this app does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => TABLE_ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: INITIAL_VIEW,
    observeElementRect: observeRectOrInitial,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columns = config.header.length;
  const count = config.rows.length.toLocaleString('en-US');
  return (
    <div className={styles.viewer}>
      <div
        ref={scrollRef}
        className={styles.scroll}
        data-table-rows=""
        tabIndex={0}
        role="region"
        aria-label={`${config.title ?? 'Table'} rows`}
      >
        <table
          className={`${styles.table} ${styles.virtualTable}`}
          style={{ minWidth: `${columns * 7}rem` }}
          aria-rowcount={config.rows.length + 1}
        >
          <thead>
            <tr>
              {config.header.map((name, i) => (
                <th
                  key={`${String(i)}:${name}`}
                  scope="col"
                  aria-sort={sort?.column === i ? ARIA_SORT[sort.direction] : undefined}
                >
                  <button
                    type="button"
                    className={styles.sortButton}
                    onClick={() => setSort((current) => nextSort(current, i))}
                  >
                    {name}
                    <span aria-hidden="true">
                      {sort?.column === i ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 ? <tr aria-hidden="true" style={{ height: top }} /> : null}
            {items.map((item) => {
              const row = rows[item.index] ?? [];
              return (
                <tr key={item.key} aria-rowindex={item.index + 2}>
                  {row.map((cell, c) => (
                    <td key={c} title={cell}>
                      {cell}
                    </td>
                  ))}
                </tr>
              );
            })}
            {bottom > 0 ? <tr aria-hidden="true" style={{ height: bottom }} /> : null}
          </tbody>
        </table>
      </div>
      <div className={styles.toolbar}>
        <span className={styles.note}>
          {config.rows.length === 0
            ? 'No rows.'
            : `${count} rows${config.truncated ? ' (more in the file)' : ''}`}
        </span>
        {config.truncated && onLoadAll ? (
          <button type="button" className={styles.button} onClick={onLoadAll}>
            Load all
          </button>
        ) : null}
        <button type="button" className={styles.button} onClick={() => downloadCsv(config)}>
          Download CSV
        </button>
      </div>
    </div>
  );
}
