import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DateTime } from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import { paths } from '@/lib/paths.ts';
import { recurringRunDetailQueries } from '../../api/recurring-run-detail-queries.ts';
import { describeTrigger, rawTrigger } from '../../model/trigger.ts';
import styles from './recurring-run-details.module.css';
import { RecurringRunRuns } from './recurring-run-runs.tsx';

export interface RecurringRunDetailsProps {
  readonly recurringRun: RecurringRun;
  readonly namespace: string | undefined;
}

function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The trigger in words, settings, parameters and the runs of one recurring run. */
export function RecurringRunDetails({ recurringRun, namespace }: RecurringRunDetailsProps) {
  const queries = recurringRunDetailQueries(useKfpClient());
  const ref = recurringRun.pipeline_version_reference;
  const versionId = ref?.pipeline_version_id ?? recurringRun.pipeline_version_id ?? '';
  const names = useQuery(
    queries.names(ref?.pipeline_id ?? '', versionId, recurringRun.experiment_id),
  );
  const trigger = recurringRun.trigger;
  const times = trigger?.cron_schedule ?? trigger?.periodic_schedule;
  const parameters = Object.entries(recurringRun.runtime_config?.parameters ?? {});

  return (
    <div className={styles.layout}>
      <section className={styles.card} aria-labelledby="rr-schedule">
        <h2 id="rr-schedule">Schedule</h2>
        <p className={styles.trigger} style={{ margin: 0 }}>
          {describeTrigger(trigger)}
        </p>
        {rawTrigger(trigger) !== undefined && (
          <p className={styles.raw} style={{ margin: 0 }}>
            {rawTrigger(trigger)}
          </p>
        )}
        <dl className={styles.facts}>
          <dt>Status</dt>
          <dd>
            {recurringRun.status === 'ENABLED'
              ? 'Enabled'
              : recurringRun.status === 'DISABLED'
                ? 'Disabled'
                : 'Unknown'}
          </dd>
          <dt>Starts</dt>
          <dd>{times?.start_time ? <DateTime value={times.start_time} /> : 'When created'}</dd>
          <dt>Ends</dt>
          <dd>{times?.end_time ? <DateTime value={times.end_time} /> : 'Never'}</dd>
          <dt>Max concurrent runs</dt>
          <dd>{recurringRun.max_concurrency ?? '—'}</dd>
          <dt>Catch up missed runs</dt>
          <dd>{recurringRun.no_catchup ? 'No' : 'Yes'}</dd>
        </dl>
        {recurringRun.error && recurringRun.error.message !== '' && (
          <p className={styles.error} role="alert">
            {recurringRun.error.message}
          </p>
        )}
      </section>

      <section className={styles.card} aria-labelledby="rr-details">
        <h2 id="rr-details">Details</h2>
        <dl className={styles.facts}>
          <dt>Pipeline</dt>
          <dd>
            {ref?.pipeline_id ? (
              <Link
                to={paths.pipeline(ref.pipeline_id, {
                  ns: namespace,
                  version: versionId || undefined,
                })}
              >
                {names.data?.pipeline ?? ref.pipeline_id}
              </Link>
            ) : (
              'Pipeline spec stored with the recurring run'
            )}
          </dd>
          <dt>Version</dt>
          <dd>
            {ref?.pipeline_id && versionId === ''
              ? 'Always the latest version'
              : (names.data?.version ?? (versionId || '—'))}
          </dd>
          <dt>Experiment</dt>
          <dd>
            {recurringRun.experiment_id ? (
              <Link to={paths.experiment(recurringRun.experiment_id, { ns: namespace })}>
                {names.data?.experiment ?? recurringRun.experiment_id}
              </Link>
            ) : (
              '—'
            )}
          </dd>
          <dt>Description</dt>
          <dd>{recurringRun.description || '—'}</dd>
          <dt>Service account</dt>
          <dd>{recurringRun.service_account || 'Default'}</dd>
          {recurringRun.runtime_config?.pipeline_root && (
            <>
              <dt>Pipeline root</dt>
              <dd className={styles.mono}>{recurringRun.runtime_config.pipeline_root}</dd>
            </>
          )}
          <dt>Created</dt>
          <dd>
            <DateTime value={recurringRun.created_at} />
          </dd>
        </dl>
      </section>

      <section className={styles.card} aria-labelledby="rr-parameters">
        <h2 id="rr-parameters">Parameters</h2>
        {parameters.length === 0 ? (
          <p className={styles.message}>No parameters set: runs use the pipeline's defaults.</p>
        ) : (
          <table className={styles.table} aria-label="Parameters">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {parameters.map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td className={styles.mono}>{valueText(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={styles.card} aria-labelledby="rr-runs">
        <h2 id="rr-runs">Runs</h2>
        <RecurringRunRuns
          recurringRunId={recurringRun.recurring_run_id}
          namespace={namespace}
          scheduleEnabled={recurringRun.status === 'ENABLED'}
        />
      </section>
    </div>
  );
}
