import type { RunEngine, RunRuntime, RunStart } from '../store/run-engine.ts';
import { argoFlavor } from './argo/flavor.ts';
import type { ComponentBehaviour, LogStore, ObjectStore, PodStore } from './types.ts';
import { irFlavor, type FlavorEnv } from './ir/flavor.ts';
import { stringField } from './json.ts';
import { hitsFromJson } from './ir/cache.ts';
import { cacheGroupOf, createCacheIndex } from './ir/cache-index.ts';
import { createRunSimulation, type RunSimulation, type Stores } from './run-sim.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

export interface SimEngineOptions {
  /** Simulated time runs this many times faster than the wall clock (1 = real time). */
  readonly speed: number;
  /** Seeds every roll: same seed and RunStart ⇒ same runtime. */
  readonly seed: number;
  readonly behaviour: ComponentBehaviour;
  readonly objects: ObjectStore;
  readonly logs: LogStore;
  /** Pods as the Kubernetes API shows them (`GET /k8s/pod`); none when absent. */
  readonly pods?: PodStore;
  readonly now?: () => Date;
}

/** kfp 1.x pipelines are stored as Argo Workflow objects. */
export function isArgoWorkflow(spec: JsonObject): boolean {
  return stringField(spec, 'kind') === 'Workflow' && isJsonObject(spec.spec);
}

function simulate(run: RunStart, env: FlavorEnv, stores: Stores): RunSimulation {
  if (isArgoWorkflow(run.spec))
    return createRunSimulation(run, argoFlavor(run, run.spec, env), stores);
  return createRunSimulation(run, irFlavor(run, env), stores);
}

/** Which run wrote an object, and its namespace ('' in single-user mode). */
export interface ObjectOwner {
  readonly runId: string;
  readonly namespace: string;
}

/** The RunEngine plus the lookups the UI-server routes need to find the run behind an object or a pod. */
export interface SimEngine extends RunEngine {
  /**
   * The run that writes the object at `key`: v2 keys (`<root>/<pipeline>/<run id>/…`, and the
   * behaviours' extra objects) hold the run id as a path segment, Argo keys
   * (`artifacts/<workflow name>/…`) the run's workflow name. Deleted runs still own what they wrote.
   */
  ownerOfObject(key: string): ObjectOwner | undefined;
  /** The run whose pod this is: pod names start with `<workflow name>-`. */
  runOfPod(podName: string): string | undefined;
}

/**
 * The run simulator behind the API store. A run's runtime is a pure function of its RunStart and
 * the current time; it is computed lazily when asked for, and logs and artifacts are written to the
 * stores as they become due. No timers.
 */
export function createSimEngine(options: SimEngineOptions): SimEngine {
  const runs = new Map<string, RunSimulation>();
  // Kept after `forget`: a deleted run's objects stay in the object store, and stay its namespace's.
  const owners = new Map<string, ObjectOwner>();
  const workflows = new Map<string, string>();
  const now = options.now ?? (() => new Date());
  // KFP's cache entries of the runs of each pipeline name and namespace (v2 runs only).
  const cacheIndex = createCacheIndex();
  const speed = Number.isFinite(options.speed) && options.speed > 0 ? options.speed : 1;
  const env: FlavorEnv = {
    seed: options.seed,
    speed,
    behaviour: options.behaviour,
    objects: options.objects,
  };
  const stores: Stores = {
    objects: options.objects,
    logs: options.logs,
    ...(options.pods ? { pods: options.pods } : {}),
  };
  // A cached task's outputs are its source run's objects, which that run writes when it is first
  // asked for: a run with cache hits asks its sources first, so a task of it can read them.
  const sourcesWritten = new Set<string>();
  const runtimeOf = (runId: string): RunRuntime | undefined => {
    const sim = runs.get(runId);
    if (!sim) return undefined;
    if (!sourcesWritten.has(runId)) {
      sourcesWritten.add(runId);
      for (const hit of hitsFromJson(sim.run.cache).values()) runtimeOf(hit.sourceRunId);
    }
    return sim.runtime(Math.max(0, now().getTime() - Date.parse(sim.run.createdAt)));
  };
  return {
    start(run) {
      const createdAt = Number.isFinite(Date.parse(run.createdAt))
        ? run.createdAt
        : now().toISOString();
      const sim = simulate({ ...run, createdAt }, env, stores);
      runs.set(run.runId, sim);
      const group = isArgoWorkflow(run.spec) ? undefined : cacheGroupOf(run);
      if (group !== undefined) cacheIndex.add(run.runId, group, () => sim.run);
      owners.set(run.runId, { runId: run.runId, namespace: run.namespace });
      workflows.set(sim.workflowName, run.runId);
    },
    runtime: runtimeOf,
    apply(runId, event) {
      runs.get(runId)?.apply(event);
    },
    decideCache(run) {
      if (isArgoWorkflow(run.spec)) return undefined;
      const createdAt = Number.isFinite(Date.parse(run.createdAt))
        ? run.createdAt
        : now().toISOString();
      return cacheIndex.decide({ ...run, createdAt }, (r, lookup) => irFlavor(r, env, lookup));
    },
    forget(runId) {
      runs.delete(runId);
      sourcesWritten.delete(runId);
      cacheIndex.remove(runId);
    },
    ownerOfObject(key) {
      const segments = key.split('/');
      for (const segment of segments) {
        const owner = owners.get(segment);
        if (owner) return owner;
      }
      for (const segment of segments) {
        const runId = workflows.get(segment);
        if (runId !== undefined) return owners.get(runId);
      }
      return undefined;
    },
    runOfPod(podName) {
      for (let dash = podName.indexOf('-'); dash > 0; dash = podName.indexOf('-', dash + 1)) {
        const runId = workflows.get(podName.slice(0, dash));
        if (runId !== undefined) return runId;
      }
      return undefined;
    },
  };
}
