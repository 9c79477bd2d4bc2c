import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DateTime, TextPlaceholder } from '@/components/data-table';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/lib/paths.ts';
import type { NamedRef, RunRow } from '../model/run-row';
import styles from './runs.module.css';

function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/** A link to a looked-up object: a placeholder while its name loads, the short id when it is unknown. */
function RefLink({ target, to, title }: { readonly target: NamedRef; readonly to: string; readonly title?: string }) {
  if (target.pending) return <TextPlaceholder label="Loading name…" />;
  return (
    <Link to={to} title={title ?? target.id}>
      {target.name ?? shortId(target.id)}
    </Link>
  );
}

function ExperimentCell({ row, ns }: { readonly row: RunRow; readonly ns: string | undefined }) {
  if (row.experiment === undefined) return <span className={styles.muted}>–</span>;
  return <RefLink target={row.experiment} to={paths.experiment(row.experiment.id, { ns })} />;
}

function PipelineCell({ row, ns }: { readonly row: RunRow; readonly ns: string | undefined }) {
  const pipeline = row.pipeline;
  if (pipeline === undefined) return <span className={styles.muted}>–</span>;
  if (pipeline.kind === 'inline') return <span title="Pipeline spec embedded in the run">{pipeline.name ?? 'Inline spec'}</span>;
  return (
    <RefLink
      target={pipeline.pipeline}
      to={paths.pipeline(pipeline.pipeline.id, { version: pipeline.versionId, ns })}
      title={pipeline.versionId === undefined ? 'Latest version' : `Version ${pipeline.versionId}`}
    />
  );
}

/** The runs table's columns; ids of sortable columns are the server's sort fields. */
export function runColumns(ns: string | undefined, showExperiment: boolean): ColumnDef<RunRow>[] {
  const columns: (ColumnDef<RunRow> | false)[] = [
    { id: 'state', header: 'Status', size: 130, cell: ({ row }) => <StatusBadge state={row.original.state} /> },
    {
      id: 'display_name',
      header: 'Run name',
      cell: ({ row }) => <Link to={paths.run(row.original.id, { ns })}>{row.original.name}</Link>,
    },
    { id: 'duration', header: 'Duration', size: 100, cell: ({ row }) => row.original.duration ?? <span className={styles.muted}>–</span> },
    showExperiment && { id: 'experiment', header: 'Experiment', cell: ({ row }) => <ExperimentCell row={row.original} ns={ns} /> },
    { id: 'pipeline', header: 'Pipeline', cell: ({ row }) => <PipelineCell row={row.original} ns={ns} /> },
    {
      id: 'recurring_run',
      header: 'Recurring run',
      size: 140,
      cell: ({ row }) =>
        row.original.recurringRunId === undefined ? (
          <span className={styles.muted}>–</span>
        ) : (
          <Link to={paths.recurringRun(row.original.recurringRunId, { ns })} title={row.original.recurringRunId}>
            Open
          </Link>
        ),
    },
    { id: 'created_at', header: 'Start time', size: 180, cell: ({ row }) => <DateTime value={row.original.createdAt} /> },
  ];
  return columns.filter((column): column is ColumnDef<RunRow> => column !== false);
}
