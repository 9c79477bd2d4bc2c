import { Hono } from 'hono';
import { checkNamespace } from '../http/access.ts';
import { notFound } from '../lib/errors.ts';
import type { AppEnv, RouteDeps } from '../http/env.ts';
import { listBody } from '../http/request.ts';
import { listPage } from '../lists/list-page.ts';
import type { ListSpec } from '../lists/types.ts';
import { getRun } from '../store/run-ops.ts';
import type { JsonObject } from '../lib/json.ts';

const text = (task: JsonObject, key: string) => {
  const value = task[key];
  return typeof value === 'string' ? value : '';
};

const taskListSpec: ListSpec<JsonObject> = {
  model: 'tasks',
  typeName: 'Task',
  key: (t) => text(t, 'task_id'),
  defaultSort: 'create_time',
  fields: {
    task_id: { column: 'UUID', get: (t) => text(t, 'task_id') },
    name: { column: 'Name', get: (t) => text(t, 'name') },
    display_name: { column: 'DisplayName', get: (t) => text(t, 'display_name') },
    state: { column: 'State', get: (t) => text(t, 'state') },
    type: { column: 'Type', get: (t) => text(t, 'type') },
    parent_task_id: { column: 'ParentTaskId', get: (t) => text(t, 'parent_task_id') },
    create_time: {
      column: 'CreatedAtInSec',
      get: (t) => Math.floor(Date.parse(text(t, 'create_time') || '1970-01-01T00:00:00Z') / 1000),
      sortValue: (t) => Date.parse(text(t, 'create_time') || '1970-01-01T00:00:00Z'),
    },
  },
};

/** The newer servers' task calls (v2beta1-tasks): GET /runs/{id}/tasks and /runs/{id}/tasks/{task_id}. */
export function runTaskRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store, engine } = deps;
  const app = new Hono<AppEnv>();

  const tasksOf = (runId: string, c: Parameters<typeof checkNamespace>[0]) => {
    const run = getRun(store, runId);
    checkNamespace(c, run.namespace, 'get', 'runs');
    return engine.runtime(run.id)?.tasks ?? [];
  };

  app.get('/apis/v2beta1/runs/:id/tasks', (c) => {
    const parent = c.req.query('parent_id') ?? '';
    const tasks = tasksOf(c.req.param('id'), c).filter(
      (t) => parent === '' || text(t, 'parent_task_id') === parent,
    );
    const page = listPage(
      tasks,
      {
        pageToken: c.req.query('page_token'),
        pageSize: c.req.query('page_size'),
        sortBy: c.req.query('order_by'),
        filter: c.req.query('filter'),
      },
      taskListSpec,
    );
    return c.json(listBody('tasks', page, (t) => t));
  });

  app.get('/apis/v2beta1/runs/:id/tasks/:taskId', (c) => {
    const taskId = c.req.param('taskId');
    const task = tasksOf(c.req.param('id'), c).find((t) => text(t, 'task_id') === taskId);
    if (!task) throw notFound(`Failed to get task: task ${JSON.stringify(taskId)} not found`);
    return c.json(task);
  });

  return app;
}
