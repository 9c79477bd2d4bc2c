import { describe, expect, it } from 'vitest';
import { collectRunMetrics, parseMetricsFile } from '../http/run-metrics.ts';
import { argoArtifactArchive } from '../sim/object-store.ts';
import { scriptedBehaviour, simSetup } from '../testing/sim-test-kit.ts';
import { createTestApi, field, items, text, type TestApi } from '../testing/test-app.ts';
import { argoPipelineYaml, yamlData } from '../testing/test-pipelines.ts';
import { experiment, v1 } from '../testing/v1-test-kit.ts';

/**
 * v1 run metrics as the persistence agent reports them (store/run-metrics.ts) and the `metric:<name>`
 * sort keys of both list APIs (model/run.go GetField, storage/run_store.go, list/list.go). Answers are
 * checked against the official swaggers by createTestApi.
 */

const scoredYaml = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: scored-}
spec:
  entrypoint: main
  arguments:
    parameters:
    - {name: acc, value: '0.5'}
  templates:
  - name: main
    dag:
      tasks:
      - name: train
        template: train
        arguments:
          parameters:
          - {name: acc, value: '{{workflow.parameters.acc}}'}
  - name: train
    inputs:
      parameters:
      - {name: acc}
    container: {image: alpine, command: [echo]}
    outputs:
      artifacts:
      - {name: mlpipeline-metrics, path: /tmp/outputs/mlpipeline_metrics/data}
