import { Hono } from 'hono';
import { checkNamespace, type Verb } from '../http/access.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import type { AppContext, AppEnv, RouteDeps } from '../http/env.ts';
import { runListSpec } from '../http/list-specs.ts';
import { emptyMessage, runMessage } from '../http/messages.ts';
import { str } from '../lib/proto-json.ts';
import { enumQuery, listBody, listRequest, readMessage, splitAction } from '../http/request.ts';
import { toApiRun, type RunView } from '../http/wire.ts';
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
import { listScope } from './list-scope.ts';
import { experimentOfNew, parametersOfNew, serviceAccountOf, sourceOfNew } from './run-input.ts';

const views = ['DEFAULT', 'FULL'] as const;
const actions = ['archive', 'unarchive', 'terminate', 'retry'] as const;
type Action = (typeof actions)[number];
const isAction = (verb: string): verb is Action => actions.some((a) => a === verb);

/** RunService (v2beta1): list, get (`?view=FULL` adds tasks), create, delete and the run actions. */
export function runRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store, engine } = deps;
  const app = new Hono<AppEnv>();
  const base = '/apis/v2beta1/runs';
  const spec = runListSpec(engine, deps.runMetrics);
  const wire = (view: RunView) => (r: RunRecord) =>
    toApiRun(r, engine.runtime(r.id), store, view, deps.runApi);

  // KFP 2.17/2.18 have no `view` in GetRunRequest/ListRunsRequest: grpc-gateway ignores unknown
  // query parameters (runtime/query.go), so a released server answers any `view` like DEFAULT.
  const viewOf = (c: AppContext): RunView =>
    deps.runApi === 'next' ? (enumQuery(c, 'view', views) ?? 'DEFAULT') : 'DEFAULT';

  const runFor = (c: AppContext, id: string, verb: Verb): RunRecord => {
    const run = getRun(store, id);
    checkNamespace(c, run.namespace, verb, 'runs');
    return run;
  };

  app.get(base, (c) => {
    const runs = [...store.runs.values()].filter(listScope(c, deps, 'ListRuns', 'runs'));
    const view = viewOf(c);
    return c.json(listBody('runs', listPage(runs, listRequest(c), spec), wire(view)));
  });

  app.get(`${base}/:id`, (c) => {
    const view = viewOf(c);
    return c.json(wire(view)(runFor(c, c.req.param('id'), 'get')));
  });

  app.post(base, async (c) => {
    const body = await readMessage(c, runMessage);
    const displayName = str(body, 'display_name');
    if (displayName.trim() === '')
      throw badRequest(
        'Failed to create a run due to invalid name: The run name is empty. Please specify a valid name',
      );
    const choice = experimentOfNew(
      c,
      deps,
      str(body, 'experiment_id') || (c.req.query('experiment_id') ?? ''),
      '',
      'run',
    );
    const resolved = sourceOfNew(c, deps, body, choice.namespace, 'run');
    const { parameters, pipelineRoot } = parametersOfNew(body, resolved);
    const run = startRun(
      deps,
      {
        displayName,
        spec: resolved.spec,
        description: str(body, 'description'),
        experimentId: choice.commit().id,
        namespace: choice.namespace,
        source: resolved.source,
        parameters,
        pipelineRoot,
        serviceAccount: serviceAccountOf(deps, str(body, 'service_account')),
        recurringRunId: '',
      },
      deps.now(),
    );
    return c.json(wire('DEFAULT')(run));
  });

  app.delete(`${base}/:id`, (c) => {
    deleteRun(deps, runFor(c, c.req.param('id'), 'delete').id);
    return c.json({});
  });

  app.post(`${base}/:target`, async (c) => {
    const { id, verb } = splitAction(c.req.param('target'));
    if (!isAction(verb)) throw notFound(`Not Found: POST ${c.req.path}`);
    const name = `v2beta1.${verb.charAt(0).toUpperCase()}${verb.slice(1)}RunRequest`;
    await readMessage(c, emptyMessage(name, ['run_id', 'experiment_id']));
    runFor(c, id, verb);
    const now = deps.now();
    if (verb === 'archive') archiveRun(store, id);
    else if (verb === 'unarchive') unarchiveRun(store, id);
    else if (verb === 'terminate') terminateRun(deps, id, now);
    else retryRun(deps, id, now);
    return c.json({});
  });

  return app;
}
