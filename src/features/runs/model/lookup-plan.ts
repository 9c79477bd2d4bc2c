import type { Run } from '@/lib/kfp/wire/run.ts';

/**
 * The names a page of runs refers to and how they are looked up without one request per row.
 *
 * KFP's v2beta1 API gives each kind of name to ONE list request with an `IN` filter on ids, except
 * pipeline versions: they can only be listed per pipeline (`/pipelines/{id}/versions`), so a page
 * whose runs use k pipelines needs k version lookups. To keep a page of runs within its request
 * budget (the runs list plus `LOOKUP_BUDGET` lookups, in every case), a page asks only for names
 * nobody looked up before (cached per namespace, and found names kept across reloads and tabs:
 * `name-store.ts`) and, of those, for the most useful ones
 * first; what does not fit is looked up by the next page that shows it (paging, a filter, a revisit),
 * or at once when the user asks ("Load names": requests they chose, outside the automatic budget).
 */
export type LookupKind = 'experiments' | 'versions' | 'recurring-runs';

export type Lookup =
  | { readonly kind: 'experiments'; readonly ids: readonly string[] }
  | { readonly kind: 'versions'; readonly pipelineId: string; readonly ids: readonly string[] }
  | { readonly kind: 'recurring-runs'; readonly ids: readonly string[] };

/** Lookup requests a page may make besides the runs list itself: 3 requests in all. */
export const LOOKUP_BUDGET = 2;

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

/** Whether an id of a kind was looked up before (found or not): it needs no request. */
export type IsKnown = (kind: LookupKind, id: string) => boolean;

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

/**
 * At most `budget` lookups for the names of a page that are not known yet, in order of use:
 * experiment names (when the column shows), then the versions of the pipeline most rows use, then
 * of the next pipelines, then recurring-run names.
 */
export function planLookups(
  refs: PageRefs,
  isKnown: IsKnown,
  options: { readonly showExperiment: boolean; readonly budget?: number },
): Lookup[] {
  const unknown = (kind: LookupKind, ids: readonly string[]) =>
    ids.filter((id) => !isKnown(kind, id));
  const candidates: Lookup[] = [
    ...(options.showExperiment
      ? [{ kind: 'experiments' as const, ids: unknown('experiments', refs.experimentIds) }]
      : []),
    ...refs.versions.map((group) => ({
      kind: 'versions' as const,
      pipelineId: group.pipelineId,
      ids: unknown('versions', group.ids),
    })),
    { kind: 'recurring-runs' as const, ids: unknown('recurring-runs', refs.recurringRunIds) },
  ];
  return candidates
    .filter((lookup) => lookup.ids.length > 0)
    .slice(0, options.budget ?? LOOKUP_BUDGET);
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
