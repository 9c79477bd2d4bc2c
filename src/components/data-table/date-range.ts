function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** RFC 3339 instant → the local `YYYY-MM-DDTHH:mm` an `<input type="datetime-local">` shows; '' if invalid. */
export function toDateTimeLocal(iso: string | undefined): string {
  if (iso === undefined) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `<input type="datetime-local">` value (local time) → RFC 3339 UTC instant, or undefined for '' / invalid. */
export function fromDateTimeLocal(local: string): string | undefined {
  if (local === '') return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A URL value that should be an RFC 3339 instant; undefined when missing or unreadable. */
export function parseInstant(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
