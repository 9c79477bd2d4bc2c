import styles from './data-table.module.css';

/** Placeholder rows while a page loads; hidden from assistive tech, which gets one status message. */
export function SkeletonRows({
  rows,
  columns,
}: {
  readonly rows: number;
  readonly columns: number;
}) {
  return (
    <>
      <tr>
        <td colSpan={columns} role="status" className="visually-hidden">
          Loading…
        </td>
      </tr>
      {Array.from({ length: rows }, (_, row) => (
        <tr key={row} aria-hidden="true" data-skeleton="">
          {Array.from({ length: columns }, (_, column) => (
            <td key={column}>
              <span className={styles.skeleton} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
