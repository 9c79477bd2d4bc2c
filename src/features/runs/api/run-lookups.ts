import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { listExperiments } from '@/lib/kfp/experiments.ts';
import { oneOf } from '@/lib/kfp/filter.ts';
import { listPipelineVersions } from '@/lib/kfp/pipelines.ts';
import { listRecurringRuns } from '@/lib/kfp/recurring-runs.ts';
import type { Lookup, LookupKind } from '../model/lookup-plan.ts';
import { runKeys } from './run-keys.ts';

/** Names barely change: a lookup is fresh this long, and kept (for later pages) this long unused. */
const NAMES_STALE_MS = 5 * 60_000;
const NAMES_GC_MS = 15 * 60_000;

/** What one lookup found: the lookup itself (its ids are now known) and the names of those that exist. */
export interface LookupResult {
  readonly lookup: Lookup;
  readonly names: ReadonlyMap<string, string>;
}

async function namesOf(
  client: KfpClient,
  namespace: string | undefined,
  lookup: Lookup,
  signal: AbortSignal,
): Promise<[string, string][]> {
  const request = {
    pageSize: lookup.ids.length,
    filter: { predicates: [oneOf(idKey(lookup.kind), lookup.ids)] },
  };
  switch (lookup.kind) {
    case 'experiments':
      return (await listExperiments(client, { ...request, namespace }, signal)).items.map((e) => [
        e.experiment_id,
        e.display_name,
      ]);
    case 'versions':
      // Versions are listable per pipeline only (whatever its scope: the namespace's or shared).
      return (await listPipelineVersions(client, lookup.pipelineId, request, signal)).items.map(
        (v) => [v.pipeline_version_id, v.display_name || v.name],
      );
    case 'recurring-runs':
      return (await listRecurringRuns(client, { ...request, namespace }, signal)).items.map((r) => [
        r.recurring_run_id,
        r.display_name,
      ]);
  }
}

function idKey(kind: LookupKind) {
  switch (kind) {
    case 'experiments':
      return 'experiment_id' as const;
    case 'versions':
      return 'pipeline_version_id' as const;
    case 'recurring-runs':
      return 'recurring_run_id' as const;
  }
}

/** Name lookups of pages of runs, bound to the app's one client: each is ONE list request with `IN`. */
export function runLookupQueries(client: KfpClient) {
  return {
    lookup: (namespace: string | undefined, lookup: Lookup) =>
      queryOptions({
        queryKey: runKeys.lookup(namespace, lookup),
        queryFn: async ({ signal }): Promise<LookupResult> => ({
          lookup,
          names: new Map(await namesOf(client, namespace, lookup, signal)),
        }),
        staleTime: NAMES_STALE_MS,
        gcTime: NAMES_GC_MS,
      }),
  };
}

/** Every name the cached lookups of a namespace found, and which lookup covers each id (found or not, finished or running). */
export interface NameIndex {
  readonly names: ReadonlyMap<string, string>;
  readonly covering: ReadonlyMap<string, Lookup>;
}

export const indexKey = (kind: LookupKind, id: string) => `${kind}:${id}`;

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A lookup as it stands in a query key (the cache holds only what this module put there). */
function lookupOf(value: unknown): Lookup | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kind = 'kind' in value ? value.kind : undefined;
  const ids = 'ids' in value ? value.ids : undefined;
  if (!isStringList(ids)) return undefined;
  if (kind === 'experiments' || kind === 'recurring-runs') return { kind, ids };
  if (kind === 'versions' && 'pipelineId' in value && typeof value.pipelineId === 'string')
    return { kind, pipelineId: value.pipelineId, ids };
  return undefined;
}

export function nameIndex(queryClient: QueryClient, namespace: string | undefined): NameIndex {
  const names = new Map<string, string>();
  const covering = new Map<string, Lookup>();
  const filters = { queryKey: runKeys.lookups(namespace) };
  for (const query of queryClient.getQueryCache().findAll(filters)) {
    const lookup = lookupOf(query.queryKey.at(-1));
    if (lookup !== undefined)
      for (const id of lookup.ids) covering.set(indexKey(lookup.kind, id), lookup);
  }
  for (const [, result] of queryClient.getQueriesData<LookupResult>(filters)) {
    if (result === undefined) continue;
    for (const [id, name] of result.names) names.set(indexKey(result.lookup.kind, id), name);
  }
  return { names, covering };
}
