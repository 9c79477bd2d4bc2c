import { isRecord } from '@/lib/parse/reader.ts';
import type { PipelineTask } from '@/lib/kfp/wire/task.ts';

/** A v2 task that wrote output artifacts (its visualizations are read from `outputs`). */
export interface V2OutputTask {
  readonly kind: 'v2';
  readonly taskId: string;
  /** The task's name, with its loop iteration when it ran inside a ParallelFor: `train-model #1`. */
  readonly label: string;
  readonly outputs: unknown;
}

/** A v1 (Argo) pod node with an `mlpipeline-ui-metadata` and/or `mlpipeline-metrics` output. */
export interface V1OutputNode {
  readonly kind: 'v1';
  readonly nodeId: string;
  readonly label: string;
  readonly uiMetadata: boolean;
  readonly metrics: boolean;
}

export type RunOutput = V2OutputTask | V1OutputNode;

function iterationOf(
  task: PipelineTask,
  byId: ReadonlyMap<string, PipelineTask>,
): string | undefined {
  const indexes: string[] = [];
  let parent = byId.get(task.parent_task_id);
  for (let depth = 0; parent !== undefined && depth < 32; depth++) {
    const index = parent.type_attributes.iteration_index;
    if (index !== undefined) indexes.unshift(index);
    parent = byId.get(parent.parent_task_id);
  }
  return indexes.length === 0 ? undefined : indexes.join('.');
}

function hasArtifacts(outputs: unknown): boolean {
  return isRecord(outputs) && Array.isArray(outputs.artifacts) && outputs.artifacts.length > 0;
}

/** The runtime tasks of a v2 run (`tasks[]`) that wrote artifacts, labelled with their loop iteration. */
export function v2OutputTasks(tasks: readonly PipelineTask[]): V2OutputTask[] {
  const byId = new Map(tasks.map((task) => [task.task_id, task]));
  return tasks
    .filter((task) => task.type === 'RUNTIME' && hasArtifacts(task.outputs))
    .map((task) => {
      const name = task.display_name || task.name || task.task_id;
      const iteration = iterationOf(task, byId);
      return {
        kind: 'v2',
        taskId: task.task_id,
        label: iteration === undefined ? name : `${name} #${iteration}`,
        outputs: task.outputs,
      };
    });
}

function artifactNames(node: Record<string, unknown>): string[] {
  const outputs = node.outputs;
  if (!isRecord(outputs) || !Array.isArray(outputs.artifacts)) return [];
  const artifacts: unknown[] = outputs.artifacts;
  return artifacts.flatMap((artifact) =>
    isRecord(artifact) && typeof artifact.name === 'string' ? [artifact.name] : [],
  );
}

const named = (names: readonly string[], suffix: string) =>
  names.some((name) => name === suffix || name.endsWith(`-${suffix}`));

/** The pod nodes of a v1 run's live Argo workflow (JSON text) that wrote ui-metadata or metrics. */
export function v1OutputNodes(workflowManifest: string): V1OutputNode[] {
  let workflow: unknown;
  try {
    workflow = JSON.parse(workflowManifest);
  } catch {
    return [];
  }
  const status = isRecord(workflow) ? workflow.status : undefined;
  const nodes = isRecord(status) ? status.nodes : undefined;
  if (!isRecord(nodes)) return [];
  const found: V1OutputNode[] = [];
  for (const [nodeId, node] of Object.entries(nodes)) {
    if (!isRecord(node) || node.type !== 'Pod') continue;
    const names = artifactNames(node);
    const uiMetadata = named(names, 'mlpipeline-ui-metadata');
    const metrics = named(names, 'mlpipeline-metrics');
    if (!uiMetadata && !metrics) continue;
    const label =
      typeof node.displayName === 'string' && node.displayName !== '' ? node.displayName : nodeId;
    found.push({ kind: 'v1', nodeId, label, uiMetadata, metrics });
  }
  return found.sort((a, b) => a.label.localeCompare(b.label));
}
