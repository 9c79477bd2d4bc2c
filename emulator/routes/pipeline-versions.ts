import { Hono } from 'hono';
import { checkPipelineNamespace } from '../http/access.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import type { AppContext, AppEnv, RouteDeps } from '../http/env.ts';
import { versionListSpec } from '../http/list-specs.ts';
import { pipelineVersionMessage } from '../http/messages.ts';
import { str, stringMap } from '../lib/proto-json.ts';
import { listBody, listRequest, readMessage } from '../http/request.ts';
import { toApiPipelineVersion } from '../http/wire.ts';
import { listPage } from '../lists/list-page.ts';
import { createVersion, getPipeline, getVersion, versionsOf } from '../store/pipeline-ops.ts';
import type { VersionRecord } from '../store/records.ts';
import { versionInput } from './version-input.ts';

/** PipelineService versions (v2beta1): list, get, create, update, delete under /pipelines/{id}/versions. */
export function pipelineVersionRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const base = '/apis/v2beta1/pipelines/:pipelineId/versions';
  const wire = (v: VersionRecord) => toApiPipelineVersion(v, store, deps.runApi);

  /** The version in the path, after checking it belongs to the pipeline in the path. */
  function versionOf(c: AppContext, verb: 'get' | 'update' | 'delete'): VersionRecord {
    const pipeline = getPipeline(store, c.req.param('pipelineId') ?? '');
    checkPipelineNamespace(c, pipeline.namespace, verb, 'pipelineversions');
    const version = getVersion(store, c.req.param('versionId') ?? '');
    if (version.pipelineId !== pipeline.id) {
      throw notFound(
        `Failed to get pipeline version: pipeline version ${version.id} not found in pipeline ${pipeline.id}`,
      );
    }
    return version;
  }

  app.get(base, (c) => {
    const pipeline = getPipeline(store, c.req.param('pipelineId'));
    checkPipelineNamespace(c, pipeline.namespace, 'list', 'pipelineversions');
    const page = listPage(versionsOf(store, pipeline.id), listRequest(c), versionListSpec);
    return c.json(listBody('pipeline_versions', page, wire));
  });

  app.get(`${base}/:versionId`, (c) => c.json(wire(versionOf(c, 'get'))));

  app.post(base, async (c) => {
    const body = await readMessage(c, pipelineVersionMessage);
    const pipeline = getPipeline(store, c.req.param('pipelineId'));
    checkPipelineNamespace(c, pipeline.namespace, 'create', 'pipelineversions');
    const bodyPipeline = str(body, 'pipeline_id');
    if (bodyPipeline !== '' && bodyPipeline !== pipeline.id) {
      throw badRequest(
        `Failed to create a pipeline version: pipeline_id ${bodyPipeline} does not match the path (${pipeline.id})`,
      );
    }
    const input = await versionInput(
      body,
      { name: '', displayName: '' },
      deps.pipelineUrlValidation,
    );
    return c.json(wire(createVersion(store, pipeline.id, input, deps.now())));
  });

  app.patch(`${base}/:versionId`, async (c) => {
    const body = await readMessage(c, pipelineVersionMessage);
    const version = versionOf(c, 'update');
    const updated = {
      ...version,
      displayName: str(body, 'display_name') || version.displayName,
      tags: stringMap(body, 'tags') ?? version.tags,
    };
    store.versions.put(updated);
    return c.json(wire(updated));
  });

  app.delete(`${base}/:versionId`, (c) => {
    store.versions.delete(versionOf(c, 'delete').id);
    return c.json({});
  });

  return app;
}
