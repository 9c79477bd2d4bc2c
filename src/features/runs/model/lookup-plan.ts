import type { Run } from '@/lib/kfp/wire/run.ts';

/**
 * The names a page of runs refers to and how they are looked up without one request per row.
 *
 * KFP's v2beta1 API gives each kind of name to ONE list request with an `IN` filter on ids, except
 * pipeline versions: they can only be listed per pipeline (`/pipelines/{id}/versions`), so a page
 * whose runs use k pipelines needs k version lookups. They all run in parallel, as soon as the list
 * answered; an id that an earlier lookup covers (in this tab's query cache, finished or still running)
 * or whose name browser storage keeps (`name-store.ts`) is never asked for again. The number of
 * requests is reported by `npm run bench`, not budgeted: names at first paint matter more.
 */
export type LookupKind = 'experiments' | 'versions' | 'recurring-runs';

export type Lookup =
  | { readonly kind: 'experiments'; readonly ids: readonly string[] }
  | { readonly kind: 'versions'; readonly pipelineId: string; readonly ids: readonly string[] }
  | { readonly kind: 'recurring-runs'; readonly ids: readonly string[] };

/** Ids a page refers to, per kind; versions grouped by pipeline with the number of rows using them. */
export interface PageRefs {
  readonly experimentIds: readonly string[];
  readonly versions: readonly {
    readonly pipelineId: string;
    readonly ids: readonly string[];
    readonly rows: number;
  }[];
  readonly recurringRunIds: readonly string[];
}

/**
 * What the page knows of an id before it plans: `stored` (its name is known), a cached lookup that
 * covers it (finished or running: the page waits for that one), or nothing (it needs a new lookup).
 */
export type Coverage = (kind: LookupKind, id: string) => 'stored' | Lookup | undefined;

/** Distinct, sorted ids (stable query keys). */
export function distinctIds(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined && id !== ''))].sort();
}

/** The version a run was made from; undefined for an inline spec or a reference to the latest version. */
export function versionRefOf(
  run: Pick<Run, 'pipeline_version_reference' | 'pipeline_version_id'>,
): { readonly pipelineId: string; readonly versionId: string | undefined } | undefined {
  const pipelineId = run.pipeline_version_reference?.pipeline_id ?? '';
  if (pipelineId === '') return undefined;
  const versionId =
    run.pipeline_version_reference?.pipeline_version_id || run.pipeline_version_id || undefined;
  return { pipelineId, versionId };
}

export function pageRefs(runs: readonly Run[]): PageRefs {
  const byPipeline = new Map<string, { ids: string[]; rows: number }>();
  for (const run of runs) {
    const ref = versionRefOf(run);
    if (ref?.versionId === undefined) continue;
    const group = byPipeline.get(ref.pipelineId) ?? { ids: [], rows: 0 };
    group.ids.push(ref.versionId);
    group.rows += 1;
    byPipeline.set(ref.pipelineId, group);
  }
  return {
    experimentIds: distinctIds(runs.map((run) => run.experiment_id)),
    versions: [...byPipeline.entries()]
      .map(([pipelineId, group]) => ({ pipelineId, ids: distinctIds(group.ids), rows: group.rows }))
      .sort((a, b) => b.rows - a.rows || a.pipelineId.localeCompare(b.pipelineId)),
    recurringRunIds: distinctIds(runs.map((run) => run.recurring_run_id)),
  };
}

/** The identity of a lookup (its query key part): kind, pipeline and sorted ids. */
export function lookupSignature(lookup: Lookup): string {
  return JSON.stringify([
    lookup.kind,
    lookup.kind === 'versions' ? lookup.pipelineId : '',
    lookup.ids,
  ]);
}

/**
 * The lookups that name a page: the cached ones that already cover some of its ids (the page waits
 * for those instead of asking again), then one new lookup per kind (versions: per pipeline) for the
 * ids nothing covers, in order of use: experiments (when the column shows), versions of the pipeline
 * most rows use first, recurring runs. All of them run at once.
 */
export function planLookups(
  refs: PageRefs,
  coverage: Coverage,
  options: { readonly showExperiment: boolean },
): Lookup[] {
  const existing = new Map<string, Lookup>();
  const fresh: Lookup[] = [];
  const plan = (kind: LookupKind, ids: readonly string[], make: (ids: string[]) => Lookup) => {
    const uncovered: string[] = [];
    for (const id of ids) {
      const covered = coverage(kind, id);
      if (covered === undefined) uncovered.push(id);
      else if (covered !== 'stored') existing.set(lookupSignature(covered), covered);
    }
    if (uncovered.length > 0) fresh.push(make(uncovered));
  };
  if (options.showExperiment)
    plan('experiments', refs.experimentIds, (ids) => ({ kind: 'experiments', ids }));
  for (const group of refs.versions)
    plan('versions', group.ids, (ids) => ({
      kind: 'versions',
      pipelineId: group.pipelineId,
      ids,
    }));
  plan('recurring-runs', refs.recurringRunIds, (ids) => ({ kind: 'recurring-runs', ids }));
  return [...existing.values(), ...fresh];
}

/** A stable text of everything a page's plan depends on: the same page polled again plans nothing new. */
export function refsSignature(refs: PageRefs, showExperiment: boolean): string {
  return JSON.stringify([
    showExperiment,
    refs.experimentIds,
    refs.versions.map((group) => [group.pipelineId, group.ids]),
    refs.recurringRunIds,
  ]);
}
