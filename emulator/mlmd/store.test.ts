import { describe, expect, it } from 'vitest';
import { createMlmdStore } from './store.ts';
import type { MlmdSource, RunProjection, RunRef } from './types.ts';

function projection(runId: string, createMs: number): RunProjection {
  return {
    runId,
    pipelineName: 'p',
    contextProps: {},
    createMs,
    executions: [],
    artifacts: [
      { key: `${runId}/a`, type: 'system.Dataset', uri: `${runId}/a`, createMs, props: {} },
    ],
  };
}

/** Runs whose records and projections a test changes by hand; counts what the store asks. */
function fakeSource() {
  const records = new Map<string, RunRef>();
  const projections = new Map<string, RunProjection>();
  const settled = new Set<string>();
  const asked: string[] = [];
  const source: MlmdSource = {
    runs: () => records.values(),
    pipelineName: () => 'p',
    project(runId) {
      asked.push(runId);
      return projections.get(runId);
    },
    settled: (runId) => settled.has(runId),
  };
  const put = (id: string, createdAtMs: number, done: boolean) => {
    records.set(id, { id, createdAtMs });
    projections.set(id, projection(id, createdAtMs));
    if (done) settled.add(id);
    else settled.delete(id);
  };
  return { source, put, asked, records };
}

describe('the ML Metadata store index', () => {
  it('projects again only runs that are new, changed or still moving, in age order', () => {
    const fake = fakeSource();
    fake.put('old', 1, true);
    fake.put('moving', 3, false);
    fake.put('young', 2, true);
    const store = createMlmdStore(fake.source);
    const first = store.index();
    expect(fake.asked).toEqual(['old', 'young', 'moving']);
    // Ids follow age, whatever order the source lists the runs in.
    expect(first.runs.map((r) => r.runId)).toEqual(['old', 'young', 'moving']);
    expect(first.runs.map((r) => Number(r.artifacts[0]?.id))).toEqual([1, 2, 3]);

    fake.asked.length = 0;
    // Nothing changed: the same index, and only the moving run was asked.
    expect(store.index()).toBe(first);
    expect(fake.asked).toEqual(['moving']);

    fake.asked.length = 0;
    fake.put('new', 4, true);
    fake.put('old', 1, true); // a replaced record (archived, retried…)
    const second = store.index();
    expect(fake.asked).toEqual(['old', 'moving', 'new']);
    expect(second).not.toBe(first);
    expect(second.runs.map((r) => r.runId)).toEqual(['old', 'young', 'moving', 'new']);

    // A deleted run keeps its records, after the listed ones.
    fake.records.delete('young');
    expect(store.index().runs.map((r) => r.runId)).toEqual(['old', 'moving', 'new', 'young']);
  });
});
