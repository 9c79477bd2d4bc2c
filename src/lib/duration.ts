/** Times before this are "not set": KFP answers 1970-01-01T00:00:00Z for a run that has not finished. */
const UNSET_BEFORE = Date.UTC(1971, 0, 1);

/** Milliseconds since the epoch of an RFC 3339 timestamp, or undefined when absent or a zero value. */
export function instant(timestamp: string | undefined): number | undefined {
  if (timestamp === undefined) return undefined;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) || ms < UNSET_BEFORE ? undefined : ms;
}

/** `H:MM:SS` like the KFP UI; durations of a day or more read `2d 3:04:05`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const clock = `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

/**
 * How long a run took, from its creation to its end. A run that has not finished has no duration
 * (the list shows a dash; its state says it is still going).
 */
export function runDuration(
  createdAt: string | undefined,
  finishedAt: string | undefined,
): string | undefined {
  const start = instant(createdAt);
  const end = instant(finishedAt);
  if (start === undefined || end === undefined || end < start) return undefined;
  return formatDuration(end - start);
}
