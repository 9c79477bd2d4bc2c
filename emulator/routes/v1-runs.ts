import { Hono } from 'hono';
import { checkNamespace, checkPipelineNamespace } from '../http/access.ts';
import { notFound } from '../http/errors.ts';
import type { AppEnv, RouteDeps } from '../http/env.ts';
import { specToYaml } from '../http/pipeline-spec.ts';
import { toV1RunDetail } from '../http/wire-v1.ts';
import { getPipeline, getVersion, latestVersion } from '../store/pipeline-ops.ts';
import type { VersionRecord } from '../store/records.ts';
import { getRun } from '../store/run-ops.ts';

/** The v1beta1 calls v1 (Argo) runs need: the run detail with its workflow, and pipeline templates. */
export function v1Routes(deps: RouteDeps): Hono<AppEnv> {
  const { store, engine } = deps;
  const app = new Hono<AppEnv>();

  const template = (version: VersionRecord) => {
    if (version.template !== '') return version.template;
    const spec = store.getSpec(version.specHash);
    return spec ? specToYaml(spec) : '';
  };

  app.get('/apis/v1beta1/runs/:id', (c) => {
    const run = getRun(store, c.req.param('id'));
    checkNamespace(c, run.namespace, 'get', 'runs');
    return c.json(toV1RunDetail(run, engine.runtime(run.id), store));
  });

  app.get('/apis/v1beta1/pipeline_versions/:id/templates', (c) => {
    const version = getVersion(store, c.req.param('id'));
    checkPipelineNamespace(
      c,
      getPipeline(store, version.pipelineId).namespace,
      'get',
      'pipelineversions',
    );
    return c.json({ template: template(version) });
  });

  app.get('/apis/v1beta1/pipelines/:id/templates', (c) => {
    const pipeline = getPipeline(store, c.req.param('id'));
    checkPipelineNamespace(c, pipeline.namespace, 'get');
    const version = latestVersion(store, pipeline.id);
    if (!version)
      throw notFound(
        `Failed to get the latest template for pipeline ${pipeline.id}: it has no versions`,
      );
    return c.json({ template: template(version) });
  });

  return app;
}
