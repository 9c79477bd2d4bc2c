import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../scripts/shared-dir.ts';
import { executeComponent } from '../sim/behaviours/index.ts';
import { createLogStore } from '../sim/log-store.ts';
import { createObjectStore } from '../sim/object-store.ts';
import { createSimEngine } from '../sim/sim-engine.ts';
import { createTestApi, field, items, text, type TestApi } from '../testing/test-app.ts';
import { createExperiment, uploadForm } from '../testing/test-pipelines.ts';
import type { JsonValue } from '../lib/json.ts';

/**
 * Every fixture pipeline, run by the real simulator and read back through the API while running and
 * after it finished, in both run-API flavors: every answer must satisfy the official swagger
 * (createTestApi checks each one).
 */
const fixtures = join(requireSharedDir(), 'fixtures', 'pipelines');
const later = 24 * 3600 * 1000;

function sampleValue(type: unknown): JsonValue {
  switch (type) {
    case 'NUMBER_INTEGER':
      return 3;
    case 'NUMBER_DOUBLE':
      return 0.5;
    case 'BOOLEAN':
      return true;
    case 'LIST':
      return [1, 2];
    case 'STRUCT':
      return { a: 1 };
    default:
      return 'x';
  }
}

/** Values for the v2 inputs that have no default (v1 Argo arguments all have one or take a string). */
function parametersFor(spec: unknown): Record<string, JsonValue> {
  const ir = field(spec, 'pipeline_spec') ?? spec;
  const declared = field(ir, 'root', 'inputDefinitions', 'parameters');
  const out: Record<string, JsonValue> = {};
  if (typeof declared !== 'object' || declared === null) return out;
  for (const [name, def] of Object.entries(declared)) {
    if (field(def, 'defaultValue') === undefined && field(def, 'isOptional') !== true)
      out[name] = sampleValue(field(def, 'parameterType'));
  }
  return out;
}

async function sweep(
  api: TestApi,
  kind: 'v1' | 'v2',
  advance: (ms: number) => void,
): Promise<number> {
  const experimentId = await createExperiment(api, 'alice', `sweep-${kind}`, 'kubeflow-alice');
  const runIds: string[] = [];
  for (const name of readdirSync(join(fixtures, kind))
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const uploaded = await api.call(
      'POST',
      `/apis/v2beta1/pipelines/upload?namespace=kubeflow-alice&name=${kind}-${name}`,
      {
        as: 'alice',
        form: uploadForm(name, readFileSync(join(fixtures, kind, name), 'utf8')),
      },
    );
    if (uploaded.status !== 200) continue; // the two Pod manifests
    const versions = await api.call(
      'GET',
      `/apis/v2beta1/pipelines/${text(uploaded.body, 'pipeline_id')}/versions`,
      { as: 'alice' },
    );
    const version = field(versions.body, 'pipeline_versions', 0);
    const run = await api.call('POST', '/apis/v2beta1/runs', {
      as: 'alice',
      json: {
        display_name: name,
        experiment_id: experimentId,
        pipeline_version_reference: { pipeline_version_id: text(version, 'pipeline_version_id') },
        runtime_config: { parameters: parametersFor(field(version, 'pipeline_spec')) },
      },
    });
    expect(run.status, `${name}: ${JSON.stringify(run.body)}`).toBe(200);
    runIds.push(text(run.body, 'run_id'));
  }
  for (const phase of [5_000, later]) {
    advance(phase);
    for (const id of runIds) {
      await api.call('GET', `/apis/v2beta1/runs/${id}?view=FULL`, { as: 'alice' });
      await api.call('GET', `/apis/v1beta1/runs/${id}`, { as: 'alice' });
    }
    await api.call(
      'GET',
      `/apis/v2beta1/runs?experiment_id=${experimentId}&page_size=200&view=FULL`,
      { as: 'alice' },
    );
  }
  const finished = await api.call(
    'GET',
    `/apis/v2beta1/runs?experiment_id=${experimentId}&page_size=200`,
    { as: 'alice' },
  );
  return items(finished.body, 'runs').filter((r) =>
    ['SUCCEEDED', 'FAILED', 'SKIPPED', 'CANCELED'].includes(text(r, 'state')),
  ).length;
}

describe('simulated runs of every fixture satisfy the swagger', () => {
  for (const runApi of ['released', 'next'] as const) {
    for (const kind of ['v1', 'v2'] as const) {
      it(`${kind} pipelines, ${runApi} run API`, async () => {
        let offset = 0;
        const now = () => new Date(Date.now() + offset);
        const objects = createObjectStore();
        const logs = createLogStore();
        const engine = createSimEngine({
          speed: 1,
          seed: 7,
          behaviour: executeComponent,
          objects,
          logs,
          now,
        });
        const api = await createTestApi({ engine, runApi });
        const finished = await sweep(api, kind, (ms) => void (offset = ms));
        expect(finished).toBeGreaterThan(kind === 'v1' ? 30 : 100);
      }, 120_000);
    }
  }
});
