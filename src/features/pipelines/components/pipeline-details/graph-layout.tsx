import type { ReactNode } from 'react';
import styles from './pipeline-details.module.css';

/** The graph canvas in a sized box (React Flow measures its parent), with the node panel beside it. */
export function GraphWithPanel({
  canvas,
  panel,
}: {
  readonly canvas: ReactNode;
  readonly panel?: ReactNode;
}) {
  const hasPanel = panel !== undefined && panel !== null;
  return (
    <div className={styles.graphLayout} data-panel={hasPanel || undefined}>
      <div className={styles.graphCanvas}>{canvas}</div>
      {hasPanel ? panel : null}
    </div>
  );
}