`;

const encode = (text: string) => new TextEncoder().encode(text);

async function setUp(): Promise<{ api: TestApi; advance: (ms: number) => void; run: Run }> {
  const sim = simSetup({
    behaviour: scriptedBehaviour((task) => ({
      artifacts: {
        'mlpipeline-metrics': encode(
          JSON.stringify({
            metrics: [
              { name: 'accuracy', numberValue: Number(task.inputs.acc), format: 'PERCENTAGE' },
              { name: 'Loss', numberValue: 1 - Number(task.inputs.acc) },
              { name: 'bad name!', numberValue: 1 },
            ],
          }),
        ),
      },
    })),
  });
  const api = await createTestApi({ engine: sim.engine, objects: sim.objects, now: sim.clock.now });
  const experimentId = await experiment(api, 'exp');
  const run: Run = async (name, yaml, acc) => {
    const created = await api.call('POST', `${v1}/runs`, {
      as: 'alice',
      json: {
        name,
        pipeline_spec: {
          workflow_manifest: JSON.stringify(yamlData(yaml)),
          parameters: acc === undefined ? [] : [{ name: 'acc', value: acc }],
        },
        resource_references: [
          { key: { type: 'EXPERIMENT', id: experimentId }, relationship: 'OWNER' },
        ],
      },
    });
    expect(created.status).toBe(200);
    return text(created.body, 'run', 'id');
  };
  return { api, advance: (ms) => sim.clock.advance(ms), run };
}

type Run = (name: string, yaml: string, acc?: string) => Promise<string>;

const listV1 = (api: TestApi, sortBy: string, extra = '') =>
  api.call(
    'GET',
    `${v1}/runs?resource_reference_key.type=NAMESPACE&resource_reference_key.id=kubeflow-alice&sort_by=${encodeURIComponent(sortBy)}${extra}`,
    { as: 'alice' },
  );

const names = (body: unknown, key: string, nameKey: string) =>
  items(body, key).map((item) => field(item, nameKey));

describe('v1 run metrics', () => {
  it('reports a finished node’s mlpipeline-metrics on the v1 run, not before, and refuses bad names', async () => {
    const { api, advance, run } = await setUp();
    const id = await run('scored', scoredYaml, '0.75');
    const before = await api.call('GET', `${v1}/runs/${id}`, { as: 'alice' });
    expect(field(before.body, 'run', 'metrics')).toBeUndefined();
    advance(60_000);
    const after = await api.call('GET', `${v1}/runs/${id}`, { as: 'alice' });
    const metrics = field(after.body, 'run', 'metrics');
    const nodeId = text(after.body, 'run', 'metrics', 0, 'node_id');
    expect(nodeId).toMatch(/^scored-/);
    expect(metrics).toEqual([
      { name: 'accuracy', node_id: nodeId, number_value: 0.75, format: 'PERCENTAGE' },
      { name: 'Loss', node_id: nodeId, number_value: 0.25 },
    ]);
    // The v2beta1 Run message has no metrics.
    const v2 = await api.call('GET', `/apis/v2beta1/runs/${id}`, { as: 'alice' });
    expect(JSON.stringify(v2.body)).not.toContain('accuracy');
  });

  it('drops a whole file with an unknown field, keeps 50 at most and the first of a repeated name', () => {
    expect(parseMetricsFile('{"metrics":[{"name":"a","numberValue":1,"extra":2}]}', 'n')).toBe(
      undefined,
    );
    expect(
      parseMetricsFile('{"runId":"x","metrics":[{"name":"a","number_value":"2"}]}', 'n'),
    ).toEqual([{ name: 'a', nodeId: 'n', numberValue: 2, format: 'UNSPECIFIED' }]);
    const many = JSON.stringify({
      metrics: Array.from({ length: 60 }, (_, i) => ({ name: `m${String(i)}`, numberValue: i })),
    });
    const archive = argoArtifactArchive('data', encode(many));
    const node = (id: string) => ({
      id,
      phase: 'Succeeded',
      outputs: { artifacts: [{ name: 'mlpipeline-metrics', s3: { key: `k/${id}` } }] },
    });
    const collected = collectRunMetrics({ a: node('a'), b: node('b') }, () => archive);
    expect(collected).toHaveLength(50);
    const running = collectRunMetrics({ a: { ...node('a'), phase: 'Running' } }, () => archive);
    expect(running).toEqual([]);
  });

  it('sorts both list APIs by metric:<name> like the real list code, NULLs first ascending', async () => {
    const { api, advance, run } = await setUp();
    await run('low', scoredYaml, '0.2');
    await run('high', scoredYaml, '0.9');
    await run('none', argoPipelineYaml);
    await run('mid', scoredYaml, '0.5');
    advance(60_000);
    const asc = await listV1(api, 'metric:accuracy');
    expect(names(asc.body, 'runs', 'name')).toEqual(['none', 'low', 'mid', 'high']);
    const desc = await api.call(
      'GET',
      `/apis/v2beta1/runs?namespace=kubeflow-alice&sort_by=${encodeURIComponent('metric:accuracy desc')}`,
      { as: 'alice' },
    );
    expect(names(desc.body, 'runs', 'display_name')).toEqual(['high', 'mid', 'low', 'none']);
    expect((await listV1(api, 'metric:')).status).toBe(200);

    // Pages: the next run's value goes into the token; later pages never hold runs without it.
    const first = await listV1(api, 'metric:accuracy desc', '&page_size=2');
    expect(names(first.body, 'runs', 'name')).toEqual(['high', 'mid']);
    const token = text(first.body, 'next_page_token');
    const second = await api.call(
      'GET',
      `${v1}/runs?resource_reference_key.type=NAMESPACE&resource_reference_key.id=kubeflow-alice&page_size=2&page_token=${encodeURIComponent(token)}`,
      { as: 'alice' },
    );
    expect(names(second.body, 'runs', 'name')).toEqual(['low']);
    expect(field(second.body, 'next_page_token')).toBeUndefined();

    // The next run has no metric of that name (or only another case of it): the list fails.
    for (const [sortBy, size] of [
      ['metric:accuracy desc', '3'],
      ['metric:loss desc', '1'],
    ] as const) {
      const failed = await listV1(api, sortBy, `&page_size=${size}`);
      expect(failed.status).toBe(400);
      expect(JSON.stringify(failed.body)).toContain('cannot sort by field');
    }
    // Sorting by "Loss" joins case-insensitively (MySQL): the run without it comes last descending.
    const byLoss = await listV1(api, 'metric:Loss desc');
    expect(names(byLoss.body, 'runs', 'name')).toEqual(['low', 'mid', 'high', 'none']);
  });
});
