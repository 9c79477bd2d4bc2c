import { createApp, type RunApi } from '../kfp-api-app.ts';
import type { Authenticator, Caller } from '../auth/types.ts';
import { devUsers } from '../auth/users.ts';
import { systemNamespace } from '../http/access.ts';
import { unauthenticated } from '../lib/errors.ts';
import { getExperiment } from '../store/experiment-ops.ts';
import { checkParameters } from '../store/parameters.ts';
import type { RunEngine } from '../store/run-engine.ts';
import { startRun } from '../store/run-ops.ts';
import { resolveSource } from '../store/source-ops.ts';
import type { Store } from '../store/store.ts';
import type { BulkRunCreator, SeedClock } from './actions.ts';
import type { SeedCall } from './api.ts';
import { seed, type SeedProfile, type SeedResult } from './seed.ts';
import type { JsonObject } from '../lib/json.ts';

const admin: Caller = {
  user: 'admin',
  email: 'admin@example.com',
  namespaces: [systemNamespace, ...devUsers.map((u) => u.namespace)],
};

function callerOf(user: string): Caller | undefined {
  if (user === 'admin') return admin;
  const dev = devUsers.find((u) => u.username === user);
  return dev ? { user: dev.username, email: dev.email, namespaces: [dev.namespace] } : undefined;
}

/** Trusts `Authorization: Seed <user>`: only for the seed's own in-process app, never served. */
const seedAuthenticator: Authenticator = {
  mode: 'oidc',
  authenticate(headers) {
    const user = /^Seed (\w+)$/.exec(headers.get('authorization') ?? '')?.[1];
    const caller = user === undefined ? undefined : callerOf(user);
    return caller ? Promise.resolve(caller) : Promise.reject(unauthenticated('seed: unknown user'));
  },
};

/**
 * A SeedCall over an in-process app on the emulator's store and engine (the same routes as the
 * served API), with a clock the seed can set to create things in the past.
 */
export function createSeedCall(deps: {
  store: Store;
  engine: RunEngine;
  multiUser: boolean;
  runApi?: RunApi;
}): { call: SeedCall; clock: SeedClock } {
  let at: Date | undefined;
  const clock: SeedClock = { set: (date) => void (at = date) };
  const app = createApp({
    store: deps.store,
    engine: deps.engine,
    authenticator: deps.multiUser
      ? seedAuthenticator
      : { mode: 'none', authenticate: () => Promise.resolve(null) },
    now: () => at ?? new Date(),
    ...(deps.runApi ? { runApi: deps.runApi } : {}),
  });
  const call: SeedCall = async (user, method, path, body) => {
    const headers = new Headers({ authorization: `Seed ${user ?? 'admin'}` });
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers.set('content-type', 'application/json');
      payload = JSON.stringify(body);
    }
    return app.request(path, {
      method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
  };
  return { call, clock };
}

/** Seeds the emulator's store through the API (what `emulator/main.ts` calls on start). */
export function seedEmulator(deps: {
  store: Store;
  engine: RunEngine;
  multiUser: boolean;
  profile: SeedProfile;
  runApi?: RunApi;
}): Promise<SeedResult> {
  const { call, clock } = createSeedCall(deps);
  return seed(call, deps.profile, { clock, bulkRuns: createBulkRuns(deps) });
}

/**
 * Creates runs with the store operation the create-run route performs (source resolution, parameter
 * check, startRun), without the HTTP round trip and without computing each run's state for a
 * response: 10,000 runs through the route take minutes, this way seconds.
 */
export function createBulkRuns(deps: {
  store: Store;
  engine: RunEngine;
  multiUser: boolean;
}): BulkRunCreator {
  return (runs) =>
    runs.map((run) => {
      const resolved = resolveSource(
        deps.store,
        {
          pipelineId: run.pipelineId,
          pipelineVersionId: run.pipelineVersionId,
          hasReference: true,
        },
        'run',
      );
      const parameters: JsonObject = { ...run.parameters };
      checkParameters(resolved.spec, parameters);
      const experiment = getExperiment(deps.store, run.experimentId);
      const created = startRun(
        deps,
        {
          displayName: run.displayName,
          spec: resolved.spec,
          description: '',
          experimentId: experiment.id,
          namespace: experiment.namespace,
          source: resolved.source,
          parameters,
          pipelineRoot: '',
          serviceAccount: deps.multiUser ? 'default-editor' : 'pipeline-runner',
          recurringRunId: '',
        },
        run.createdAt,
      );
      return created.id;
    });
}
