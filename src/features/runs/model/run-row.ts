import type { Run } from '@/lib/kfp/wire/run.ts';
import type { RuntimeState, StorageState } from '@/lib/kfp/wire/common.ts';
import { runDuration } from '@/lib/duration.ts';
import { versionRefOf, type LookupKind } from './lookup-plan.ts';

/** A referenced object: its name when a lookup found it (or storage kept it); `pending` while its lookup runs. */
export interface NamedRef {
  readonly id: string;
  readonly name: string | undefined;
  readonly pending: boolean;
}

/** What the page knows of the name of an id of a kind. */
export type ResolveName = (kind: LookupKind, id: string) => NamedRef;

export type RunPipeline =
  | {
      readonly kind: 'version';
      readonly pipelineId: string;
      readonly version: NamedRef | undefined;
    }
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
  readonly recurringRun: NamedRef | undefined;
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

function pipelineOf(run: Run, resolve: ResolveName): RunPipeline | undefined {
  const ref = versionRefOf(run);
  if (ref !== undefined)
    return {
      kind: 'version',
      pipelineId: ref.pipelineId,
      version: ref.versionId === undefined ? undefined : resolve('versions', ref.versionId),
    };
  if (run.pipeline_spec !== undefined)
    return { kind: 'inline', name: inlineSpecName(run.pipeline_spec) };
  return undefined;
}

export function toRunRow(run: Run, resolve: ResolveName): RunRow {
  return {
    id: run.run_id,
    name: run.display_name || run.run_id,
    state: run.state,
    storageState: run.storage_state,
    duration: runDuration(run.created_at, run.finished_at),
    createdAt: run.created_at,
    experiment: run.experiment_id === '' ? undefined : resolve('experiments', run.experiment_id),
    pipeline: pipelineOf(run, resolve),
    recurringRun:
      run.recurring_run_id === '' ? undefined : resolve('recurring-runs', run.recurring_run_id),
  };
}
