import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DateTime, TextPlaceholder } from '@/components/data-table';
import { paths } from '@/lib/paths.ts';
import type { RecurringRunRow } from '../model/recurring-run-row.ts';
import { EnabledCell } from './enabled-cell.tsx';
import styles from './recurring-runs.module.css';

function WindowTime({ value }: { readonly value: string | undefined }) {
  return value === undefined ? <span className={styles.muted}>–</span> : <DateTime value={value} />;
}

export function recurringRunColumns(ns: string | undefined): ColumnDef<RecurringRunRow>[] {
  return [
    {
      id: 'name',
      header: 'Recurring run name',
      cell: ({ row }) => (
        <Link to={paths.recurringRun(row.original.id, { ns })}>{row.original.name}</Link>
      ),
    },
    {
      id: 'status',
      header: 'Status',
      size: 200,
      cell: ({ row }) => <EnabledCell row={row.original} />,
    },
    {
      id: 'trigger',
      header: 'Schedule',
      cell: ({ row }) => (
        <span className={styles.schedule}>
          {row.original.trigger}
          {row.original.triggerSource !== undefined && (
            <code className={styles.muted}>{row.original.triggerSource}</code>
          )}
        </span>
      ),
    },
    {
      id: 'start',
      header: 'Starts',
      cell: ({ row }) => <WindowTime value={row.original.startTime} />,
    },
    {
      id: 'end',
      header: 'Ends',
      cell: ({ row }) => <WindowTime value={row.original.endTime} />,
    },
    {
      id: 'experiment',
      header: 'Experiment',
      cell: ({ row }) =>
        row.original.experiment === undefined ? (
          <span className={styles.muted}>–</span>
        ) : row.original.experiment.pending ? (
          <TextPlaceholder label="Loading name…" />
        ) : (
          <Link
            to={paths.experiment(row.original.experiment.id, { ns })}
            title={row.original.experiment.id}
          >
            {row.original.experiment.name ?? row.original.experiment.id}
          </Link>
        ),
    },
    {
      id: 'created_at',
      header: 'Created',
      size: 180,
      cell: ({ row }) => <DateTime value={row.original.createdAt} />,
    },
  ];
}
