import { Hono } from 'hono';
import { checkNamespace, type Verb } from '../http/access.ts';
import { notFound } from '../lib/errors.ts';
import type { AppContext, AppEnv, RouteDeps } from '../http/env.ts';
import { runListSpec } from '../http/list-specs.ts';
import { runMessageV1 } from '../http/messages-v1.ts';
import { emptyMessage } from '../http/messages.ts';
import { str } from '../lib/proto-json.ts';
import { listBody, listRequest, readMessage, splitAction } from '../http/request.ts';
import { toV1Run, toV1RunDetail } from '../http/wire-v1-runs.ts';
import { listPage } from '../lists/list-page.ts';
import type { RunRecord } from '../store/records.ts';
import {
  archiveRun,
  deleteRun,
  getRun,
  retryRun,
  startRun,
  terminateRun,
  unarchiveRun,
} from '../store/run-ops.ts';
import { scopeOf } from './list-scope.ts';
import { serviceAccountOf } from './run-input.ts';
import { referenceKeyQuery } from './v1-references.ts';
import { v1RunInput } from './v1-run-input.ts';

/**
 * RunService (v1beta1) over the same store as v2beta1 (backend/src/apiserver/server/run_server.go,
 * the *V1 handlers): create from an inline workflow or a pipeline (version) reference, get (with
 * `pipeline_runtime.workflow_manifest`), list by EXPERIMENT or NAMESPACE reference, delete,
 * archive, unarchive, terminate and retry. ReadArtifact lives with the artifact routes.
 */
export function v1RunRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store, engine } = deps;
  const app = new Hono<AppEnv>();
  const base = '/apis/v1beta1/runs';
  const spec = runListSpec(engine, deps.runMetrics);

  const runFor = (c: AppContext, id: string, verb: Verb): RunRecord => {
    const run = getRun(store, id);
    checkNamespace(c, run.namespace, verb, 'runs');
    return run;
  };

  app.get(base, (c) => {
    const key = referenceKeyQuery(c, 'resource_reference_key');
    const scope = scopeOf(c, deps, 'ListRuns', 'runs', {
      experimentId: key?.type === 'EXPERIMENT' ? key.id : '',
      namespace: key?.type === 'NAMESPACE' ? key.id : '',
    });
    const runs = [...store.runs.values()].filter(scope);
    const page = listPage(runs, listRequest(c), spec, 'v1');
    return c.json(
      listBody('runs', page, (r) => toV1Run(r, engine.runtime(r.id), store, deps.runMetrics(r))),
    );
  });

  app.get(`${base}/:id`, (c) => {
    const run = runFor(c, c.req.param('id'), 'get');
    return c.json(toV1RunDetail(run, engine.runtime(run.id), store, deps.runMetrics(run)));
  });

  app.post(base, async (c) => {
    const body = await readMessage(c, runMessageV1);
    const input = v1RunInput(c, deps, body, 'run');
    const run = startRun(
      deps,
      {
        displayName: input.name,
        spec: input.resolved.spec,
        description: str(body, 'description'),
        experimentId: input.experiment.commit().id,
        namespace: input.experiment.namespace,
        source: input.resolved.source,
        parameters: input.parameters,
        pipelineRoot: input.pipelineRoot,
        serviceAccount: serviceAccountOf(deps, str(body, 'service_account')),
        recurringRunId: '',
      },
      deps.now(),
    );
    return c.json(toV1RunDetail(run, engine.runtime(run.id), store, deps.runMetrics(run)));
  });

  app.delete(`${base}/:id`, (c) => {
    deleteRun(deps, runFor(c, c.req.param('id'), 'delete').id);
    return c.json({});
  });

  // `:archive` / `:unarchive` (custom verbs) …
  app.post(`${base}/:target`, async (c) => {
    const { id, verb } = splitAction(c.req.param('target'));
    if (verb !== 'archive' && verb !== 'unarchive') throw notFound(`Not Found: POST ${c.req.path}`);
    const name = `api.${verb === 'archive' ? 'Archive' : 'Unarchive'}RunRequest`;
    await readMessage(c, emptyMessage(name, ['id']));
    runFor(c, id, verb);
    if (verb === 'archive') archiveRun(store, id);
    else unarchiveRun(store, id);
    return c.json({});
  });

  // … and `/terminate` / `/retry` (path segments) in v1beta1.
  for (const verb of ['terminate', 'retry'] as const) {
    app.post(`${base}/:id/${verb}`, async (c) => {
      const name = `api.${verb === 'retry' ? 'Retry' : 'Terminate'}RunRequest`;
      await readMessage(c, emptyMessage(name, ['run_id']));
      const id = runFor(c, c.req.param('id'), verb).id;
      if (verb === 'terminate') terminateRun(deps, id, deps.now());
      else retryRun(deps, id, deps.now());
      return c.json({});
    });
  }

  return app;
}
