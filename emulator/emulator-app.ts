import type { Hono } from 'hono';
import { createApp, type AppEnv, type RunApi } from './kfp-api-app.ts';
import type { Authenticator } from './auth/types.ts';
import { artifactRoutes } from './routes/artifacts.ts';
import { envInfoRoutes } from './routes/env-info.ts';
import { logRoutes } from './routes/logs.ts';
import { podRoutes } from './routes/pods.ts';
import { tensorboardRoutes } from './routes/tensorboard.ts';
import { createViewerStore } from './k8s/viewers.ts';
import { kubernetesRoutes, objectStoreS3Routes } from './routes/object-store-s3.ts';
import { createRuntimeSource } from './mlmd/from-runtime.ts';
import { mlmdRoutes } from './mlmd/routes.ts';
import { createMlmdStore } from './mlmd/store.ts';
import { executeComponent } from './sim/behaviours/index.ts';
import type { LogStore, ObjectStore, PodStore } from './sim/types.ts';
import { createLogStore } from './sim/log-store.ts';
import { createObjectStore } from './sim/object-store.ts';
import { createPodStore } from './sim/pod-store.ts';
import { createSimEngine, type SimEngine } from './sim/sim-engine.ts';
import { restoreRuns } from './store/run-ops.ts';
import { createStore, type Store } from './store/store.ts';

/** The emulator's state: the API store, the run simulator and the stores it writes logs and artifacts to. */
export interface EmulatorCore {
  readonly store: Store;
  readonly engine: SimEngine;
  readonly objects: ObjectStore;
  readonly logs: LogStore;
  readonly pods: PodStore;
}

export interface CoreOptions {
  /** Persist and restore the API store here (runs are restarted in the simulator). */
  readonly dataDir?: string | undefined;
  /** Simulated time runs this many times faster than real time (default 1). */
  readonly speed?: number;
  /** Seed of the simulator's rolls (default 1). */
  readonly simSeed?: number;
  /** The simulator's clock (tests pass a fake one; default the wall clock). */
  readonly now?: () => Date;
  /** Leave the data dir untouched until `store.startWriting()` (see StoreOptions). */
  readonly deferWrites?: boolean;
}

export async function createEmulatorCore(options: CoreOptions = {}): Promise<EmulatorCore> {
  const store = await createStore({
    dataDir: options.dataDir,
    ...(options.deferWrites ? { deferWrites: true } : {}),
  });
  const objects = createObjectStore();
  const logs = createLogStore();
  const pods = createPodStore();
  const engine = createSimEngine({
    speed: options.speed ?? 1,
    seed: options.simSeed ?? 1,
    behaviour: executeComponent,
    objects,
    logs,
    pods,
    ...(options.now ? { now: options.now } : {}),
  });
  // Restored runs write their logs and objects lazily, when a request first needs them.
  restoreRuns({ store, engine });
  return { store, engine, objects, logs, pods };
}

export interface EmulatorAppOptions {
  readonly authenticator: Authenticator;
  readonly runApi?: RunApi;
  /** Where env-info sends the user to sign out (the identity provider's end-session endpoint). */
  readonly logoutUrl?: string;
  readonly now?: () => Date;
  /**
   * Serve ML Metadata (gRPC-web under `/ml_metadata`). Default: as the imitated server does —
   * released KFP 2.x installs have it, the next KFP (`--run-api next`, PR #13986) has none.
   */
  readonly mlmd?: boolean;
  /** false: the UI server reaches no cluster (`/k8s/pod*` answer 500), e.g. a laptop install. */
  readonly cluster?: boolean;
  /** How long starting a TensorBoard takes to answer (default 1 s, as the UI server's first poll). */
  readonly tensorboardCreateDelayMs?: number;
}

/**
 * The served app: the KFP API, the Kubeflow UI-server calls (env-info, artifacts, pod logs) and ML
 * Metadata over gRPC-web.
 */
export function createEmulatorApp(core: EmulatorCore, options: EmulatorAppOptions): Hono<AppEnv> {
  const { store, engine, objects, logs, pods } = core;
  const { authenticator } = options;
  const viewers = createViewerStore();
  // The simulator writes a run's objects when its runtime is computed: bring the owner up to now first.
  const currentObjects: ObjectStore = {
    put(bucket, key, data) {
      objects.put(bucket, key, data);
    },
    get(bucket, key) {
      const owner = engine.ownerOfObject(key);
      if (owner) engine.runtime(owner.runId);
      return objects.get(bucket, key);
    },
    putGenerated(bucket, key, object) {
      objects.putGenerated?.(bucket, key, object);
    },
    generated(bucket, key) {
      const owner = engine.ownerOfObject(key);
      if (owner) engine.runtime(owner.runId);
      return objects.generated?.(bucket, key);
    },
  };
  return createApp({
    store,
    engine,
    authenticator,
    objects: currentObjects,
    ...(options.runApi ? { runApi: options.runApi } : {}),
    ...(options.now ? { now: options.now } : {}),
    extraRoutes: [
      {
        app: envInfoRoutes(
          authenticator,
          options.logoutUrl ? { logoutUrl: options.logoutUrl } : {},
        ),
      },
      {
        app: artifactRoutes({
          objects: currentObjects,
          authenticator,
          objectNamespace: (_bucket, key) => engine.ownerOfObject(key)?.namespace,
          workflowManifest: (runId) => {
            const run = store.runs.get(runId);
            return run
              ? { namespace: run.namespace, manifest: engine.runtime(runId)?.workflowManifest }
              : undefined;
          },
        }),
      },
      ...(!(options.mlmd ?? options.runApi !== 'next')
        ? []
        : [
            {
              app: mlmdRoutes({
                store: createMlmdStore(createRuntimeSource({ store, engine })),
                authenticator,
              }),
            },
          ]),
      // What KFP's own UI server reads besides the API (single-user only, as it sends no token):
      // the object store over S3, and its secret and pod logs from the Kubernetes API.
      ...(authenticator.mode === 'oidc'
        ? []
        : [
            { app: objectStoreS3Routes(currentObjects) },
            {
              app: kubernetesRoutes({
                logs,
                refresh(podName) {
                  const id = engine.runOfPod(podName);
                  if (id !== undefined) engine.runtime(id);
                },
              }),
            },
          ]),
      {
        app: logRoutes({
          logs,
          authenticator,
          archive: currentObjects,
          archiveNamespace: (key) => engine.ownerOfObject(key)?.namespace,
          refresh(runId, podName) {
            const id = runId !== '' ? runId : engine.runOfPod(podName);
            if (id !== undefined) engine.runtime(id);
          },
        }),
      },
      {
        app: tensorboardRoutes({
          viewers,
          authenticator,
          ...(options.now ? { now: options.now } : {}),
          ...(options.cluster === false ? { cluster: false } : {}),
          ...(options.tensorboardCreateDelayMs === undefined
            ? {}
            : { createDelayMs: options.tensorboardCreateDelayMs }),
        }),
      },
      {
        app: podRoutes({
          pods,
          authenticator,
          refresh(podName) {
            const id = engine.runOfPod(podName);
            if (id !== undefined) engine.runtime(id);
          },
          ...(options.now ? { now: options.now } : {}),
          ...(options.cluster === false ? { cluster: false } : {}),
        }),
      },
    ],
  });
}
