import { useState } from 'react';
import type { TableConfig } from '../model/viewer-config.ts';
import styles from './viewers.module.css';

export const TABLE_PAGE_SIZE = 50;

export interface TableViewerProps {
  config: TableConfig;
  /** Offered when the table is a cut preview: read the whole file ("load all"). */
  onLoadAll?: () => void;
}

/** A CSV table, a page at a time; cells are plain text. */
export function TableViewer({ config, onLoadAll }: TableViewerProps) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(config.rows.length / TABLE_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const first = current * TABLE_PAGE_SIZE;
  const rows = config.rows.slice(first, first + TABLE_PAGE_SIZE);
  const count = config.rows.length.toLocaleString('en-US');
  return (
    <div className={styles.viewer}>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>{config.header.map((name, i) => <th key={`${String(i)}:${name}`} scope="col">{name}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={first + r}>{row.map((cell, c) => <td key={c}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.toolbar}>
        <span className={styles.note}>
          {config.rows.length === 0
            ? 'No rows.'
            : `Rows ${(first + 1).toLocaleString('en-US')}–${(first + rows.length).toLocaleString('en-US')} of ${count}${config.truncated ? ' (more in the file)' : ''}`}
        </span>
        {pages > 1 ? (
          <>
            <button type="button" className={styles.button} onClick={() => setPage(current - 1)} disabled={current === 0}>Previous</button>
            <button type="button" className={styles.button} onClick={() => setPage(current + 1)} disabled={current === pages - 1}>Next</button>
          </>
        ) : null}
        {config.truncated && onLoadAll ? <button type="button" className={styles.button} onClick={onLoadAll}>Load all</button> : null}
      </div>
    </div>
  );
}
