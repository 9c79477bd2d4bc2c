import { describe, expect, it } from 'vitest';
import { createTestApi, text, type TestApi } from '../testing/test-app.ts';
import { createExperiment, recurringRunBody, uploadPipeline } from '../testing/test-pipelines.ts';
import { createStaticEngine, type RunEngine } from './run-engine.ts';
import { triggerDueRuns } from './scheduler.ts';

const start = Date.parse('2026-08-01T10:00:00Z');

async function setup(job: object, engine: RunEngine = createStaticEngine()) {
  let clock = start;
  const now = () => new Date(clock);
  const api: TestApi = await createTestApi({ now, engine });
  const experimentId = await createExperiment(api, 'alice', 'exp', 'kubeflow-alice');
  const { pipelineId } = await uploadPipeline(api, {
    name: 'p',
    as: 'alice',
    namespace: 'kubeflow-alice',
  });
  const created = await api.call('POST', '/apis/v2beta1/recurringruns', {
    as: 'alice',
    json: recurringRunBody(experimentId, pipelineId, { max_concurrency: '10', ...job }),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  const id = text(created.body, 'recurring_run_id');
  return {
    api,
    id,
    at: (offsetSeconds: number) => {
      clock = start + offsetSeconds * 1000;
      return triggerDueRuns({ store: api.store, engine: api.engine, now });
    },
  };
}

const every = (seconds: number) => ({
  trigger: { periodic_schedule: { interval_second: String(seconds) } },
});

describe('scheduler', () => {
  it('starts periodic runs when due, with the recurring run id, and remembers where it is', async () => {
    const { api, id, at } = await setup(every(60));
    expect(at(59)).toHaveLength(0);
    const first = at(60);
    expect(first.map((r) => r.displayName)).toEqual(['job-20260801100100']);
    expect(first[0]).toMatchObject({
      recurringRunId: id,
      namespace: 'kubeflow-alice',
      parameters: { a: 1 },
    });
    expect(at(90)).toHaveLength(0);
    expect(at(185).map((r) => r.displayName)).toEqual(['job-20260801100200', 'job-20260801100300']);
    const listed = await api.call(
      'GET',
      `/apis/v2beta1/runs?namespace=kubeflow-alice&filter=${encodeURIComponent(JSON.stringify({ predicates: [{ key: 'recurring_run_id', operation: 'EQUALS', string_value: id }] }))}`,
      { as: 'alice' },
    );
    expect(listed.json.total_size).toBe(3);
  });

  it('catches up only the latest time with no_catchup', async () => {
    const { at } = await setup({ ...every(60), no_catchup: true });
    expect(at(600).map((r) => r.displayName)).toEqual(['job-20260801101000']);
    expect(at(600)).toHaveLength(0);
  });

  it('waits while max_concurrency runs are active', async () => {
    const { api, at } = await setup({ ...every(60), max_concurrency: '1' });
    expect(at(300)).toHaveLength(1);
    expect(at(400)).toHaveLength(0);
    const [run] = [...api.store.runs.values()];
    await api.call('POST', `/apis/v2beta1/runs/${run?.id ?? ''}:terminate`, { as: 'alice' });
    expect(at(400)).toHaveLength(1);
  });

  it('follows cron schedules and respects disable', async () => {
    const { api, id, at } = await setup({ trigger: { cron_schedule: { cron: '0 30 10 * * *' } } });
    expect(at(1799)).toHaveLength(0);
    expect(at(1800).map((r) => r.displayName)).toEqual(['job-20260801103000']);
    await api.call('POST', `/apis/v2beta1/recurringruns/${id}:disable`, { as: 'alice' });
    expect(at(1800 + 86400)).toHaveLength(0);
  });

  it('stops at end_time and starts after start_time', async () => {
    const window = { start_time: '2026-08-01T10:10:00Z', end_time: '2026-08-01T10:13:30Z' };
    const { at } = await setup({
      trigger: { periodic_schedule: { interval_second: '60', ...window } },
    });
    expect(at(3600).map((r) => r.displayName)).toEqual([
      'job-20260801101100',
      'job-20260801101200',
      'job-20260801101300',
    ]);
  });
});
