import { stringField } from '../sim/json.ts';
import { hitsFromJson } from '../sim/ir/cache.ts';
import { isArgoWorkflow } from '../sim/sim-engine.ts';
import { pipelineRootOf } from '../store/parameters.ts';
import type { RunEngine } from '../store/run-engine.ts';
import type { Store } from '../store/store.ts';
import { projectRun } from './project-run.ts';
import type { MlmdSource, RunProjection } from './types.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

/** The KFP v2 IR of a stored spec (a bare IR or a `{pipeline_spec, platform_spec}` pair). */
function irOf(spec: JsonObject): JsonObject | undefined {
  if (isJsonObject(spec.pipeline_spec)) return spec.pipeline_spec;
  return isJsonObject(spec.root) && !isArgoWorkflow(spec) ? spec : undefined;
}

/**
 * The one place ML Metadata reads the emulator: run records and specs from the store, and the
 * simulator's runtime of a run (its native-tasks view, which holds per task its name, parent,
 * iteration, pods, inputs, outputs and artifacts). Projections are reused while the runtime's task
 * list is the same object (the simulator keeps it until the run changes).
 */
export function createRuntimeSource(deps: {
  readonly store: Store;
  readonly engine: RunEngine;
}): MlmdSource {
  const { store, engine } = deps;
  const last = new Map<
    string,
    {
      tasks: readonly JsonObject[];
      projection: RunProjection | undefined;
      /** Finished, and the runtime answered the same tasks twice in a row: it no longer moves. */
      settled: boolean;
    }
  >();

  const irOfRun = (runId: string) => {
    const run = store.runs.get(runId);
    const spec = run ? store.getSpec(run.source.specHash) : undefined;
    return run && spec ? { run, spec, ir: irOf(spec) } : undefined;
  };

  return {
    // Run records are replaced, never changed, so each object stands for one version of its run.
    runs: () => store.runs.values(),
    pipelineName(runId) {
      const found = irOfRun(runId);
      const info = found?.ir?.pipelineInfo;
      return isJsonObject(info) ? stringField(info, 'name') : undefined;
    },
    project(runId) {
      const found = irOfRun(runId);
      if (!found?.ir) return undefined;
      const runtime = engine.runtime(runId);
      if (!runtime) return undefined;
      const { tasks } = runtime;
      const cached = last.get(runId);
      if (cached?.tasks === tasks) {
        // The simulator keeps a finished run's runtime until an event (which replaces the record).
        cached.settled = runtime.finishedAt !== undefined;
        return cached.projection;
      }
      const info = found.ir.pipelineInfo;
      const hits = [...hitsFromJson(found.run.cache).values()];
      const projection = projectRun({
        runId,
        namespace: found.run.namespace,
        pipelineName: (isJsonObject(info) ? stringField(info, 'name') : undefined) ?? '',
        pipelineRoot: pipelineRootOf(found.spec, found.run.pipelineRoot),
        tasks,
        cachedFrom(fingerprint) {
          const hit = hits.find((h) => h.fingerprint === fingerprint);
          return hit ? { runId: hit.sourceRunId, taskKey: hit.sourceTaskId } : undefined;
        },
      });
      last.set(runId, { tasks, projection, settled: false });
      return projection;
    },
    settled(runId) {
      const found = irOfRun(runId);
      if (!found) return false;
      return !found.ir || last.get(runId)?.settled === true;
    },
  };
}
