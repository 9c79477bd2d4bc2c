import { paths } from '@/lib/paths.ts';

/**
 * The old KFP UI routes in the hash (`/pipeline/#/runs/details/<id>`); links to them live in wikis,
 * notebooks and chat. They map to our routes; anything else in the hash is left alone.
 */
const routes: readonly [RegExp, (m: readonly string[], q: URLSearchParams) => string][] = [
  [
    /^\/pipelines\/details\/([^/]+)\/version\/([^/]+)\/?$/,
    (m, q) => paths.pipeline(m[1] ?? '', { version: m[2], ns: ns(q) }),
  ],
  [/^\/pipelines\/details\/([^/]+)\/?$/, (m, q) => paths.pipeline(m[1] ?? '', { ns: ns(q) })],
  [/^\/runs\/details\/([^/]+)(\/.*)?$/, (m, q) => paths.run(m[1] ?? '', { ns: ns(q) })],
  [/^\/experiments\/details\/([^/]+)\/?$/, (m, q) => paths.experiment(m[1] ?? '', { ns: ns(q) })],
  [
    /^\/recurringrun\/details\/([^/]+)\/?$/,
    (m, q) => paths.recurringRun(m[1] ?? '', { ns: ns(q) }),
  ],
  [/^\/pipelines\/?$/, (_, q) => paths.pipelines({ ns: ns(q) })],
  [/^\/experiments\/?$/, (_, q) => paths.experiments({ ns: ns(q) })],
  [/^\/(runs|archive\/runs)\/?$/, (_, q) => paths.runs({ ns: ns(q) })],
  [/^\/archive\/experiments\/?$/, (_, q) => paths.experiments({ ns: ns(q) })],
  [/^\/recurringruns\/?$/, (_, q) => paths.recurringRuns({ ns: ns(q) })],
  [
    /^\/compare\/?$/,
    (_, q) => paths.compare((q.get('runlist') ?? '').split(',').filter(Boolean), { ns: ns(q) }),
  ],
];

function ns(query: URLSearchParams): string | undefined {
  return query.get('ns') ?? query.get('namespace') ?? undefined;
}

/** The new URL for an old hash link, or undefined when the hash is not one. */
export function legacyHashRedirect(hash: string): string | undefined {
  if (!hash.startsWith('#/')) return undefined;
  const [route = '', search = ''] = hash.slice(1).split('?', 2);
  let decoded: string;
  try {
    decoded = decodeURIComponent(route);
  } catch {
    return undefined;
  }
  const query = new URLSearchParams(search);
  for (const [pattern, target] of routes) {
    const match = pattern.exec(decoded);
    if (match) return target(match, query);
  }
  return undefined;
}
