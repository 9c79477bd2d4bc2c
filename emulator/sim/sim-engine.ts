import type { JsonObject, RunEngine, RunStart } from '../store/run-engine.ts';
import { argoFlavor } from './argo/flavor.ts';
import type { ComponentBehaviour, LogStore, ObjectStore } from './contracts.ts';
import { irFlavor, type FlavorEnv } from './ir/flavor.ts';
import { isJsonObject, stringField } from './json.ts';
import { createRunSimulation, type RunSimulation, type Stores } from './run-sim.ts';

export interface SimEngineOptions {
  /** Simulated time runs this many times faster than the wall clock (1 = real time). */
  readonly speed: number;
  /** Seeds every roll: same seed and RunStart ⇒ same runtime. */
  readonly seed: number;
  readonly behaviour: ComponentBehaviour;
  readonly objects: ObjectStore;
  readonly logs: LogStore;
  readonly now?: () => Date;
}

/** kfp 1.x pipelines are stored as Argo Workflow objects. */
export function isArgoWorkflow(spec: JsonObject): boolean {
  return stringField(spec, 'kind') === 'Workflow' && isJsonObject(spec.spec);
}

function simulate(run: RunStart, env: FlavorEnv, stores: Stores): RunSimulation {
  if (isArgoWorkflow(run.spec)) return createRunSimulation(run, argoFlavor(run, run.spec, env), stores);
  return createRunSimulation(run, irFlavor(run, env), stores);
}

/**
 * The run simulator behind the API store. A run's runtime is a pure function of its RunStart and
 * the current time; it is computed lazily when asked for, and logs and artifacts are written to the
 * stores as they become due. No timers.
 */
export function createSimEngine(options: SimEngineOptions): RunEngine {
  const runs = new Map<string, RunSimulation>();
  const now = options.now ?? (() => new Date());
  const speed = Number.isFinite(options.speed) && options.speed > 0 ? options.speed : 1;
  const env: FlavorEnv = { seed: options.seed, speed, behaviour: options.behaviour, objects: options.objects };
  const stores: Stores = { objects: options.objects, logs: options.logs };
  return {
    start(run) {
      const createdAt = Number.isFinite(Date.parse(run.createdAt)) ? run.createdAt : now().toISOString();
      runs.set(run.runId, simulate({ ...run, createdAt }, env, stores));
    },
    runtime(runId) {
      const sim = runs.get(runId);
      if (!sim) return undefined;
      return sim.runtime(Math.max(0, now().getTime() - Date.parse(sim.run.createdAt)));
    },
    apply(runId, event) {
      runs.get(runId)?.apply(event);
    },
    forget(runId) {
      runs.delete(runId);
    },
  };
}
