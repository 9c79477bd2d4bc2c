import { Hono } from 'hono';
import { checkNamespace, requireNamespace } from '../http/access.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import type { AppContext, AppEnv, RouteDeps } from '../http/env.ts';
import { experimentListSpec } from '../http/list-specs.ts';
import { experimentMessageV1 } from '../http/messages-v1.ts';
import { emptyMessage } from '../http/messages.ts';
import { str } from '../lib/proto-json.ts';
import { listBody, listRequest, readMessage, splitAction } from '../http/request.ts';
import { toV1Experiment } from '../http/wire-v1.ts';
import { listPage } from '../lists/list-page.ts';
import {
  archiveExperiment,
  createExperiment,
  deleteExperiment,
  getExperiment,
  unarchiveExperiment,
} from '../store/experiment-ops.ts';
import type { ExperimentRecord } from '../store/records.ts';
import { referenceId, referenceKeyQuery, referencesOf } from './v1-references.ts';

/**
 * ExperimentService (v1beta1): the namespace is the NAMESPACE resource reference of a new
 * experiment and the `resource_reference_key` of a list
 * (backend/src/apiserver/server/experiment_server.go, the *V1 handlers).
 */
export function v1ExperimentRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const base = '/apis/v1beta1/experiments';

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
    const key = referenceKeyQuery(c, 'resource_reference_key');
    if (key && key.type !== 'NAMESPACE') {
      throw badRequest(
        `Invalid input error: Failed to list v1beta1 experiment due to invalid resource reference key. It must be of type 'Namespace' and contain an existing or empty namespace, but you provided ${key.id} of type ${key.type}`,
      );
    }
    const namespace = deps.multiUser ? (key?.id ?? '') : '';
    requireNamespace(c, namespace, 'ListExperiments');
    checkNamespace(c, namespace, 'list', 'experiments');
    const experiments = [...store.experiments.values()].filter(
      (e) => !deps.multiUser || e.namespace === namespace,
    );
    const page = listPage(experiments, listRequest(c), experimentListSpec, 'v1');
    return c.json(listBody('experiments', page, toV1Experiment));
  });

  app.get(`${base}/:id`, (c) => c.json(toV1Experiment(experimentFor(c, c.req.param('id'), 'get'))));

  app.post(base, async (c) => {
    const body = await readMessage(c, experimentMessageV1);
    const namespace = deps.multiUser ? referenceId(referencesOf(body), 'NAMESPACE') : '';
    if (deps.multiUser && namespace === '') {
      throw badRequest(
        'Invalid input error: Failed to create a v1beta1 experiment: an experiment cannot have an empty namespace in multi-user mode',
      );
    }
    checkNamespace(c, namespace, 'create', 'experiments');
    const created = createExperiment(
      store,
      { displayName: str(body, 'name'), description: str(body, 'description'), namespace },
      deps.now(),
    );
    return c.json(toV1Experiment(created));
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
      emptyMessage(`api.${verb === 'archive' ? 'Archive' : 'Unarchive'}ExperimentRequest`, ['id']),
    );
    experimentFor(c, id, verb);
    if (verb === 'archive') archiveExperiment(store, id, deps.now());
    else unarchiveExperiment(store, id);
    return c.json({});
  });

  return app;
}
