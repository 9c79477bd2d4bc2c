import { Hono } from 'hono';
import { checkNamespace, type Verb } from '../http/access.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import type { AppContext, AppEnv, RouteDeps } from '../http/env.ts';
import { recurringRunListSpec } from '../http/list-specs.ts';
import { emptyMessage, recurringRunMessage } from '../http/messages.ts';
import { bool, msg, str, type ParsedMessage } from '../lib/proto-json.ts';
import { listBody, listRequest, readMessage, splitAction } from '../http/request.ts';
import { toApiRecurringRun } from '../http/wire.ts';
import { listPage } from '../lists/list-page.ts';
import type { RecurringRunRecord, Trigger } from '../store/records.ts';
import {
  checkNewRecurringRun,
  createRecurringRun,
  deleteRecurringRun,
  getRecurringRun,
  setRecurringRunEnabled,
} from '../store/recurring-run-ops.ts';
import { listScope } from './list-scope.ts';
import { experimentOfNew, parametersOfNew, serviceAccountOf, sourceOfNew } from './run-input.ts';

export function triggerOf(body: ParsedMessage): Trigger | undefined {
  const trigger = msg(body, 'trigger');
  const cron = msg(trigger, 'cron_schedule');
  const periodic = msg(trigger, 'periodic_schedule');
  const times = (m: ParsedMessage | undefined) => ({
    ...(str(m, 'start_time') ? { startTime: str(m, 'start_time') } : {}),
    ...(str(m, 'end_time') ? { endTime: str(m, 'end_time') } : {}),
  });
  if (cron) {
    if (str(cron, 'cron') === '')
      throw badRequest('Failed to create a recurring run: cron_schedule.cron is empty');
    return { kind: 'cron', cron: str(cron, 'cron'), ...times(cron) };
  }
  if (periodic)
    return {
      kind: 'periodic',
      intervalSecond: str(periodic, 'interval_second') || '0',
      ...times(periodic),
    };
  return undefined;
}

/** RecurringRunService (v2beta1); the list field is `recurringRuns` (camelCase) like the real server. */
export function recurringRunRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const base = '/apis/v2beta1/recurringruns';
  const wire = (r: RecurringRunRecord) => toApiRecurringRun(r, store);

  const jobFor = (c: AppContext, id: string, verb: Verb): RecurringRunRecord => {
    const job = getRecurringRun(store, id);
    checkNamespace(c, job.namespace, verb, 'recurringruns');
    return job;
  };

  app.get(base, (c) => {
    const jobs = [...store.recurringRuns.values()].filter(
      listScope(c, deps, 'ListRecurringRuns', 'recurringruns'),
    );
    return c.json(
      listBody('recurringRuns', listPage(jobs, listRequest(c), recurringRunListSpec), wire),
    );
  });

  app.get(`${base}/:id`, (c) => c.json(wire(jobFor(c, c.req.param('id'), 'get'))));

  app.post(base, async (c) => {
    const body = await readMessage(c, recurringRunMessage);
    const choice = experimentOfNew(
      c,
      deps,
      str(body, 'experiment_id'),
      str(body, 'namespace'),
      'recurring run',
    );
    const resolved = sourceOfNew(c, deps, body, choice.namespace, 'recurring run');
    const { parameters, pipelineRoot } = parametersOfNew(body, resolved);
    const ref = msg(body, 'pipeline_version_reference');
    // A reference holding only the pipeline id keeps meaning "the latest version" at every trigger.
    const source: RecurringRunRecord['source'] =
      resolved.source.kind === 'spec'
        ? resolved.source
        : {
            kind: 'version',
            pipelineId: resolved.source.pipelineId,
            pipelineVersionId: str(ref, 'pipeline_version_id') || str(body, 'pipeline_version_id'),
          };
    const input = {
      displayName: str(body, 'display_name'),
      description: str(body, 'description'),
      namespace: choice.namespace,
      source,
      parameters,
      pipelineRoot,
      serviceAccount: serviceAccountOf(deps, str(body, 'service_account')),
      maxConcurrency: str(body, 'max_concurrency') || '0',
      trigger: triggerOf(body),
      enabled: str(body, 'mode') === 'ENABLE',
      noCatchup: bool(body, 'no_catchup'),
    };
    checkNewRecurringRun(input);
    const created = store.batch(() => {
      if (resolved.source.kind === 'spec') store.putSpec(resolved.spec);
      return createRecurringRun(store, { ...input, experimentId: choice.commit().id }, deps.now());
    });
    return c.json(wire(created));
  });

  app.delete(`${base}/:id`, (c) => {
    deleteRecurringRun(store, jobFor(c, c.req.param('id'), 'delete').id);
    return c.json({});
  });

  app.post(`${base}/:target`, async (c) => {
    const { id, verb } = splitAction(c.req.param('target'));
    if (verb !== 'enable' && verb !== 'disable') throw notFound(`Not Found: POST ${c.req.path}`);
    await readMessage(
      c,
      emptyMessage(`v2beta1.${verb === 'enable' ? 'Enable' : 'Disable'}RecurringRunRequest`, [
        'recurring_run_id',
      ]),
    );
    jobFor(c, id, verb);
    setRecurringRunEnabled(store, id, verb === 'enable', deps.now());
    return c.json({});
  });

  return app;
}
