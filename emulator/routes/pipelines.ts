import { Hono } from 'hono';
import { checkPipelineNamespace } from '../http/access.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import type { AppEnv, RouteDeps } from '../http/env.ts';
import { pipelineListSpec } from '../http/list-specs.ts';
import { createPipelineAndVersionMessage, pipelineMessage } from '../http/messages.ts';
import { msg, str, stringMap, type ParsedMessage } from '../lib/proto-json.ts';
import { boolQuery, listBody, listRequest, readMessage } from '../http/request.ts';
import { toApiPipeline } from '../http/wire.ts';
import { listPage } from '../lists/list-page.ts';
import {
  createPipeline,
  createPipelineWithVersion,
  deletePipeline,
  getPipeline,
  type NewPipeline,
} from '../store/pipeline-ops.ts';
import { versionInput } from './version-input.ts';

/** PipelineService (v2beta1): list, get, get by name, create, create with a version, update, delete. */
export function pipelineRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const ns = (namespace: string) => (deps.multiUser ? namespace : '');

  const pipelineInput = (p: ParsedMessage | undefined): NewPipeline => {
    const name = str(p, 'name') || str(p, 'display_name');
    return {
      name,
      displayName: str(p, 'display_name') || name,
      description: str(p, 'description'),
      namespace: ns(str(p, 'namespace')),
      tags: stringMap(p, 'tags') ?? {},
    };
  };

  app.get('/apis/v2beta1/pipelines', (c) => {
    const namespace = ns(c.req.query('namespace') ?? '');
    checkPipelineNamespace(c, namespace, 'list');
    const pipelines = [...store.pipelines.values()].filter((p) => p.namespace === namespace);
    return c.json(
      listBody('pipelines', listPage(pipelines, listRequest(c), pipelineListSpec), toApiPipeline),
    );
  });

  app.get('/apis/v2beta1/pipelines/names/:name', (c) => {
    const namespace = ns(c.req.query('namespace') ?? '');
    checkPipelineNamespace(c, namespace, 'get');
    const name = c.req.param('name');
    const found = [...store.pipelines.values()].find(
      (p) => p.namespace === namespace && p.name === name,
    );
    if (!found)
      throw notFound(
        `Failed to get pipeline by name: pipeline ${JSON.stringify(name)} not found in namespace ${JSON.stringify(namespace)}`,
      );
    return c.json(toApiPipeline(found));
  });

  app.get('/apis/v2beta1/pipelines/:id', (c) => {
    const pipeline = getPipeline(store, c.req.param('id'));
    checkPipelineNamespace(c, pipeline.namespace, 'get');
    return c.json(toApiPipeline(pipeline));
  });

  app.post('/apis/v2beta1/pipelines', async (c) => {
    const input = pipelineInput(await readMessage(c, pipelineMessage));
    checkPipelineNamespace(c, input.namespace, 'create');
    return c.json(toApiPipeline(createPipeline(store, input, deps.now())));
  });

  app.post('/apis/v2beta1/pipelines/create', async (c) => {
    const body = await readMessage(c, createPipelineAndVersionMessage);
    const pipeline = pipelineInput(msg(body, 'pipeline'));
    checkPipelineNamespace(c, pipeline.namespace, 'create');
    const version = await versionInput(
      msg(body, 'pipeline_version'),
      {
        name: pipeline.name,
        displayName: pipeline.displayName,
      },
      deps.pipelineUrlValidation,
    );
    const created = createPipelineWithVersion(store, pipeline, version, deps.now());
    return c.json(toApiPipeline(created.pipeline));
  });

  app.patch('/apis/v2beta1/pipelines/:id', async (c) => {
    const body = await readMessage(c, pipelineMessage);
    const pipeline = getPipeline(store, c.req.param('id'));
    checkPipelineNamespace(c, pipeline.namespace, 'update');
    const bodyId = str(body, 'pipeline_id');
    if (bodyId !== '' && bodyId !== pipeline.id)
      throw badRequest('pipeline_id in the body does not match the path');
    const updated = {
      ...pipeline,
      displayName: str(body, 'display_name') || pipeline.displayName,
      tags: stringMap(body, 'tags') ?? pipeline.tags,
    };
    store.pipelines.put(updated);
    return c.json(toApiPipeline(updated));
  });

  app.delete('/apis/v2beta1/pipelines/:id', (c) => {
    const id = c.req.param('id');
    checkPipelineNamespace(c, getPipeline(store, id).namespace, 'delete');
    deletePipeline(store, id, boolQuery(c, 'cascade'));
    return c.json({});
  });

  return app;
}
