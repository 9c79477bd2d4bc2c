import type {
  Artifact,
  Context,
  Execution,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { contextMessage } from './messages.ts';
import { sortedNodes, type SortedNodes } from './sorted-nodes.ts';
import type { ResolvedRun } from './store.ts';
import type { TypeRegistry } from './type-registry.ts';

/**
 * Every run's records together, as of one moment: what list calls and filters read. Built from the
 * resolved runs when one of them changed, and kept (with its sorted orders) until another does, so a
 * list call costs its page, not the store.
 */
export interface MlmdIndex {
  /** The runs, in the order ML Metadata first saw them (creation time, then id; deleted runs last). */
  readonly runs: readonly ResolvedRun[];
  readonly artifacts: SortedNodes<Artifact>;
  readonly executions: SortedNodes<Execution>;
  /** Pipeline and run contexts. */
  readonly contexts: SortedNodes<Context>;
  readonly contextList: readonly Context[];
  run(runId: string): ResolvedRun | undefined;
  runsOfArtifact(id: bigint): readonly ResolvedRun[];
  runOfExecution(id: bigint): ResolvedRun | undefined;
  runsOfPipeline(name: string): readonly ResolvedRun[];
  pipelineContext(name: string): Context | undefined;
}

export function buildIndex(runs: readonly ResolvedRun[], types: TypeRegistry): MlmdIndex {
  const artifacts = new Map<bigint, Artifact>();
  const artifactRuns = new Map<bigint, ResolvedRun[]>();
  const executions = new Map<bigint, Execution>();
  const executionRun = new Map<bigint, ResolvedRun>();
  const pipelineRuns = new Map<string, ResolvedRun[]>();
  for (const run of runs) {
    for (const artifact of run.artifacts) {
      // One message per id; a later run's copy replaces an earlier one in place (Map order kept).
      artifacts.set(artifact.id, artifact);
      const owners = artifactRuns.get(artifact.id);
      if (owners) owners.push(run);
      else artifactRuns.set(artifact.id, [run]);
    }
    for (const execution of run.executions) {
      executions.set(execution.id, execution);
      executionRun.set(execution.id, run);
    }
    const same = pipelineRuns.get(run.pipelineName);
    if (same) same.push(run);
    else pipelineRuns.set(run.pipelineName, [run]);
  }
  const pipelines = new Map<string, Context>();
  for (const [name, of] of pipelineRuns) {
    const [first] = of;
    if (!first) continue;
    pipelines.set(
      name,
      contextMessage({
        id: first.pipelineContextId,
        typeId: types.idOf('context', 'system.Pipeline'),
        type: 'system.Pipeline',
        name,
        createMs: Math.min(...of.map((r) => r.createMs)),
        props: {},
      }),
    );
  }
  const byRunId = new Map(runs.map((run) => [run.runId, run]));
  const contextList = [...pipelines.values(), ...runs.map((run) => run.runContext)];
  return {
    runs,
    artifacts: sortedNodes([...artifacts.values()]),
    executions: sortedNodes([...executions.values()]),
    contexts: sortedNodes(contextList),
    contextList,
    run: (runId) => byRunId.get(runId),
    runsOfArtifact: (id) => artifactRuns.get(id) ?? [],
    runOfExecution: (id) => executionRun.get(id),
    runsOfPipeline: (name) => pipelineRuns.get(name) ?? [],
    pipelineContext: (name) => pipelines.get(name),
  };
}
