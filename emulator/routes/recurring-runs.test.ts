import { describe, expect, it } from 'vitest';
import { createTestApi, field, items, text } from '../testing/test-app.ts';
import {
  addPipelineYaml,
  createExperiment,
  recurringRunBody,
  uploadPipeline,
  yamlData,
} from '../testing/test-pipelines.ts';

async function setup() {
  const api = await createTestApi();
  const experimentId = await createExperiment(api, 'alice', 'exp', 'kubeflow-alice');
  const { pipelineId, versionId } = await uploadPipeline(api, {
    name: 'p',
    as: 'alice',
    namespace: 'kubeflow-alice',
  });
  const { trigger: _trigger, ...base } = recurringRunBody(experimentId, pipelineId, {
    max_concurrency: '2',
  });
  return { api, experimentId, pipelineId, versionId, base };
}

describe('recurring runs', () => {
  it('creates cron and periodic schedules; lists them under recurringRuns', async () => {
    const { api, experimentId, pipelineId, base } = await setup();
    const cron = await api.call('POST', '/apis/v2beta1/recurringruns', {
      as: 'alice',
      json: {
        ...base,
        trigger: { cron_schedule: { cron: '0 30 14 * * ?', start_time: '2026-01-01T00:00:00Z' } },
        no_catchup: true,
      },
    });
    expect(cron.status).toBe(200);
    expect(cron.json).toMatchObject({
      display_name: 'job',
      namespace: 'kubeflow-alice',
      experiment_id: experimentId,
      max_concurrency: '2',
      mode: 'ENABLE',
      status: 'ENABLED',
      no_catchup: true,
      trigger: { cron_schedule: { cron: '0 30 14 * * ?', start_time: '2026-01-01T00:00:00Z' } },
      pipeline_version_reference: { pipeline_id: pipelineId },
    });
    expect(field(cron.body, 'pipeline_version_reference', 'pipeline_version_id')).toBeUndefined();
    const periodic = await api.call('POST', '/apis/v2beta1/recurringruns', {
      as: 'alice',
      json: {
        ...base,
        max_concurrency: undefined,
        display_name: 'hourly',
        mode: 'DISABLE',
        maxConcurrency: 1,
        trigger: { periodicSchedule: { intervalSecond: 3600 } },
      },
    });
    const both = await api.call('POST', '/apis/v2beta1/recurringruns', {
      as: 'alice',
      json: { ...base, maxConcurrency: 1, trigger: { cron_schedule: { cron: '@daily' } } },
    });
    expect(both.json.message).toMatch(/duplicate field "maxConcurrency"/);
    expect(periodic.json).toMatchObject({
      status: 'DISABLED',
      max_concurrency: '1',
      trigger: { periodic_schedule: { interval_second: '3600' } },
    });
    const listed = await api.call(
      'GET',
      '/apis/v2beta1/recurringruns?namespace=kubeflow-alice&sort_by=name',
      { as: 'alice' },
    );
    expect(items(listed.body, 'recurringRuns').map((j) => field(j, 'display_name'))).toEqual([
      'hourly',
      'job',
    ]);
    expect(listed.json.total_size).toBe(2);
    const byExperiment = await api.call(
      'GET',
      `/apis/v2beta1/recurringruns?experiment_id=${experimentId}`,
      { as: 'alice' },
    );
    expect(byExperiment.json.total_size).toBe(2);
    expect(
      (await api.call('GET', '/apis/v2beta1/recurringruns?namespace=kubeflow-alice', { as: 'bob' }))
        .status,
    ).toBe(403);
  });

  it('validates cron (6 fields, seconds first), interval, max_concurrency, trigger and name', async () => {
    const { api, base, versionId } = await setup();
    const bad: [object, RegExp][] = [
      [{ trigger: { cron_schedule: { cron: '0 0 * * * * *' } } }, /expected 6 fields/],
      [{ trigger: { cron_schedule: { cron: '0 30 14 * *' } } }, /expected 6 fields/],
      [{ trigger: { cron_schedule: { cron: '0 61 * * * *' } } }, /out of range/],
      [
        { trigger: { cron_schedule: { cron: 'every day' } } },
        /Schedule cron is not a supported format/,
      ],
      [
        { trigger: { periodic_schedule: { interval_second: '0' } } },
        /invalid period schedule interval/,
      ],
      [
        { trigger: { cron_schedule: { cron: '0 0 0 * * *' } }, max_concurrency: '0' },
        /Max concurrency/,
      ],
      [
        { trigger: { cron_schedule: { cron: '0 0 0 * * *' } }, max_concurrency: '11' },
        /Max concurrency/,
      ],
      [
        { trigger: { cron_schedule: { cron: '0 0 0 * * *' } }, max_concurrency: 'x' },
        /invalid value for int64/,
      ],
      [{}, /trigger/],
      [
        {
          trigger: {
            cron_schedule: { cron: '0 0 0 * * *' },
            periodic_schedule: { interval_second: '5' },
          },
        },
        /oneof trigger/,
      ],
      [
        { trigger: { cron_schedule: { cron: '0 0 0 * * *' } }, display_name: '' },
        /name cannot be empty/,
      ],
      [
        { trigger: { cron_schedule: { cron: '0 0 0 * * *' } }, mode: 'SOMETIMES' },
        /invalid value for enum/,
      ],
      [
        {
          trigger: { cron_schedule: { cron: '0 0 0 * * *' } },
          pipeline_version_reference: { pipeline_version_id: versionId },
          pipeline_spec: yamlData(addPipelineYaml),
        },
        /oneof/,
      ],
    ];
    for (const [change, message] of bad) {
      const response = await api.call('POST', '/apis/v2beta1/recurringruns', {
        as: 'alice',
        json: { ...base, ...change },
      });
      expect(response.status, JSON.stringify(change)).toBe(400);
      expect(response.json.message, JSON.stringify(change)).toMatch(message);
    }
    expect(api.store.recurringRuns.size).toBe(0);
    for (const cron of [
      '0 0 0 * * ?',
      '*/5 * * * * *',
      '0 0 9-17/2 * * MON-FRI',
      '0 0 0 1,15 JAN,JUL ?',
      '@daily',
      '@every 1h30m',
    ]) {
      const ok = await api.call('POST', '/apis/v2beta1/recurringruns', {
        as: 'alice',
        json: { ...base, display_name: cron, trigger: { cron_schedule: { cron } } },
      });
      expect(ok.status, cron).toBe(200);
    }
  });

  it('enables, disables and deletes', async () => {
    const { api, base } = await setup();
    const job = await api.call('POST', '/apis/v2beta1/recurringruns', {
      as: 'alice',
      json: { ...base, trigger: { cron_schedule: { cron: '0 0 0 * * *' } } },
    });
    const id = text(job.body, 'recurring_run_id');
    expect(
      (await api.call('POST', `/apis/v2beta1/recurringruns/${id}:disable`, { as: 'bob' })).status,
    ).toBe(403);
    expect(
      (await api.call('POST', `/apis/v2beta1/recurringruns/${id}:disable`, { as: 'alice' })).status,
    ).toBe(200);
    expect(
      (await api.call('GET', `/apis/v2beta1/recurringruns/${id}`, { as: 'alice' })).json.status,
    ).toBe('DISABLED');
    expect(
      (await api.call('POST', `/apis/v2beta1/recurringruns/${id}:enable`, { as: 'alice' })).status,
    ).toBe(200);
    expect(
      (await api.call('GET', `/apis/v2beta1/recurringruns/${id}`, { as: 'alice' })).json.status,
    ).toBe('ENABLED');
    expect(
      (await api.call('DELETE', `/apis/v2beta1/recurringruns/${id}`, { as: 'alice' })).status,
    ).toBe(200);
    expect(
      (await api.call('GET', `/apis/v2beta1/recurringruns/${id}`, { as: 'alice' })).status,
    ).toBe(404);
  });
});
