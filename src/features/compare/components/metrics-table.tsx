import { LoadingState } from '@/components/states';
import { COMPARE_SECTIONS } from '../model/collapsed-sections.ts';
import {
  mergeMetrics,
  type CompareScalar,
  type MetricGroup,
  type MetricRow,
} from '../model/metric-table.ts';
import { CollapsibleSection } from './collapsible-section.tsx';
import type { ReadyColumn } from './compare-column.ts';
import styles from './compare.module.css';

/** The metrics of one run: loading, failed to load, or its groups of scalars. */
export type RunMetrics =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly groups: readonly MetricGroup[] };

export interface MetricsTableProps {
  readonly runs: readonly ReadyColumn[];
  /** Per run, in the same order as `runs`. */
  readonly metrics: readonly RunMetrics[];
  /** How a value is written (the visualizations feature's formatMetricValue). */
  readonly format: (scalar: CompareScalar) => string;
}

function Cell({
  scalar,
  row,
  format,
}: {
  readonly scalar: CompareScalar | undefined;
  readonly row: MetricRow;
  readonly format: MetricsTableProps['format'];
}) {
  if (scalar === undefined) return <td className={`${styles.numeric} ${styles.missing}`}>—</td>;
  const { range } = row;
  const share =
    range === undefined || !Number.isFinite(scalar.value)
      ? undefined
      : range.max === range.min
        ? 1
        : (scalar.value - range.min) / (range.max - range.min);
  return (
    <td className={styles.numeric} title={String(scalar.value)}>
      {format(scalar)}
      {row.differs && share !== undefined ? (
        <span
          className={styles.bar}
          style={{ width: `${Math.round(8 + share * 92)}%` }}
          aria-hidden="true"
        />
      ) : null}
    </td>
  );
}

/** Scalar metrics (v1 `mlpipeline-metrics`, v2 system.Metrics) with runs as columns. */
export function MetricsTable({ runs, metrics, format }: MetricsTableProps) {
  const loading = metrics.some((m) => m.status === 'loading');
  const rows = mergeMetrics(metrics.map((m) => (m.status === 'ready' ? m.groups : [])));
  // Keyed by run id: two runs of the same name failing alike give the same message.
  const failed = metrics.flatMap((m, index) =>
    m.status === 'error'
      ? [
          {
            key: runs[index]?.runId ?? String(index),
            text: `${runs[index]?.name ?? 'A run'}: ${m.message}`,
          },
        ]
      : [],
  );
  return (
    <CollapsibleSection
      sectionId={COMPARE_SECTIONS.metrics}
      title="Metrics"
      extra={
        rows.length > 0 ? (
          <p className={styles.note}>
            Bars show where a value lies between the row's lowest and highest.
          </p>
        ) : null
      }
    >
      {failed.map(({ key, text }) => (
        <p key={key} className={styles.columnError} role="alert">
          Could not read the metrics of {text}
        </p>
      ))}
      {rows.length === 0 ? (
        loading ? (
          <LoadingState label="Loading the metrics…" />
        ) : (
          <p className={styles.note}>None of these runs recorded scalar metrics.</p>
        )
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table} aria-label="Metrics">
            <thead>
              <tr>
                <th scope="col">Metric</th>
                {runs.map((run, index) => (
                  <th scope="col" key={run.runId} className={styles.numeric}>
                    {run.name}
                    {metrics[index]?.status === 'loading' ? (
                      <span className={styles.source}>loading…</span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-differs={row.differs || undefined}>
                  <th scope="row">
                    {row.name}
                    <span className={styles.source}>{row.source}</span>
                  </th>
                  {row.cells.map((scalar, index) => (
                    <Cell
                      key={runs[index]?.runId ?? index}
                      scalar={scalar}
                      row={row}
                      format={format}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </CollapsibleSection>
  );
}
