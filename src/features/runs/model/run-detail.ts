import type { RuntimeState } from '@/lib/kfp/wire/common.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import type { V1RunDetail } from '@/lib/kfp/wire/v1-run.ts';
import { isActiveState } from './run-row.ts';

/** Where a run's pipeline spec comes from. */
export type RunSpecSource =
  | { readonly kind: 'inline'; readonly spec: Readonly<Record<string, unknown>> }
  | { readonly kind: 'version'; readonly pipelineId: string; readonly versionId: string }
  | { readonly kind: 'none' };

export function specOfRun(
  run: Pick<Run, 'pipeline_spec' | 'pipeline_version_reference' | 'pipeline_version_id'>,
): RunSpecSource {
  if (run.pipeline_spec !== undefined && Object.keys(run.pipeline_spec).length > 0)
    return { kind: 'inline', spec: run.pipeline_spec };
  const reference = run.pipeline_version_reference;
  const versionId = reference?.pipeline_version_id ?? run.pipeline_version_id;
  if (
    reference !== undefined &&
    reference.pipeline_id !== '' &&
    versionId !== undefined &&
    versionId !== ''
  ) {
    return { kind: 'version', pipelineId: reference.pipeline_id, versionId };
  }
  return { kind: 'none' };
}

export function isActiveRunState(state: RuntimeState): boolean {
  return isActiveState(state);
}

/** A kfp 1.x pipeline: its spec is an Argo Workflow, and its run state comes from the v1beta1 API. */
export function isArgoWorkflow(spec: unknown): boolean {
  if (typeof spec !== 'object' || spec === null) return false;
  const kind = 'kind' in spec ? spec.kind : undefined;
  const apiVersion = 'apiVersion' in spec ? spec.apiVersion : undefined;
  return (
    kind === 'Workflow' || (typeof apiVersion === 'string' && apiVersion.startsWith('argoproj.io/'))
  );
}

export const RUN_TABS = ['graph', 'output', 'details', 'spec'] as const;
export type RunTab = (typeof RUN_TABS)[number];
export const RUN_TAB_LABELS: Readonly<Record<RunTab, string>> = {
  graph: 'Graph',
  output: 'Run output',
  details: 'Details',
  spec: 'Spec',
};

export const NODE_TABS = ['io', 'details', 'logs', 'visualizations', 'pod', 'events'] as const;
export type NodeTab = (typeof NODE_TABS)[number];
export const NODE_TAB_LABELS: Readonly<Record<NodeTab, string>> = {
  io: 'Inputs / outputs',
  details: 'Details',
  logs: 'Logs',
  visualizations: 'Visualizations',
  pod: 'Pod',
  events: 'Events',
};

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

export function parseRunTab(value: string | null): RunTab {
  return oneOf(RUN_TABS, value, 'graph');
}

export function parseNodeTab(value: string | null): NodeTab {
  return oneOf(NODE_TABS, value, 'io');
}

export interface RunParameterValue {
  readonly name: string;
  readonly value: string;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The run's parameters: v2 `runtime_config.parameters` (native JSON), v1 `pipeline_spec.parameters` (strings). */
export function runParameters(
  run: Pick<Run, 'runtime_config'>,
  v1: V1RunDetail | undefined,
): RunParameterValue[] {
  const fromV2 = Object.entries(run.runtime_config?.parameters ?? {}).map(([name, value]) => ({
    name,
    value: text(value),
  }));
  if (fromV2.length > 0 || v1 === undefined) return fromV2;
  return v1.run.pipeline_spec.parameters.map((p) => ({ name: p.name, value: p.value }));
}

export interface RunActions {
  readonly terminate: boolean;
  readonly retry: boolean;
  readonly archive: boolean;
  readonly restore: boolean;
}

/** Which actions make sense now: terminate while active, retry after a failure, archive or restore. */
export function availableActions(run: Pick<Run, 'state' | 'storage_state'>): RunActions {
  const archived = run.storage_state === 'ARCHIVED';
  return {
    terminate: run.state === 'PENDING' || run.state === 'RUNNING' || run.state === 'PAUSED',
    retry: run.state === 'FAILED',
    archive: !archived,
    restore: archived,
  };
}

/** A v1 run's experiment, from its resource references (v2 runs say `experiment_id`). */
export function experimentIdOf(
  run: Pick<Run, 'experiment_id'>,
  v1: V1RunDetail | undefined,
): string | undefined {
  if (run.experiment_id !== '') return run.experiment_id;
  return v1?.run.resource_references.find((r) => r.type === 'EXPERIMENT')?.id || undefined;
}
