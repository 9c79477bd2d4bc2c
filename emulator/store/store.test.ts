import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApi, field, text } from '../testing/test-app.ts';
import { createExperiment, recurringRunBody, uploadPipeline } from '../testing/test-pipelines.ts';
import { createStaticEngine, type RunEngine, type RunStart } from './run-engine.ts';
import { restoreRuns } from './run-ops.ts';
import { createStore } from './store.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kfp-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function recordingEngine(): { engine: RunEngine; started: RunStart[] } {
  const base = createStaticEngine();
  const started: RunStart[] = [];
  return {
    started,
    engine: {
      ...base,
      start(run) {
        started.push(run);
        base.start(run);
      },
    },
  };
}

describe('--data-dir persistence', () => {
  it('restores everything after a restart, and restarts runs with their events', async () => {
    const dataDir = tempDir();
    const first = await createTestApi({ store: await createStore({ dataDir }) });
    const experimentId = await createExperiment(first, 'alice', 'exp', 'kubeflow-alice');
    const { pipelineId, versionId } = await uploadPipeline(first, {
      name: 'p',
      as: 'alice',
      namespace: 'kubeflow-alice',
    });
    const run = await first.call('POST', '/apis/v2beta1/runs', {
      as: 'alice',
      json: {
        display_name: 'r',
        experiment_id: experimentId,
        pipeline_version_reference: { pipeline_id: pipelineId },
        runtime_config: { parameters: { a: 7 } },
      },
    });
    const runId = text(run.body, 'run_id');
    await first.call('POST', `/apis/v2beta1/runs/${runId}:terminate`, { as: 'alice' });
    await first.call('POST', '/apis/v2beta1/recurringruns', {
      as: 'alice',
      json: recurringRunBody(experimentId, pipelineId),
    });
    const before = await first.call('GET', `/apis/v2beta1/runs/${runId}`, { as: 'alice' });
    first.store.close();

    const { engine, started } = recordingEngine();
    const store = await createStore({ dataDir });
    expect(restoreRuns({ store, engine })).toBe(1);
    expect(started[0]).toMatchObject({
      runId,
      namespace: 'kubeflow-alice',
      parameters: { a: 7 },
      events: [{ kind: 'terminate' }],
    });
    expect(field(started[0], 'spec', 'pipelineInfo', 'name')).toBe('add');
    const second = await createTestApi({ store, engine });
    expect((await second.call('GET', `/apis/v2beta1/runs/${runId}`, { as: 'alice' })).body).toEqual(
      before.body,
    );
    expect(
      (await second.call('GET', `/apis/v2beta1/experiments/${experimentId}`, { as: 'alice' })).json
        .display_name,
    ).toBe('exp');
    const version = await second.call(
      'GET',
      `/apis/v2beta1/pipelines/${pipelineId}/versions/${versionId}`,
      { as: 'alice' },
    );
    expect(field(version.body, 'pipeline_spec', 'pipelineInfo', 'name')).toBe('add');
    expect(
      (
        await second.call('GET', `/apis/v1beta1/pipeline_versions/${versionId}/templates`, {
          as: 'alice',
        })
      ).json.template,
    ).toMatch(/^# PIPELINE DEFINITION/);
    expect(store.recurringRuns.size).toBe(1);

    // Deletes survive a restart too.
    await second.call('DELETE', `/apis/v2beta1/runs/${runId}`, { as: 'alice' });
    store.close();
    const third = await createStore({ dataDir });
    expect(third.runs.size).toBe(0);
    expect(third.experiments.size).toBe(1);
    third.close();
  });

  it('writes each change before answering: the journal holds it until the next start compacts it', async () => {
    const dataDir = tempDir();
    const store = await createStore({ dataDir });
    const api = await createTestApi({ store });
    await createExperiment(api, 'alice', 'one', 'kubeflow-alice');
    const journal = readFileSync(join(dataDir, 'journal.jsonl'), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(1);
    expect(journal).toContain('"displayName":"one"');
    store.close();
    const reopened = await createStore({ dataDir });
    expect(readFileSync(join(dataDir, 'journal.jsonl'), 'utf8')).toBe('');
    expect(JSON.parse(readFileSync(join(dataDir, 'snapshot.json'), 'utf8'))).toMatchObject({
      tables: { experiments: [{ displayName: 'one' }] },
    });
    reopened.close();
  });

  it('syncs once after a bulk load, and keeps everything it wrote', async () => {
    const dataDir = tempDir();
    const store = await createStore({ dataDir });
    const api = await createTestApi({ store });
    const names = await store.bulk(async () => {
      const created: string[] = [];
      for (const name of ['a', 'b', 'c'])
        created.push(await createExperiment(api, 'alice', name, 'kubeflow-alice'));
      return created;
    });
    expect(names).toHaveLength(3);
    expect(readFileSync(join(dataDir, 'journal.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3);
    store.close();
    const reopened = await createStore({ dataDir });
    expect(reopened.experiments.size).toBe(3);
    reopened.close();
  });

  it('ignores a torn last journal line (a write that was never acknowledged)', async () => {
    const dataDir = tempDir();
    const store = await createStore({ dataDir });
    await createExperiment(await createTestApi({ store }), 'alice', 'kept', 'kubeflow-alice');
    store.close();
    appendFileSync(
      join(dataDir, 'journal.jsonl'),
      '[{"table":"experiments","put":{"id":"x","displ',
    );
    const reopened = await createStore({ dataDir });
    expect([...reopened.experiments.values()].map((e) => e.displayName)).toEqual(['kept']);
    reopened.close();
  });

  it('stops at a corrupt journal line before the last, naming the file, the line and what to do, and changes nothing', async () => {
    const dataDir = tempDir();
    const store = await createStore({ dataDir });
    const api = await createTestApi({ store });
    for (const name of ['one', 'two', 'three'])
      await createExperiment(api, 'alice', name, 'kubeflow-alice');
    store.close();
    const path = join(dataDir, 'journal.jsonl');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[1] = '[{"table":"experiments","put":{"id":"x",CORRUPT';
    writeFileSync(path, lines.join('\n'));
    const before = { journal: readFileSync(path, 'utf8'), files: readdirSync(dataDir).sort() };
    await expect(createStore({ dataDir })).rejects.toThrow(
      new RegExp(
        `${path}, line 2: not JSON .*Repair or delete that line.*move the data directory away`,
      ),
    );
    // Nothing was compacted or rewritten: the later, acknowledged lines are still there to repair.
    expect({ journal: readFileSync(path, 'utf8'), files: readdirSync(dataDir).sort() }).toEqual(
      before,
    );
    // A line that parses but is not a list of changes is as corrupt.
    lines[1] = '{"table":"experiments"}';
    writeFileSync(path, lines.join('\n'));
    await expect(createStore({ dataDir })).rejects.toThrow(/line 2: not a list of changes/);
  });

  it('writes nothing to the data dir until writing starts (deferWrites)', async () => {
    const dataDir = tempDir();
    const store = await createStore({ dataDir, deferWrites: true });
    expect(readdirSync(dataDir)).toEqual([]);
    expect(() => store.putSpec({ a: 1 })).toThrow(/not writable yet/);
    store.startWriting();
    store.putSpec({ a: 1 });
    expect(readdirSync(dataDir).sort()).toEqual(['journal.jsonl', 'snapshot.json']);
    store.close();
  });

  it('refuses a data dir whose records have the wrong shape', async () => {
    const dataDir = tempDir();
    writeFileSync(
      join(dataDir, 'snapshot.json'),
      JSON.stringify({ tables: { runs: [{ id: 'r1', displayName: 3 }] } }),
    );
    await expect(createStore({ dataDir })).rejects.toThrow(/runs record \(r1\)/);
  });

  it('refuses changes after close', async () => {
    const store = await createStore({ dataDir: tempDir() });
    store.close();
    expect(() => store.putSpec({ a: 1 })).toThrow(/closed/);
  });
});
