import { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../http/env.ts';
import { emptyMessage, experimentMessage } from '../http/messages.ts';
import { str } from '../lib/proto-json.ts';
import { listBody, readMessage } from '../http/request.ts';
import { toApiExperiment } from '../http/wire.ts';
import { experimentCore } from './experiment-core.ts';

/** ExperimentService (v2beta1). */
export function experimentRoutes(deps: RouteDeps): Hono<AppEnv> {
  const core = experimentCore(deps);
  const app = new Hono<AppEnv>();
  const base = '/apis/v2beta1/experiments';

  app.get(base, (c) => {
    const namespace = deps.multiUser ? (c.req.query('namespace') ?? '') : '';
    return c.json(listBody('experiments', core.list(c, namespace), toApiExperiment));
  });

  app.get(`${base}/:id`, (c) =>
    c.json(toApiExperiment(core.experimentFor(c, c.req.param('id'), 'get'))),
  );

  app.post(base, async (c) => {
    const body = await readMessage(c, experimentMessage);
    const created = core.create(
      c,
      {
        displayName: str(body, 'display_name'),
        description: str(body, 'description'),
        namespace: deps.multiUser ? str(body, 'namespace') : '',
      },
      'Failed to create an experiment: an experiment cannot have an empty namespace in multi-user mode',
    );
    return c.json(toApiExperiment(created));
  });

  app.delete(`${base}/:id`, (c) => {
    core.delete(c, c.req.param('id'));
    return c.json({});
  });

  app.post(`${base}/:target`, async (c) => {
    await core.action(c, c.req.param('target'), (verb) =>
      emptyMessage(`v2beta1.${verb === 'archive' ? 'Archive' : 'Unarchive'}ExperimentRequest`, [
        'experiment_id',
      ]),
    );
    return c.json({});
  });

  return app;
}
