import type { ReactNode } from 'react';
import styles from './pods.module.css';

/** One of the pod tabs' tables: a header row of column names over the caller's rows. */
export function HeadedTable({
  columns,
  label,
  children,
}: {
  readonly columns: readonly string[];
  readonly label?: string | undefined;
  readonly children: ReactNode;
}) {
  return (
    <table className={styles.table} aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
