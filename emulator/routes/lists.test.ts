import { describe, expect, it } from 'vitest';
import { createTestApi, field, items, text, type TestApi } from '../testing/test-app.ts';
import { createExperiment, uploadPipeline } from '../testing/test-pipelines.ts';

/** 25 runs named run-00…run-24, created one second apart by a fake clock. */
async function runs(): Promise<{ api: TestApi; experimentId: string }> {
  let clock = Date.parse('2026-08-01T10:00:00Z');
  const api = await createTestApi({ now: () => new Date((clock += 1000)) });
  const experimentId = await createExperiment(api, 'alice', 'exp', 'kubeflow-alice');
  const { pipelineId } = await uploadPipeline(api, {
    name: 'p',
    as: 'alice',
    namespace: 'kubeflow-alice',
  });
  for (let i = 0; i < 25; i++) {
    await api.call('POST', '/apis/v2beta1/runs', {
      as: 'alice',
      json: {
        display_name: `run-${String(i).padStart(2, '0')}`,
        experiment_id: experimentId,
        pipeline_version_reference: { pipeline_id: pipelineId },
        runtime_config: { parameters: { a: i } },
      },
    });
  }
  return { api, experimentId };
}

const names = (body: unknown) => items(body, 'runs').map((r) => field(r, 'display_name'));

async function walk(api: TestApi, query: string): Promise<unknown[][]> {
  const pages: unknown[][] = [];
  let token = '';
  do {
    const page = await api.call(
      'GET',
      `/apis/v2beta1/runs?namespace=kubeflow-alice&page_size=10${query}${token ? `&page_token=${encodeURIComponent(token)}` : ''}`,
      { as: 'alice' },
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(page.json.total_size).toBe(25);
    pages.push(names(page.body));
    token = text(page.body, 'next_page_token');
  } while (token !== '' && pages.length < 5);
  return pages;
}

describe('list calls through HTTP', () => {
  it('pages three times in both orders, the last page without next_page_token', async () => {
    const { api } = await runs();
    const all = Array.from({ length: 25 }, (_, i) => `run-${String(i).padStart(2, '0')}`);
    const ascending = await walk(api, '&sort_by=created_at');
    expect(ascending.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(ascending.flat()).toEqual(all);
    const descending = await walk(api, `&sort_by=${encodeURIComponent('name desc')}`);
    expect(descending.flat()).toEqual([...all].reverse());
  });

  it('reads filters encoded once or twice (the official client encodes twice)', async () => {
    const { api } = await runs();
    const filter = JSON.stringify({
      predicates: [
        { key: 'name', operation: 'IN', string_values: { values: ['run-01', 'run-02'] } },
      ],
    });
    const once = await api.call(
      'GET',
      `/apis/v2beta1/runs?namespace=kubeflow-alice&sort_by=name&filter=${encodeURIComponent(filter)}`,
      { as: 'alice' },
    );
    expect(names(once.body)).toEqual(['run-01', 'run-02']);
    const twice = await api.call(
      'GET',
      `/apis/v2beta1/runs?namespace=kubeflow-alice&sort_by=name&filter=${encodeURIComponent(encodeURIComponent(filter))}`,
      { as: 'alice' },
    );
    expect(names(twice.body)).toEqual(['run-01', 'run-02']);
    const sdk = JSON.stringify({ predicates: [{ op: 1, key: 'name', stringValue: 'run-03' }] });
    expect(
      (
        await api.call(
          'GET',
          `/apis/v2beta1/runs?namespace=kubeflow-alice&filter=${encodeURIComponent(sdk)}`,
          { as: 'alice' },
        )
      ).status,
    ).toBe(400);
    const created = JSON.stringify({
      predicates: [
        { key: 'created_at', operation: 'GREATER_THAN', timestamp_value: '2026-08-01T10:00:25Z' },
      ],
    });
    const late = await api.call(
      'GET',
      `/apis/v2beta1/runs?namespace=kubeflow-alice&sort_by=created_at&filter=${encodeURIComponent(created)}`,
      { as: 'alice' },
    );
    expect(names(late.body)).toEqual(['run-23', 'run-24']);
    const state = JSON.stringify({
      predicates: [{ key: 'state', operation: 'EQUALS', string_value: 'PENDING' }],
    });
    expect(
      (
        await api.call(
          'GET',
          `/apis/v2beta1/runs?namespace=kubeflow-alice&filter=${encodeURIComponent(state)}`,
          { as: 'alice' },
        )
      ).json.total_size,
    ).toBe(25);
  });

  it('refuses a token with another filter, bad tokens, bad sorts and unknown filter keys', async () => {
    const { api } = await runs();
    const first = await api.call(
      'GET',
      '/apis/v2beta1/runs?namespace=kubeflow-alice&page_size=5&sort_by=name',
      { as: 'alice' },
    );
    const token = encodeURIComponent(text(first.body, 'next_page_token'));
    const filter = encodeURIComponent(
      JSON.stringify({
        predicates: [{ key: 'name', operation: 'IS_SUBSTRING', string_value: 'run' }],
      }),
    );
    const bad = [
      `page_token=${token}&sort_by=name&filter=${filter}`,
      `page_token=${token}&sort_by=created_at`,
      'page_token=garbage!',
      'sort_by=colour',
      `filter=${encodeURIComponent(JSON.stringify({ predicates: [{ key: 'colour', operation: 'EQUALS', string_value: 'x' }] }))}`,
      'filter=%7Bnot-json',
      'page_size=-3',
    ];
    for (const query of bad) {
      const response = await api.call(
        'GET',
        `/apis/v2beta1/runs?namespace=kubeflow-alice&${query}`,
        { as: 'alice' },
      );
      expect(response.status, query).toBe(400);
      expect(response.json.code, query).toBe(3);
    }
    const pipelinesToken = await api.call(
      'GET',
      `/apis/v2beta1/pipelines?namespace=kubeflow-alice&page_token=${token}`,
      { as: 'alice' },
    );
    expect(pipelinesToken.status).toBe(400);
    const same = await api.call(
      'GET',
      `/apis/v2beta1/runs?namespace=kubeflow-alice&page_size=5&page_token=${token}`,
      { as: 'alice' },
    );
    expect(names(same.body)).toEqual(['run-05', 'run-06', 'run-07', 'run-08', 'run-09']);
  });

  it('sorts experiments by last_run_created_at and answers an empty list as {}', async () => {
    const { api, experimentId } = await runs();
    const empty = await createExperiment(api, 'alice', 'empty', 'kubeflow-alice');
    const sorted = await api.call(
      'GET',
      `/apis/v2beta1/experiments?namespace=kubeflow-alice&sort_by=${encodeURIComponent('last_run_created_at desc')}`,
      { as: 'alice' },
    );
    expect(items(sorted.body, 'experiments').map((e) => field(e, 'experiment_id'))).toEqual([
      experimentId,
      empty,
    ]);
    expect(
      (await api.call('GET', '/apis/v2beta1/experiments?namespace=kubeflow-bob', { as: 'bob' }))
        .body,
    ).toEqual({});
  });
});
