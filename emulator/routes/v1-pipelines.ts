import { Hono } from 'hono';
import { checkPipelineNamespace } from '../http/access.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import type { AppContext, AppEnv, RouteDeps } from '../http/env.ts';
import { pipelineListSpec, versionListSpec } from '../http/list-specs.ts';
import { pipelineMessageV1, pipelineVersionMessageV1 } from '../http/messages-v1.ts';
import { nameFromFile } from '../http/pipeline-file.ts';
import { parsePipelineText, specToYaml } from '../store/pipeline-spec.ts';
import { downloadPipeline } from '../http/pipeline-url.ts';
import { msg, str } from '../lib/proto-json.ts';
import { listBody, listRequest, readMessage } from '../http/request.ts';
import { toV1Pipeline, toV1PipelineVersion } from '../http/wire-v1.ts';
import { listPage } from '../lists/list-page.ts';
import {
  createPipelineWithVersion,
  createVersion,
  deletePipeline,
  getPipeline,
  getVersion,
  latestVersion,
  versionsOf,
} from '../store/pipeline-ops.ts';
import type { PipelineRecord, VersionRecord } from '../store/records.ts';
import { referenceId, referenceKeyQuery, referencesOf } from './v1-references.ts';

/**
 * PipelineService (v1beta1) over the same store as v2beta1: a pipeline is listed with its latest
 * version as `default_version`; versions are listed by `resource_key.type=PIPELINE`.
 * (backend/src/apiserver/server/pipeline_server.go, the *V1 handlers.)
 */
