import type {
  Artifact,
  Context,
  Event,
  Execution,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { contextKey, createIdSequence, executionKey } from './ids.ts';
import { artifactMessage, contextMessage, eventMessage, executionMessage } from './messages.ts';
import { buildIndex, type MlmdIndex } from './store-index.ts';
import { createTypeRegistry, type TypeRegistry } from './type-registry.ts';
import type { MlmdSource, PropValue, RunProjection, RunRef } from './types.ts';

/** One run's records with their ids. */
export interface ResolvedRun {
  readonly runId: string;
  readonly pipelineName: string;
  readonly createMs: number;
  readonly runContext: Context;
  readonly pipelineContextId: number;
  readonly executions: readonly Execution[];
  readonly artifacts: readonly Artifact[];
  readonly events: readonly Event[];
}

export interface MlmdStore {
  readonly types: TypeRegistry;
  /** The run as of now (a run deleted since keeps what it had, as MLMD does). */
  run(runId: string): ResolvedRun | undefined;
  /**
   * Every run as of now, together: brings up to date only the runs that may have changed (new or
   * changed records, runs still moving) and rebuilds the index only when one did.
   */
  index(): MlmdIndex;
  /** Every run, oldest first. */
  allRuns(): ResolvedRun[];
  runsOfPipeline(name: string): readonly ResolvedRun[];
  pipelineContext(name: string): Context | undefined;
  /** The run owning an execution id, the runs using an artifact id, what a context id names. */
  runOfExecution(id: number): ResolvedRun | undefined;
  runsOfArtifact(id: number): ResolvedRun[];
  context(id: number): Context | undefined;
}

const text = (value: string): PropValue => ({ kind: 'string', value });

const byTimeThenKey = <T extends { readonly createMs: number; readonly key: string }>(a: T, b: T) =>
  a.createMs - b.createMs || a.key.localeCompare(b.key);

/**
 * ML Metadata over the simulator: runs are projected when asked for and given ids in the order
 * their records appeared (creation time, then key), so an id never depends on when it was read.
 */
export function createMlmdStore(source: MlmdSource): MlmdStore {
  const types = createTypeRegistry();
  const executions = createIdSequence();
  const artifacts = createIdSequence();
  const contexts = createIdSequence();
  const resolved = new Map<string, { projection: RunProjection; run: ResolvedRun }>();
  const artifactRuns = new Map<number, Set<string>>();
  // What the last index() saw of each run: its record object, and whether it had stopped moving.
  const seen = new Map<string, { ref: RunRef; settled: boolean }>();
  // Bumped whenever a run resolves to new records; the index is rebuilt when it moved.
  let generation = 0;
  let built: { generation: number; index: MlmdIndex } | undefined;

  function resolve(projection: RunProjection): ResolvedRun {
    const { runId } = projection;
    // A cache hit names the execution it reuses: the (older) runs it reuses get their ids first.
    for (const execution of projection.executions) {
      const from = execution.cachedFrom?.runId;
      if (from !== undefined && from !== runId) run(from);
    }
    const pipelineContextId = contexts.idOf(contextKey.pipeline(projection.pipelineName));
    const runContext = contextMessage({
      id: contexts.idOf(contextKey.run(runId)),
      typeId: types.idOf('context', 'system.PipelineRun'),
      type: 'system.PipelineRun',
      name: runId,
      createMs: projection.createMs,
      props: projection.contextProps,
    });
    const artifactIds = new Map<string, number>();
    for (const artifact of [...projection.artifacts].sort(byTimeThenKey))
      artifactIds.set(artifact.key, artifacts.idOf(artifact.key));
    const executionIds = new Map<string, number>();
    for (const execution of [...projection.executions].sort(byTimeThenKey))
      executionIds.set(execution.key, executions.idOf(executionKey(runId, execution.key)));
    const cachedIds = new Map<string, number>();
    for (const execution of projection.executions) {
      const from = execution.cachedFrom;
      if (from)
        cachedIds.set(execution.key, executions.idOf(executionKey(from.runId, from.taskKey)));
    }
    const events: Event[] = [];
    const executionMessages = projection.executions.map((execution) => {
      const id = executionIds.get(execution.key) ?? 0;
      const parentId =
        execution.parent === undefined ? undefined : executionIds.get(execution.parent);
      for (const [type, refs] of [
        ['INPUT', execution.inputs],
        ['OUTPUT', execution.outputs],
      ] as const) {
        for (const ref of refs) {
          const artifactId = artifactIds.get(ref.artifact);
          if (artifactId !== undefined)
            events.push(
              eventMessage({ artifactId, executionId: id, type, name: ref.name, atMs: ref.atMs }),
            );
        }
      }
      const cachedId = cachedIds.get(execution.key);
      const props =
        cachedId === undefined
          ? execution.props
          : // KFP writes the id as a string (metadata.StringValue of CachedMLMDExecutionID).
            { ...execution.props, cached_execution_id: text(String(cachedId)) };
      return executionMessage({
        id,
        typeId: types.idOf('execution', execution.type),
        type: execution.type,
        name: execution.name,
        state: execution.state,
        createMs: execution.createMs,
        updateMs: execution.updateMs,
        props:
          parentId === undefined
            ? props
            : { ...props, parent_dag_id: { kind: 'int', value: parentId } },
      });
    });
    for (const id of artifactIds.values()) {
      const runs = artifactRuns.get(id) ?? new Set<string>();
      runs.add(runId);
      artifactRuns.set(id, runs);
    }
    return {
      runId,
      pipelineName: projection.pipelineName,
      createMs: projection.createMs,
      runContext,
      pipelineContextId,
      executions: executionMessages.sort((a, b) => Number(a.id - b.id)),
      artifacts: projection.artifacts
        .map((artifact) =>
          artifactMessage({
            id: artifactIds.get(artifact.key) ?? 0,
            typeId: types.idOf('artifact', artifact.type),
            type: artifact.type,
            uri: artifact.uri,
            createMs: artifact.createMs,
            props: artifact.props,
          }),
        )
        .sort((a, b) => Number(a.id - b.id)),
      events: events.sort(
        (a, b) => Number(a.millisecondsSinceEpoch - b.millisecondsSinceEpoch) || a.type - b.type,
      ),
    };
  }

  function run(runId: string): ResolvedRun | undefined {
    const projection = source.project(runId);
    const known = resolved.get(runId);
    if (!projection) return known?.run;
    if (known?.projection === projection) return known.run;
    const fresh = resolve(projection);
    resolved.set(runId, { projection, run: fresh });
    generation++;
    return fresh;
  }

  /**
   * The runs oldest first (creation time, then id), then the deleted ones MLMD still holds. Only
   * runs whose record changed or that still move are projected again, in that order (so new records
   * get their ids in the order a walk over every run would give them).
   */
  function index(): MlmdIndex {
    const listed: RunRef[] = [];
    const stale: RunRef[] = [];
    let changedList = built === undefined;
    for (const ref of source.runs()) {
      listed.push(ref);
      const known = seen.get(ref.id);
      if (known?.ref !== ref) changedList = true;
      if (known?.ref !== ref || !known.settled) stale.push(ref);
    }
    if (listed.length !== seen.size) changedList = true;
    const byAge = (a: RunRef, b: RunRef) =>
      a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id);
    for (const ref of stale.sort(byAge)) {
      run(ref.id);
      seen.set(ref.id, { ref, settled: source.settled(ref.id) });
    }
    if (changedList) {
      const ids = new Set(listed.map((ref) => ref.id));
      for (const id of seen.keys()) if (!ids.has(id)) seen.delete(id);
    }
    if (built && built.generation === generation && !changedList) return built.index;
    const live = listed.sort(byAge).map((ref) => ref.id);
    const liveSet = new Set(live);
    const gone = [...resolved.keys()].filter((id) => !liveSet.has(id));
    const runs = [...live, ...gone].flatMap((id) => resolved.get(id)?.run ?? []);
    built = { generation, index: buildIndex(runs, types) };
    return built.index;
  }

  return {
    types,
    run,
    index,
    allRuns: () => [...index().runs],
    runsOfPipeline: (name) => index().runsOfPipeline(name),
    pipelineContext: (name) => index().pipelineContext(name),
    runOfExecution(id) {
      const key = executions.keyOf(id);
      const owner = key?.slice(0, key.indexOf('/'));
      return owner ? run(owner) : undefined;
    },
    runsOfArtifact(id) {
      return [...(artifactRuns.get(id) ?? [])].flatMap((runId) => run(runId) ?? []);
    },
    context(id) {
      const key = contexts.keyOf(id);
      if (key === undefined) return undefined;
      if (key.startsWith('run/')) return run(key.slice('run/'.length))?.runContext;
      return index().pipelineContext(key.slice('pipeline/'.length));
    },
  };
}
