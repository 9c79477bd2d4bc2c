import { bodyLimit } from './http/body-limit.ts';
import { Hono } from 'hono';
import type { Authenticator } from './auth/types.ts';
import { sendError, uploadError } from './http/error-response.ts';
import { ApiError, GrpcCode, notFound } from './lib/errors.ts';
import type { AppEnv, RouteDeps, RunApi } from './http/env.ts';
import type { ObjectStore } from './sim/types.ts';
import type { RunEngine } from './store/run-engine.ts';
import { createRunMetrics } from './http/run-metrics.ts';
import type { Store } from './store/store.ts';
import { experimentRoutes } from './routes/experiments.ts';
import { healthzRoutes, publicPaths } from './routes/healthz.ts';
import { pipelineRoutes } from './routes/pipelines.ts';
import { pipelineVersionRoutes } from './routes/pipeline-versions.ts';
import { recurringRunRoutes } from './routes/recurring-runs.ts';
import { runRoutes } from './routes/runs.ts';
import { runTaskRoutes } from './routes/run-tasks.ts';
import { uploadRoutes } from './routes/upload.ts';
import { v1ExperimentRoutes } from './routes/v1-experiments.ts';
import { v1JobRoutes } from './routes/v1-jobs.ts';
import { v1PipelineRoutes } from './routes/v1-pipelines.ts';
import { v1RunRoutes } from './routes/v1-runs.ts';

export type { AppEnv, RunApi } from './http/env.ts';

/**
 * A sub-app of another part of the emulator (env-info, artifacts, logs). Under `/apis/` it sits
 * behind the API's authentication (401 JSON before it is reached); elsewhere (the UI-server
 * paths) it authenticates itself.
 */
export interface MountedRoutes {
  /** Base path the sub-app is mounted at (its routes are relative to it); default '/'. */
  readonly path?: string;
  readonly app: Hono;
}

export interface AppDeps {
  readonly store: Store;
  readonly engine: RunEngine;
  readonly authenticator: Authenticator;
  /** Clock for creation times; default: real time. */
  readonly now?: () => Date;
  /** Run-time detail flavor (see RunApi): default `released` (KFP 2.17/2.18); `next` = KFP master. */
  readonly runApi?: RunApi;
  /** KFP's PIPELINE_URL_VALIDATION_ENABLED; default true (see RouteDeps). */
  readonly pipelineUrlValidation?: boolean;
  /** The object store the simulator writes to: the persistence agent reads v1 metrics from it. */
  readonly objects?: ObjectStore;
  /** Extra routes (env-info, artifacts, logs…); they read the caller with `c.get('caller')`. */
  readonly extraRoutes?: readonly MountedRoutes[];
}

const isUploadPath = (path: string) => /\/pipelines\/upload(_version)?$/.test(path);

/**
 * The KFP API as a Kubeflow gateway serves it: every call but healthz needs a verified bearer token
 * (401 JSON otherwise), errors are grpc-gateway bodies with the matching status, unknown routes 404.
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const multiUser = deps.authenticator.mode !== 'none';
  const routeDeps: RouteDeps = {
    store: deps.store,
    engine: deps.engine,
    multiUser,
    now: deps.now ?? (() => new Date()),
    runApi: deps.runApi ?? 'released',
    pipelineUrlValidation: deps.pipelineUrlValidation ?? true,
    runMetrics: deps.objects
      ? createRunMetrics({ store: deps.store, engine: deps.engine, objects: deps.objects })
      : () => [],
  };
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    const apiError =
      error instanceof ApiError
        ? error
        : new ApiError(GrpcCode.Internal, `Internal error: ${error.message || error.name}`);
    if (apiError.grpcCode === GrpcCode.Unauthenticated) c.header('WWW-Authenticate', 'Bearer');
    return isUploadPath(c.req.path) ? uploadError(c, apiError) : sendError(c, apiError);
  });
  app.notFound((c) => sendError(c, notFound(`Not Found: ${c.req.method} ${c.req.path}`)));

  app.use('/apis/*', async (c, next) => {
    c.set(
      'caller',
      publicPaths.has(c.req.path) ? null : await deps.authenticator.authenticate(c.req.raw.headers),
    );
    await next();
  });
  app.use('/apis/*', bodyLimit());

  app.route('/', healthzRoutes(multiUser));
  app.route('/', uploadRoutes(routeDeps));
  app.route('/', pipelineRoutes(routeDeps));
  app.route('/', pipelineVersionRoutes(routeDeps));
  app.route('/', experimentRoutes(routeDeps));
  if (routeDeps.runApi === 'next') app.route('/', runTaskRoutes(routeDeps));
  app.route('/', runRoutes(routeDeps));
  app.route('/', recurringRunRoutes(routeDeps));
  app.route('/', v1PipelineRoutes(routeDeps));
  app.route('/', v1ExperimentRoutes(routeDeps));
  app.route('/', v1RunRoutes(routeDeps));
  app.route('/', v1JobRoutes(routeDeps));
  for (const mounted of deps.extraRoutes ?? []) app.route(mounted.path ?? '/', mounted.app);
  return app;
}
