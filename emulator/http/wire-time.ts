/** RFC 3339 with whole seconds, as protojson prints KFP's second-precision timestamps. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The Unix epoch: what KFP answers for a timestamp it never set (e.g. finished_at of an active run). */
export const epoch = '1970-01-01T00:00:00Z';

/** An RFC 3339 time (any precision) cut to whole seconds, like every time KFP stores (*InSec). */
export function wholeSeconds(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : rfc3339(ms);
}