export function v1PipelineRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const base = '/apis/v1beta1';
  const ns = (namespace: string) => (deps.multiUser ? namespace : '');
  const pipelineWire = (p: PipelineRecord) => toV1Pipeline(p, latestVersion(store, p.id), store);
  const versionWire = (v: VersionRecord) => toV1PipelineVersion(v, store);
  const template = (version: VersionRecord) => {
    if (version.template !== '') return version.template;
    const spec = store.getSpec(version.specHash);
    return spec ? specToYaml(spec) : '';
  };

  app.get(`${base}/pipelines`, (c) => {
    const key = referenceKeyQuery(c, 'resource_reference_key');
    if (key && key.type !== 'NAMESPACE')
      throw badRequest(
        `Invalid input error: Failed to list pipelines (v1beta1) due to invalid resource references for pipelines: ${key.type}`,
      );
    const namespace = ns(key?.id ?? '');
    checkPipelineNamespace(c, namespace, 'list');
    const pipelines = [...store.pipelines.values()].filter((p) => p.namespace === namespace);
    const page = listPage(pipelines, listRequest(c), pipelineListSpec, 'v1');
    return c.json(listBody('pipelines', page, pipelineWire));
  });

  app.get(`${base}/pipelines/:id`, (c) => {
    const pipeline = getPipeline(store, c.req.param('id'));
    checkPipelineNamespace(c, pipeline.namespace, 'get');
    return c.json(pipelineWire(pipeline));
  });

  app.get(`${base}/namespaces/:namespace/pipelines/:name`, (c) => {
    const namespace = ns(c.req.param('namespace') === '-' ? '' : c.req.param('namespace'));
    checkPipelineNamespace(c, namespace, 'get');
    const name = c.req.param('name');
    const found = [...store.pipelines.values()].find(
      (p) => p.namespace === namespace && p.name === name,
    );
    if (!found)
      throw notFound(
        `Failed to get pipeline by name: pipeline ${JSON.stringify(name)} not found in namespace ${JSON.stringify(namespace)}`,
      );
    return c.json(pipelineWire(found));
  });

  // CreatePipelineV1: a pipeline and its first version from `url.pipeline_url`.
  app.post(`${base}/pipelines`, async (c) => {
    const body = await readMessage(c, pipelineMessageV1);
    const url = str(msg(body, 'url'), 'pipeline_url');
    const namespace = ns(referenceId(referencesOf(body), 'NAMESPACE'));
    checkPipelineNamespace(c, namespace, 'create');
    if (url === '')
      throw badRequest('Invalid input error: Failed to create a pipeline (v1beta1): url is empty');
    const file = await downloadPipeline(url, deps.pipelineUrlValidation);
    const spec = parsePipelineText(file.template).spec;
    const name = str(body, 'name') || file.fileName;
    const description = str(body, 'description');
    const created = createPipelineWithVersion(
      store,
      { name, displayName: name, description, namespace, tags: {} },
      {
        name,
        displayName: name,
        description,
        codeSourceUrl: '',
        packageUrl: url,
        tags: {},
        spec,
        template: file.template,
      },
      deps.now(),
    );
    return c.json(toV1Pipeline(created.pipeline, created.version, store));
  });

  app.delete(`${base}/pipelines/:id`, (c) => {
    const id = c.req.param('id');
    checkPipelineNamespace(c, getPipeline(store, id).namespace, 'delete');
    deletePipeline(store, id, false);
    return c.json({});
  });

  app.get(`${base}/pipelines/:id/templates`, (c) => {
    const pipeline = getPipeline(store, c.req.param('id'));
    checkPipelineNamespace(c, pipeline.namespace, 'get');
    const version = latestVersion(store, pipeline.id);
    if (!version)
      throw notFound(
        `Failed to get the latest template for pipeline ${pipeline.id}: it has no versions`,
      );
    return c.json({ template: template(version) });
  });

  app.get(`${base}/pipeline_versions`, (c) => {
    const key = referenceKeyQuery(c, 'resource_key');
    if (!key || key.type !== 'PIPELINE' || key.id === '')
      throw badRequest(
        'Invalid input error: Failed to list pipeline versions (v1beta1): resource_key must be of type PIPELINE with a pipeline id',
      );
    const pipeline = getPipeline(store, key.id);
    checkPipelineNamespace(c, pipeline.namespace, 'list', 'pipelineversions');
    const page = listPage(versionsOf(store, pipeline.id), listRequest(c), versionListSpec, 'v1');
    return c.json(listBody('versions', page, versionWire));
  });

  const versionFor = (id: string, c: AppContext, verb: 'get' | 'delete') => {
    const version = getVersion(store, id);
    checkPipelineNamespace(
      c,
      getPipeline(store, version.pipelineId).namespace,
      verb,
      'pipelineversions',
    );
    return version;
  };

  app.get(`${base}/pipeline_versions/:id`, (c) =>
    c.json(versionWire(versionFor(c.req.param('id'), c, 'get'))),
  );

  app.get(`${base}/pipeline_versions/:id/templates`, (c) =>
    c.json({ template: template(versionFor(c.req.param('id'), c, 'get')) }),
  );

  app.delete(`${base}/pipeline_versions/:id`, (c) => {
    store.versions.delete(versionFor(c.req.param('id'), c, 'delete').id);
    return c.json({});
  });

  // CreatePipelineVersionV1: the pipeline is the PIPELINE reference, the file `package_url`.
  app.post(`${base}/pipeline_versions`, async (c) => {
    const body = await readMessage(c, pipelineVersionMessageV1);
    const pipelineId = referenceId(referencesOf(body), 'PIPELINE');
    if (pipelineId === '')
      throw badRequest(
        'Invalid input error: Failed to create a pipeline version (v1beta1): a PIPELINE resource reference is required',
      );
    const pipeline = getPipeline(store, pipelineId);
    checkPipelineNamespace(c, pipeline.namespace, 'create', 'pipelineversions');
    const url = str(msg(body, 'package_url'), 'pipeline_url');
    if (url === '')
      throw badRequest(
        'Invalid input error: Failed to create a pipeline version (v1beta1): package_url is empty',
      );
    const file = await downloadPipeline(url, deps.pipelineUrlValidation);
    const name = str(body, 'name') || nameFromFile(file.fileName);
    const version = createVersion(
      store,
      pipeline.id,
      {
        name,
        displayName: name,
        description: str(body, 'description'),
        codeSourceUrl: str(body, 'code_source_url'),
        packageUrl: url,
        tags: {},
        spec: parsePipelineText(file.template).spec,
        template: file.template,
      },
      deps.now(),
    );
    return c.json(versionWire(version));
  });

  return app;
}
