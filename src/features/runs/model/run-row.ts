import type { Run } from '@/lib/kfp/wire/run.ts';
import type { RuntimeState, StorageState } from '@/lib/kfp/wire/common.ts';
import { runDuration } from './duration';

/** Names found by one of the page's lookups; `pending` while the lookup is still on its way. */
export interface NameLookup {
  readonly names: ReadonlyMap<string, string>;
  readonly pending: boolean;
}

export interface NameLookups {
  readonly experiments: NameLookup;
  readonly pipelines: NameLookup;
}

/** A referenced object: its name when the lookup found it, `pending` while the lookup runs. */
export interface NamedRef {
  readonly id: string;
  readonly name: string | undefined;
  readonly pending: boolean;
}

function namedRef(id: string, lookup: NameLookup): NamedRef {
  const name = lookup.names.get(id);
  return { id, name, pending: name === undefined && lookup.pending };
}

export type RunPipeline =
  | { readonly kind: 'version'; readonly pipeline: NamedRef; readonly versionId: string | undefined }
  | { readonly kind: 'inline'; readonly name: string | undefined };

/** What one row of the runs table shows. */
export interface RunRow {
  readonly id: string;
  readonly name: string;
  readonly state: RuntimeState;
  readonly storageState: StorageState;
  readonly duration: string | undefined;
  readonly createdAt: string | undefined;
  readonly experiment: NamedRef | undefined;
  readonly pipeline: RunPipeline | undefined;
  readonly recurringRunId: string | undefined;
}

export const ACTIVE_RUN_STATES: readonly RuntimeState[] = ['PENDING', 'RUNNING', 'CANCELING'];

export function isActiveState(state: RuntimeState): boolean {
  return ACTIVE_RUN_STATES.includes(state);
}

/** Whether the list should keep refreshing: some run on the page can still change state. */
export function hasActiveRun(runs: readonly Pick<Run, 'state'>[]): boolean {
  return runs.some((run) => isActiveState(run.state));
}

function stringAt(value: unknown, ...path: readonly string[]): string | undefined {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = Object.entries(current).find(([name]) => name === key)?.[1];
  }
  return typeof current === 'string' && current !== '' ? current : undefined;
}

/** The name inside an inline spec: v2 IR `pipelineInfo.name`, or an Argo Workflow's `metadata.(generate)name`. */
export function inlineSpecName(spec: Readonly<Record<string, unknown>>): string | undefined {
  return (
    stringAt(spec, 'pipelineInfo', 'name') ??
    stringAt(spec, 'pipeline_spec', 'pipelineInfo', 'name') ??
    stringAt(spec, 'metadata', 'name') ??
    stringAt(spec, 'metadata', 'generateName')
  );
}

export function pipelineIdOf(run: Pick<Run, 'pipeline_version_reference'>): string | undefined {
  const id = run.pipeline_version_reference?.pipeline_id;
  return id === undefined || id === '' ? undefined : id;
}

function pipelineOf(run: Run, pipelines: NameLookup): RunPipeline | undefined {
  const pipelineId = pipelineIdOf(run);
  if (pipelineId !== undefined) {
    const versionId = run.pipeline_version_reference?.pipeline_version_id ?? run.pipeline_version_id;
    return { kind: 'version', pipeline: namedRef(pipelineId, pipelines), versionId: versionId === '' ? undefined : versionId };
  }
  if (run.pipeline_spec !== undefined) return { kind: 'inline', name: inlineSpecName(run.pipeline_spec) };
  return undefined;
}

export function toRunRow(run: Run, lookups: NameLookups): RunRow {
  return {
    id: run.run_id,
    name: run.display_name || run.run_id,
    state: run.state,
    storageState: run.storage_state,
    duration: runDuration(run.created_at, run.finished_at),
    createdAt: run.created_at,
    experiment: run.experiment_id === '' ? undefined : namedRef(run.experiment_id, lookups.experiments),
    pipeline: pipelineOf(run, lookups.pipelines),
    recurringRunId: run.recurring_run_id === '' ? undefined : run.recurring_run_id,
  };
}

/** Distinct, sorted ids (stable query keys for the lookups). */
export function distinctIds(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined && id !== ''))].sort();
}

/** The experiment and pipeline ids a page of runs refers to — one lookup request each. */
export function lookupIds(runs: readonly Run[]): { readonly experimentIds: string[]; readonly pipelineIds: string[] } {
  return {
    experimentIds: distinctIds(runs.map((run) => run.experiment_id)),
    pipelineIds: distinctIds(runs.map((run) => pipelineIdOf(run))),
  };
}
