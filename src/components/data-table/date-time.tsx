import { dateFormats } from '@/lib/date-formats.ts';
import styles from './data-table.module.css';

/** Unset KFP timestamps come back as the epoch. */
const UNSET_BEFORE = Date.UTC(1971, 0, 1);

/** A point in time in the reader's locale, with the full date on hover; a dash when unset. */
export function DateTime({ value }: { readonly value: string | undefined }) {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  if (Number.isNaN(ms) || ms < UNSET_BEFORE) return <span aria-label="not set">–</span>;
  const date = new Date(ms);
  const { short, full } = dateFormats();
  return (
    <time className={styles.nowrap} dateTime={date.toISOString()} title={full.format(date)}>
      {short.format(date)}
    </time>
  );
}
