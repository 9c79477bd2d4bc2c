/**
 * Plain-data views of a run's ML Metadata shared by the run page and compare (no protobuf code:
 * these cost nothing until the MLMD chunk has answered).
 */
import type { MlmdArtifact, MlmdEvent, MlmdExecution, RunMetadata } from './types.ts';

export interface NamedArtifact {
  /** The input or output name the event gives. */
  readonly name: string;
  readonly artifact: MlmdArtifact;
}

/** An execution's artifacts of one direction, by the event's input/output name. */
export interface LinkedArtifacts {
  readonly inputs: ReadonlyMap<string, readonly NamedArtifact[]>;
  readonly outputs: ReadonlyMap<string, readonly NamedArtifact[]>;
}

export function linkArtifacts(
  artifacts: readonly MlmdArtifact[],
  events: readonly MlmdEvent[],
): LinkedArtifacts {
  const byId = new Map(artifacts.map((a) => [a.id, a]));
  const inputs = new Map<string, NamedArtifact[]>();
  const outputs = new Map<string, NamedArtifact[]>();
  for (const event of events) {
    const artifact = byId.get(event.artifactId);
    if (!artifact) continue;
    const target = event.type === 'INPUT' ? inputs : event.type === 'OUTPUT' ? outputs : undefined;
    if (!target) continue;
    const list = target.get(event.executionId) ?? [];
    list.push({ name: event.name || artifact.displayName, artifact });
    target.set(event.executionId, list);
  }
  return { inputs, outputs };
}

/** Outputs in the shape of a `tasks[]` task's `outputs` (kfp-api/v2beta1-tasks `IOArtifact`). */
export function taskShapedOutputs(
  execution: MlmdExecution,
  outputs: readonly NamedArtifact[],
): unknown {
  const groups = new Map<string, MlmdArtifact[]>();
  for (const { name, artifact } of outputs)
    groups.set(name, [...(groups.get(name) ?? []), artifact]);
  return {
    parameters: Object.entries(execution.outputs).map(([name, value]) => ({
      parameter_key: name,
      value,
    })),
    artifacts: [...groups].map(([key, list]) => ({
      artifact_key: key,
      artifacts: list.map((a) => ({
        artifact_id: a.id,
        name: a.name || key,
        type: a.type,
        uri: a.uri,
        metadata: a.metadata,
      })),
    })),
  };
}

/** A v2 task that wrote output artifacts, labelled with its loop iteration (`train #1`). */
export interface MlmdOutputTask {
  readonly executionId: string;
  readonly label: string;
  readonly outputs: unknown;
}

/** The container executions of a run that wrote artifacts, with their outputs in `tasks[]` shape. */
export function outputTasks(metadata: RunMetadata): MlmdOutputTask[] {
  const links = linkArtifacts(metadata.artifacts, metadata.events);
  const byId = new Map(metadata.executions.map((e) => [e.id, e]));
  const iterationOf = (execution: MlmdExecution): string | undefined => {
    const indexes: string[] = [];
    let parent = execution.parentDagId === undefined ? undefined : byId.get(execution.parentDagId);
    for (let depth = 0; parent !== undefined && depth < 32; depth++) {
      if (parent.iterationIndex !== undefined) indexes.unshift(String(parent.iterationIndex));
      parent = parent.parentDagId === undefined ? undefined : byId.get(parent.parentDagId);
    }
    return indexes.length === 0 ? undefined : indexes.join('.');
  };
  return metadata.executions.flatMap((execution) => {
    const outputs = links.outputs.get(execution.id) ?? [];
    if (outputs.length === 0 || execution.type === 'system.DAGExecution') return [];
    const name = execution.displayName || execution.taskName || execution.id;
    const iteration = iterationOf(execution);
    return [
      {
        executionId: execution.id,
        label: iteration === undefined ? name : `${name} #${iteration}`,
        outputs: taskShapedOutputs(execution, outputs),
      },
    ];
  });
}
