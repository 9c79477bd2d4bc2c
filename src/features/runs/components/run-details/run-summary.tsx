import type { ReactNode } from 'react';
import { DateTime } from '@/components/data-table/date-time.tsx';
import { formatDuration, instant } from '@/lib/duration.ts';
import type { RunParameterValue } from '../../model/run-detail.ts';
import styles from './run-details.module.css';

export interface RunSummaryProps {
  readonly createdAt: string | undefined;
  readonly finishedAt: string | undefined;
  readonly active: boolean;
  /** Links built by the route (experiment, pipeline version, recurring run). */
  readonly links: readonly { readonly label: string; readonly content: ReactNode }[];
  readonly parameters: readonly RunParameterValue[];
  /** Now, for the running duration (the route passes the poll time so it advances with the data). */
  readonly now: number;
}

/** Under the run's title: timing, duration, where it comes from, and its parameters. */
export function RunSummary({
  createdAt,
  finishedAt,
  active,
  links,
  parameters,
  now,
}: RunSummaryProps) {
  const start = instant(createdAt);
  const end = instant(finishedAt);
  const duration =
    start === undefined
      ? undefined
      : end !== undefined
        ? end - start
        : active
          ? now - start
          : undefined;
  return (
    <>
      <dl className={styles.summary}>
        <div>
          <dt>Started</dt>
          <dd>
            <DateTime value={createdAt} />
          </dd>
        </div>
        <div>
          <dt>Finished</dt>
          <dd>{active ? 'still running' : <DateTime value={finishedAt} />}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>
            {duration === undefined ? '–' : `${formatDuration(duration)}${active ? ' so far' : ''}`}
          </dd>
        </div>
        {links.map((link) => (
          <div key={link.label}>
            <dt>{link.label}</dt>
            <dd>{link.content}</dd>
          </div>
        ))}
      </dl>
      {parameters.length > 0 ? (
        <ul className={styles.params} aria-label="Run parameters">
          {parameters.map((p) => (
            <li key={p.name} className={styles.param}>
              {p.name} = {p.value}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
