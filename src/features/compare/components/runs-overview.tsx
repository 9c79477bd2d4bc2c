import type { ReactNode } from 'react';
import { X } from 'lucide-react';
import { Link } from 'react-router';
import { StatusBadge } from '@/components/status-badge';
import type { CompareColumn, CompareLink, ReadyColumn } from './compare-column.ts';
import styles from './compare.module.css';

function link(value: CompareLink | undefined): ReactNode {
  return value === undefined ? (
    <span className={styles.missing}>—</span>
  ) : (
    <Link to={value.href}>{value.label}</Link>
  );
}

const FACTS: readonly (readonly [string, (run: ReadyColumn) => ReactNode])[] = [
  ['Status', (run) => <StatusBadge state={run.state} />],
  ['Duration', (run) => run.duration ?? <span className={styles.missing}>not finished</span>],
  ['Experiment', (run) => link(run.experiment)],
  ['Pipeline version', (run) => link(run.pipeline)],
];

function RunHeading({ column }: { readonly column: CompareColumn }) {
  if (column.status === 'ready') return <Link to={column.href}>{column.name}</Link>;
  if (column.status === 'loading')
    return <span className={styles.missing}>Loading {column.runId}…</span>;
  return (
    <span className={styles.columnError} role="alert">
      <strong>{column.title}</strong>
      <span className={styles.source}>{column.message}</span>
      {column.onRetry === undefined ? null : (
        <button type="button" className="btn" onClick={column.onRetry}>
          Retry
        </button>
      )}
    </span>
  );
}

function columnName(column: CompareColumn): string {
  return column.status === 'ready' ? column.name : column.runId;
}

export interface RunsOverviewProps {
  readonly columns: readonly CompareColumn[];
  /** Takes a run out of the comparison; no remove buttons without it. */
  readonly onRemove?: (runId: string) => void;
  /** Why no run can be removed now (the comparison needs two), shown on the disabled buttons. */
  readonly removeBlocked?: string | undefined;
  /** Beside the heading, e.g. "Add runs". */
  readonly actions?: ReactNode;
}

/** One column per run: its name (linking to the run), status, duration, experiment and pipeline version. */
export function RunsOverview({ columns, onRemove, removeBlocked, actions }: RunsOverviewProps) {
  const pipelines = new Set(
    columns.flatMap((column) =>
      column.status === 'ready' && column.pipelineId !== undefined ? [column.pipelineId] : [],
    ),
  );
  return (
    <section className={styles.section} aria-labelledby="compare-runs">
      <div className={styles.sectionHeader}>
        <h2 id="compare-runs">Runs</h2>
        {pipelines.size > 1 ? (
          <p className={styles.note}>
            These runs come from {pipelines.size} different pipelines: parameters and metrics may
            not line up.
          </p>
        ) : null}
        {actions}
      </div>
      <div className={styles.scroll}>
        <table className={styles.table} aria-label="Compared runs">
          <thead>
            <tr>
              <th scope="col">Run</th>
              {columns.map((column) => (
                <th scope="col" key={column.runId}>
                  <span className={styles.runHeading}>
                    <RunHeading column={column} />
                    {onRemove === undefined ? null : (
                      <button
                        type="button"
                        className={`btn btn--icon ${styles.remove}`}
                        aria-label={`Remove ${columnName(column)} from the comparison`}
                        title={removeBlocked ?? 'Remove from the comparison'}
                        disabled={removeBlocked !== undefined}
                        onClick={() => onRemove(column.runId)}
                      >
                        <X size={14} aria-hidden="true" />
                      </button>
                    )}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FACTS.map(([label, fact]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {columns.map((column) => (
                  <td key={column.runId}>
                    {column.status === 'ready' ? (
                      fact(column)
                    ) : (
                      <span className={styles.missing}>—</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
