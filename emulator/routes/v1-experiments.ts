import { Hono } from 'hono';
import { badRequest } from '../lib/errors.ts';
import type { AppEnv, RouteDeps } from '../http/env.ts';
import { experimentMessageV1 } from '../http/messages-v1.ts';
import { emptyMessage } from '../http/messages.ts';
import { str } from '../lib/proto-json.ts';
import { listBody, readMessage } from '../http/request.ts';
import { toV1Experiment } from '../http/wire-v1.ts';
import { experimentCore } from './experiment-core.ts';
import { referenceId, referenceKeyQuery, referencesOf } from './v1-references.ts';

/**
 * ExperimentService (v1beta1): the namespace is the NAMESPACE resource reference of a new
 * experiment and the `resource_reference_key` of a list
 * (backend/src/apiserver/server/experiment_server.go, the *V1 handlers).
 */
export function v1ExperimentRoutes(deps: RouteDeps): Hono<AppEnv> {
  const core = experimentCore(deps);
  const app = new Hono<AppEnv>();
  const base = '/apis/v1beta1/experiments';

  app.get(base, (c) => {
    const key = referenceKeyQuery(c, 'resource_reference_key');
    if (key && key.type !== 'NAMESPACE') {
      throw badRequest(
        `Invalid input error: Failed to list v1beta1 experiment due to invalid resource reference key. It must be of type 'Namespace' and contain an existing or empty namespace, but you provided ${key.id} of type ${key.type}`,
      );
    }
    const namespace = deps.multiUser ? (key?.id ?? '') : '';
    return c.json(listBody('experiments', core.list(c, namespace, 'v1'), toV1Experiment));
  });

  app.get(`${base}/:id`, (c) =>
    c.json(toV1Experiment(core.experimentFor(c, c.req.param('id'), 'get'))),
  );

  app.post(base, async (c) => {
    const body = await readMessage(c, experimentMessageV1);
    const created = core.create(
      c,
      {
        displayName: str(body, 'name'),
        description: str(body, 'description'),
        namespace: deps.multiUser ? referenceId(referencesOf(body), 'NAMESPACE') : '',
      },
      'Invalid input error: Failed to create a v1beta1 experiment: an experiment cannot have an empty namespace in multi-user mode',
    );
    return c.json(toV1Experiment(created));
  });

  app.delete(`${base}/:id`, (c) => {
    core.delete(c, c.req.param('id'));
    return c.json({});
  });

  app.post(`${base}/:target`, async (c) => {
    await core.action(c, c.req.param('target'), (verb) =>
      emptyMessage(`api.${verb === 'archive' ? 'Archive' : 'Unarchive'}ExperimentRequest`, ['id']),
    );
    return c.json({});
  });

  return app;
}
