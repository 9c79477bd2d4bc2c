import { dateFormats } from '@/lib/date-formats.ts';

/** A Kubernetes time to the second (events a few seconds apart must read apart); full date on hover. */
export function TimeText({ value }: { readonly value: string | undefined }) {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  if (Number.isNaN(ms)) return <span aria-label="not set">–</span>;
  const date = new Date(ms);
  const { seconds, full } = dateFormats();
  return (
    <time dateTime={date.toISOString()} title={full.format(date)}>
      {seconds.format(date)}
    </time>
  );
}
