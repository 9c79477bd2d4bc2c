import { Hono } from 'hono';
import { checkNamespace, requireNamespace } from '../http/access.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import type { AppContext, AppEnv, RouteDeps } from '../http/env.ts';
import { experimentListSpec } from '../http/list-specs.ts';
import { emptyMessage, experimentMessage } from '../http/messages.ts';
import { str } from '../lib/proto-json.ts';
import { listBody, listRequest, readMessage, splitAction } from '../http/request.ts';
import { toApiExperiment } from '../http/wire.ts';
import { listPage } from '../lists/list-page.ts';
import {
  archiveExperiment,
  createExperiment,
  deleteExperiment,
  getExperiment,
  unarchiveExperiment,
} from '../store/experiment-ops.ts';
import type { ExperimentRecord } from '../store/records.ts';

/** ExperimentService (v2beta1). */
export function experimentRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const base = '/apis/v2beta1/experiments';

  const experimentFor = (
    c: AppContext,
    id: string,
    verb: 'get' | 'delete' | 'archive' | 'unarchive',
  ): ExperimentRecord => {
    const experiment = getExperiment(store, id);
    checkNamespace(c, experiment.namespace, verb, 'experiments');
    return experiment;
  };

  app.get(base, (c) => {
    const namespace = deps.multiUser ? (c.req.query('namespace') ?? '') : '';
    requireNamespace(c, namespace, 'ListExperiments');
    checkNamespace(c, namespace, 'list', 'experiments');
    const experiments = deps.multiUser
      ? [...store.experiments.values()].filter((e) => e.namespace === namespace)
      : store.experiments.values();
    return c.json(
      listBody(
        'experiments',
        listPage(experiments, listRequest(c), experimentListSpec),
        toApiExperiment,
      ),
    );
  });

  app.get(`${base}/:id`, (c) =>
    c.json(toApiExperiment(experimentFor(c, c.req.param('id'), 'get'))),
  );

  app.post(base, async (c) => {
    const body = await readMessage(c, experimentMessage);
    const namespace = deps.multiUser ? str(body, 'namespace') : '';
    if (deps.multiUser && namespace === '') {
      throw badRequest(
        'Failed to create an experiment: an experiment cannot have an empty namespace in multi-user mode',
      );
    }
    checkNamespace(c, namespace, 'create', 'experiments');
    const created = createExperiment(
      store,
      { displayName: str(body, 'display_name'), description: str(body, 'description'), namespace },
      deps.now(),
    );
    return c.json(toApiExperiment(created));
  });

  app.delete(`${base}/:id`, (c) => {
    deleteExperiment(store, experimentFor(c, c.req.param('id'), 'delete').id);
    return c.json({});
  });

  app.post(`${base}/:target`, async (c) => {
    const { id, verb } = splitAction(c.req.param('target'));
    if (verb !== 'archive' && verb !== 'unarchive') throw notFound(`Not Found: POST ${c.req.path}`);
    await readMessage(
      c,
      emptyMessage(`v2beta1.${verb === 'archive' ? 'Archive' : 'Unarchive'}ExperimentRequest`, [
        'experiment_id',
      ]),
    );
    experimentFor(c, id, verb);
    if (verb === 'archive') archiveExperiment(store, id, deps.now());
    else unarchiveExperiment(store, id);
    return c.json({});
  });

  return app;
}
