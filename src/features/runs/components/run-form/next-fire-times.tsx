import { useEffect, useId, useState } from 'react';
import { nextFireTimes, parseCron } from '../../model/cron-schedule.ts';
import styles from './run-form.module.css';

export interface NextFireTimesProps {
  readonly cron: string;
  /** RFC 3339 or `datetime-local` text; empty for none. */
  readonly start: string;
  readonly end: string;
}

const COUNT = 5;

function dateOrUndefined(text: string): Date | undefined {
  if (text.trim() === '') return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const utc = (date: Date) => `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
const local = (date: Date) =>
  date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The schedule's next five fire times, as KFP's scheduler computes them (UTC by default). */
export function NextFireTimes({ cron, start, end }: NextFireTimesProps) {
  const labelId = useId();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const parsed = parseCron(cron);
  if (!parsed.ok) return null;
  const times = nextFireTimes(parsed.spec, now, COUNT, {
    start: dateOrUndefined(start),
    end: dateOrUndefined(end),
  });
  return (
    <div className={styles.fireTimes}>
      <p className={styles.label} id={labelId}>
        Next {COUNT} runs
      </p>
      {times.length === 0 ? (
        <p className={styles.help}>None: the schedule never fires again before its end.</p>
      ) : (
        <ol aria-labelledby={labelId}>
          {times.map((time) => (
            <li key={time.getTime()}>
              <time dateTime={time.toISOString()}>{utc(time)}</time>{' '}
              <span className={styles.help}>({local(time)} here)</span>
            </li>
          ))}
        </ol>
      )}
      {times.length > 0 && times.length < COUNT && (
        <p className={styles.help}>The schedule ends after these.</p>
      )}
      <p className={styles.help}>
        KFP&apos;s scheduler reads cron in its own time zone, UTC unless the cluster sets
        CRON_SCHEDULE_TIMEZONE.
      </p>
    </div>
  );
}
