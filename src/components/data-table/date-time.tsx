import styles from './data-table.module.css';

const FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const FULL = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });

/** Unset KFP timestamps come back as the epoch. */
const UNSET_BEFORE = Date.UTC(1971, 0, 1);

/** A point in time in the reader's locale, with the full date on hover; a dash when unset. */
export function DateTime({ value }: { readonly value: string | undefined }) {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  if (Number.isNaN(ms) || ms < UNSET_BEFORE) return <span aria-label="not set">–</span>;
  const date = new Date(ms);
  return (
    <time className={styles.nowrap} dateTime={date.toISOString()} title={FULL.format(date)}>
      {FORMAT.format(date)}
    </time>
  );
}
