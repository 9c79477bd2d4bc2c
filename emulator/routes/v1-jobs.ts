import { Hono } from 'hono';
import { checkNamespace, type Verb } from '../http/access.ts';
import type { AppContext, AppEnv, RouteDeps } from '../http/env.ts';
import { recurringRunListSpec } from '../http/list-specs.ts';
import { jobMessageV1 } from '../http/messages-v1.ts';
import { emptyMessage } from '../http/messages.ts';
import { bool, str } from '../lib/proto-json.ts';
import { listBody, listRequest, readMessage } from '../http/request.ts';
import { toV1Job } from '../http/wire-v1-runs.ts';
import { listPage } from '../lists/list-page.ts';
import type { RecurringRunRecord } from '../store/records.ts';
import {
  checkNewRecurringRun,
  createRecurringRun,
  deleteRecurringRun,
  getRecurringRun,
  setRecurringRunEnabled,
} from '../store/recurring-run-ops.ts';
import { scopeOf } from './list-scope.ts';
import { triggerOf } from './recurring-runs.ts';
import { serviceAccountOf } from './run-input.ts';
import { referenceKeyQuery } from './v1-references.ts';
import { v1RunInput } from './v1-run-input.ts';

/**
 * JobService (v1beta1): recurring runs as api.Job over the same store as v2beta1 RecurringRuns
 * (backend/src/apiserver/server/job_server.go): `enabled` decides the mode on create; a
 * PIPELINE_VERSION reference pins a version, `pipeline_id` alone follows the latest one.
 */
export function v1JobRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const base = '/apis/v1beta1/jobs';
  const wire = (j: RecurringRunRecord) => toV1Job(j, store);

  const jobFor = (c: AppContext, id: string, verb: Verb): RecurringRunRecord => {
    const job = getRecurringRun(store, id);
    checkNamespace(c, job.namespace, verb, 'recurringruns');
    return job;
  };

  app.get(base, (c) => {
    const key = referenceKeyQuery(c, 'resource_reference_key');
    const scope = scopeOf(c, deps, 'ListJobs', 'recurringruns', {
      experimentId: key?.type === 'EXPERIMENT' ? key.id : '',
      namespace: key?.type === 'NAMESPACE' ? key.id : '',
    });
    const jobs = [...store.recurringRuns.values()].filter(scope);
    return c.json(
      listBody('jobs', listPage(jobs, listRequest(c), recurringRunListSpec, 'v1'), wire),
    );
  });

  app.get(`${base}/:id`, (c) => c.json(wire(jobFor(c, c.req.param('id'), 'get'))));

  app.post(base, async (c) => {
    const body = await readMessage(c, jobMessageV1);
    const input = v1RunInput(c, deps, body, 'recurring run');
    const resolved = input.resolved;
    const source: RecurringRunRecord['source'] =
      resolved.source.kind === 'spec'
        ? resolved.source
        : {
            kind: 'version',
            pipelineId: resolved.source.pipelineId,
            // A pipeline without a version reference keeps meaning "its latest version".
            pipelineVersionId: input.versionPinned ? resolved.source.pipelineVersionId : '',
          };
    const job = {
      displayName: input.name,
      description: str(body, 'description'),
      namespace: input.experiment.namespace,
      source,
      parameters: input.parameters,
      pipelineRoot: input.pipelineRoot,
      serviceAccount: serviceAccountOf(deps, str(body, 'service_account')),
      maxConcurrency: str(body, 'max_concurrency') || '0',
      trigger: triggerOf(body),
      enabled: bool(body, 'enabled'),
      noCatchup: bool(body, 'no_catchup'),
    };
    checkNewRecurringRun(job);
    const created = store.batch(() => {
      if (resolved.source.kind === 'spec') store.putSpec(resolved.spec);
      return createRecurringRun(
        store,
        { ...job, experimentId: input.experiment.commit().id },
        deps.now(),
      );
    });
    return c.json(wire(created));
  });

  app.delete(`${base}/:id`, (c) => {
    deleteRecurringRun(store, jobFor(c, c.req.param('id'), 'delete').id);
    return c.json({});
  });

  for (const verb of ['enable', 'disable'] as const) {
    app.post(`${base}/:id/${verb}`, async (c) => {
      await readMessage(
        c,
        emptyMessage(`api.${verb === 'enable' ? 'Enable' : 'Disable'}JobRequest`, ['id']),
      );
      const id = jobFor(c, c.req.param('id'), verb).id;
      setRecurringRunEnabled(store, id, verb === 'enable', deps.now());
      return c.json({});
    });
  }

  return app;
}
