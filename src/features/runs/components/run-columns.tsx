import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DateTime, TextPlaceholder } from '@/components/data-table';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/lib/paths.ts';
import type { NamedRef, RunRow } from '../model/run-row.ts';
import styles from './runs.module.css';

function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/**
 * A link to a looked-up object: a placeholder of fixed size while its name loads; the short id only
 * when the server does not know it (`what` says what the id is) or its lookup failed.
 */
function RefLink({
  target,
  to,
  what,
}: {
  readonly target: NamedRef;
  readonly to: string;
  readonly what: string;
}) {
  if (target.pending) return <TextPlaceholder label="Loading name…" />;
  const title =
    target.name !== undefined ? `${what} ${target.id}` : `${what} ${target.id} (name not found)`;
  return (
    <Link to={to} title={title} className={target.name === undefined ? styles.idLink : undefined}>
      {target.name ?? shortId(target.id)}
    </Link>
  );
}

function ExperimentCell({ row, ns }: { readonly row: RunRow; readonly ns: string | undefined }) {
  if (row.experiment === undefined) return <span className={styles.muted}>–</span>;
  return (
    <RefLink
      target={row.experiment}
      to={paths.experiment(row.experiment.id, { ns })}
      what="Experiment"
    />
  );
}

/** The pipeline version a run was made from, by name, linking to that version of its pipeline. */
function PipelineVersionCell({
  row,
  ns,
}: {
  readonly row: RunRow;
  readonly ns: string | undefined;
}) {
  const pipeline = row.pipeline;
  if (pipeline === undefined) return <span className={styles.muted}>–</span>;
  if (pipeline.kind === 'inline')
    return <span title="Pipeline spec embedded in the run">{pipeline.name ?? 'Inline spec'}</span>;
  if (pipeline.version === undefined) {
    return (
      <Link
        to={paths.pipeline(pipeline.pipelineId, { ns })}
        title={`Latest version of pipeline ${pipeline.pipelineId}`}
        className={styles.idLink}
      >
        Latest of {shortId(pipeline.pipelineId)}
      </Link>
    );
  }
  return (
    <RefLink
      target={pipeline.version}
      to={paths.pipeline(pipeline.pipelineId, { version: pipeline.version.id, ns })}
      what="Pipeline version"
    />
  );
}

function RecurringRunCell({ row, ns }: { readonly row: RunRow; readonly ns: string | undefined }) {
  if (row.recurringRun === undefined) return <span className={styles.muted}>–</span>;
  return (
    <RefLink
      target={row.recurringRun}
      to={paths.recurringRun(row.recurringRun.id, { ns })}
      what="Recurring run"
    />
  );
}

/** The runs table's columns; ids of sortable columns are the server's sort fields. */
export function runColumns(ns: string | undefined, showExperiment: boolean): ColumnDef<RunRow>[] {
  const columns: (ColumnDef<RunRow> | false)[] = [
    {
      id: 'state',
      header: 'Status',
      // Wide enough for the widest badge ("Succeeded", "Canceling") beside the cell's padding.
      size: 140,
      cell: ({ row }) => <StatusBadge state={row.original.state} />,
    },
    {
      id: 'display_name',
      header: 'Run name',
      cell: ({ row }) => <Link to={paths.run(row.original.id, { ns })}>{row.original.name}</Link>,
    },
    {
      id: 'duration',
      header: 'Duration',
      size: 100,
      cell: ({ row }) => row.original.duration ?? <span className={styles.muted}>–</span>,
    },
    showExperiment && {
      id: 'experiment',
      header: 'Experiment',
      cell: ({ row }) => <ExperimentCell row={row.original} ns={ns} />,
    },
    {
      id: 'pipeline_version',
      header: 'Pipeline version',
      cell: ({ row }) => <PipelineVersionCell row={row.original} ns={ns} />,
    },
    {
      id: 'recurring_run',
      header: 'Recurring run',
      cell: ({ row }) => <RecurringRunCell row={row.original} ns={ns} />,
    },
    {
      id: 'created_at',
      header: 'Start time',
      size: 180,
      cell: ({ row }) => <DateTime value={row.original.createdAt} />,
    },
  ];
  return columns.filter((column): column is ColumnDef<RunRow> => column !== false);
}
