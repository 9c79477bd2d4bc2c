import { FactsTable, type Fact } from '@/components/facts-table';
import { StatusBadge } from '@/components/status-badge';
import { DateTime } from '@/components/data-table/date-time.tsx';
import type { Run } from '@/lib/kfp/wire/run.ts';
import type { V1RunDetail } from '@/lib/kfp/wire/v1-run.ts';
import { runParameters } from '../../model/run-detail.ts';
import styles from './run-details.module.css';

export interface RunDetailsTabProps {
  readonly run: Run;
  readonly v1: V1RunDetail | undefined;
}

/** Everything known about the run itself: ids, times, state history, parameters, root, account, error. */
export function RunDetailsTab({ run, v1 }: RunDetailsTabProps) {
  const parameters = runParameters(run, v1);
  const rows: Fact[] = [
    ['Run id', <span className={styles.mono}>{run.run_id}</span>],
    ['Name', run.display_name],
    ['Description', run.description || '–'],
    ['Experiment id', <span className={styles.mono}>{run.experiment_id || '–'}</span>],
    [
      'Pipeline id',
      <span className={styles.mono}>{run.pipeline_version_reference?.pipeline_id || '–'}</span>,
    ],
    [
      'Pipeline version id',
      <span className={styles.mono}>
        {run.pipeline_version_reference?.pipeline_version_id ?? run.pipeline_version_id ?? '–'}
      </span>,
    ],
    ['Recurring run id', <span className={styles.mono}>{run.recurring_run_id || '–'}</span>],
    ['Kind', v1 ? 'kfp 1.x (Argo workflow)' : 'KFP v2'],
    ['Created', <DateTime value={run.created_at} />],
    ['Scheduled', <DateTime value={run.scheduled_at} />],
    ['Finished', <DateTime value={run.finished_at} />],
    [
      'Pipeline root',
      <span className={styles.mono}>{run.runtime_config?.pipeline_root || '–'}</span>,
    ],
    ['Service account', run.service_account || '–'],
    ['Storage', run.storage_state === 'ARCHIVED' ? 'Archived' : 'Available'],
  ];
  const error = run.error?.message || v1?.run.error;
  return (
    <div>
      {error ? (
        <section className={styles.section}>
          <h2>Error</h2>
          <p className={styles.error}>{error}</p>
        </section>
      ) : null}
      <section className={styles.section}>
        <h2>Run</h2>
        <FactsTable rows={rows} className={styles.table} />
      </section>
      <section className={styles.section}>
        <h2>Parameters</h2>
        {parameters.length === 0 ? (
          <p>This run has no parameters.</p>
        ) : (
          <table className={styles.table}>
            <tbody>
              {parameters.map((p) => (
                <tr key={p.name}>
                  <th scope="row">{p.name}</th>
                  <td className={styles.mono}>{p.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className={styles.section}>
        <h2>State history</h2>
        {run.state_history.length === 0 ? (
          <p>No state changes recorded.</p>
        ) : (
          <table className={styles.table}>
            <tbody>
              {run.state_history.map((h, index) => (
                <tr key={`${h.update_time ?? ''}-${index}`}>
                  <th scope="row">
                    <DateTime value={h.update_time} />
                  </th>
                  <td>
                    <StatusBadge state={h.state} />{' '}
                    {h.error?.message ? (
                      <span className={styles.error}>{h.error.message}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
