import type { Hono } from 'hono';
import type { AppEnv } from '../app.ts';
import { createApp } from '../app.ts';
import type { Authenticator } from '../auth/types.ts';
import { artifactRoutes } from '../routes/artifacts.ts';
import { logRoutes } from '../routes/logs.ts';
import { executeComponent } from '../sim/behaviours/index.ts';
import type { LogStore, ObjectStore } from '../sim/contracts.ts';
import { createLogStore } from '../sim/log-store.ts';
import { createObjectStore } from '../sim/object-store.ts';
import { createSimEngine } from '../sim/sim-engine.ts';
import type { RunEngine } from '../store/run-engine.ts';
import { createStore, type Store } from '../store/store.ts';

export interface SeedHarness {
  readonly store: Store;
  readonly engine: RunEngine;
  readonly objects: ObjectStore;
  readonly logs: LogStore;
  /** The served API with the artifact and log routes, as emulator/main.ts wires them. */
  readonly app: Hono<AppEnv>;
}

/** An emulator in-process (store, simulator with the component behaviours, API and UI-server routes) for seed tests. */
export async function createSeedHarness(authenticator: Authenticator, speed = 1): Promise<SeedHarness> {
  const store = await createStore();
  const objects = createObjectStore();
  const logs = createLogStore();
  const engine = createSimEngine({ speed, seed: 1, behaviour: executeComponent, objects, logs });
  const app = createApp({
    store,
    engine,
    authenticator,
    extraRoutes: [
      {
        app: artifactRoutes({
          objects,
          authenticator,
          workflowManifest: (runId) => {
            const run = store.runs.get(runId);
            return run ? { namespace: run.namespace, manifest: engine.runtime(runId)?.workflowManifest } : undefined;
          },
        }),
      },
      { app: logRoutes({ logs, authenticator }) },
    ],
  });
  return { store, engine, objects, logs, app };
}
