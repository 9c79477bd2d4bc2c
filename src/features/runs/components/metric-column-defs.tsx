import type { ColumnDef } from '@tanstack/react-table';
import { Info } from 'lucide-react';
import { TextPlaceholder } from '@/components/data-table';
import type { MetricCells } from '../api/run-metrics.ts';
import {
  formatMetric,
  V2_UNSORTABLE_REASON,
  type MetricColumn,
  type MetricKind,
} from '../model/metric-columns.ts';
import type { RunRow } from '../model/run-row.ts';
import styles from './runs.module.css';

function MetricCell({
  cells,
  runId,
  name,
}: {
  readonly cells: MetricCells;
  readonly runId: string;
  readonly name: string;
}) {
  if (cells.status === 'pending') return <TextPlaceholder label="Loading metric…" />;
  if (cells.status === 'error')
    return (
      <span className={styles.muted} title={`Metrics could not be read: ${cells.message}`}>
        ?
      </span>
    );
  const metric = cells.byRun.get(runId)?.get(name);
  if (metric === undefined)
    return (
      <span className={styles.muted} title={`No metric ${name}`}>
        –
      </span>
    );
  return (
    <span className={styles.metric} title={String(metric.value)}>
      {formatMetric(metric.value, metric.format)}
    </span>
  );
}

function MetricHeader({ column }: { readonly column: MetricColumn }) {
  if (column.kind === 'v1')
    return (
      <span title={`Run metric ${column.name} (v1, reported from mlpipeline-metrics)`}>
        {column.name}
      </span>
    );
  return (
    <span className={styles.metricHeader}>
      {column.name}
      <Info size={13} role="img" aria-label={`Not sortable: ${V2_UNSORTABLE_REASON}`}>
        <title>{`Not sortable: ${V2_UNSORTABLE_REASON}`}</title>
      </Info>
    </span>
  );
}

/** One column per chosen metric; v1 ones have the server's `metric:<name>` sort key as their id. */
export function metricColumnDefs(
  columns: readonly MetricColumn[],
  cells: Readonly<Record<MetricKind, MetricCells>>,
): ColumnDef<RunRow>[] {
  return columns.map((column): ColumnDef<RunRow> => ({
    id: column.id,
    header: () => <MetricHeader column={column} />,
    size: 120,
    cell: ({ row }) => (
      <MetricCell cells={cells[column.kind]} runId={row.original.id} name={column.name} />
    ),
  }));
}
