const TIME = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const FULL = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });

/** A Kubernetes time to the second (events a few seconds apart must read apart); full date on hover. */
export function TimeText({ value }: { readonly value: string | undefined }) {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  if (Number.isNaN(ms)) return <span aria-label="not set">–</span>;
  const date = new Date(ms);
  return (
    <time dateTime={date.toISOString()} title={FULL.format(date)}>
      {TIME.format(date)}
    </time>
  );
}
