import { describe, expect, it } from 'vitest';
import { field, stringField } from './json.ts';
import {
  list,
  makeRun,
  runToEnd,
  scriptedBehaviour,
  simSetup,
  tasksNamed,
} from '../testing/sim-test-kit.ts';
import { ir, comp, task } from '../testing/ir-test-kit.ts';
import type { JsonObject } from '../lib/json.ts';

/** The `executor-logs` files a task lists in its outputs (KFP ≥ 2.5, launcher_v2.go). */
function logFiles(taskObject: JsonObject | undefined) {
  const entry = list(field(taskObject, 'outputs', 'artifacts')).find(
    (a) => stringField(a, 'artifact_key') === 'executor-logs',
  );
  return list(field(entry, 'artifacts')).map((a) => stringField(a, 'uri') ?? '');
}

describe('v2 executor logs (the launcher-managed `executor-logs` output)', () => {
  it('uploads each attempt’s log as executor-logs-<retry index> beside the outputs', () => {
    const spec = ir(
      {
        flaky: task('flaky', 'comp-flaky', {
          retryPolicy: { maxRetryCount: 3, backoffDuration: '1s' },
        }),
      },
      { 'comp-flaky': comp('flaky', {}, { model: 'system.Model' }) },
    );
    const behaviour = scriptedBehaviour((t) =>
      t.attempt < 2 ? { outcome: 'failed', error: `boom ${t.attempt}` } : undefined,
    );
    const { engine, clock, objects, logs } = simSetup({ behaviour });
    engine.start(makeRun(spec));
    const final = runToEnd(engine, clock, 'run-1');
    const flaky = tasksNamed(final, 'flaky')[0];
    const uris = logFiles(flaky);
    expect(uris.map((u) => u.split('/').pop())).toEqual([
      'executor-logs-0',
      'executor-logs-1',
      'executor-logs-2',
    ]);
    const model = list(field(flaky, 'outputs', 'artifacts')).find(
      (a) => stringField(a, 'artifact_key') === 'model',
    );
    const modelUri = stringField(list(field(model, 'artifacts'))[0], 'uri') ?? '';
    // Same task root as the outputs: <root>/<pipeline>/<run>/<task>/<uuid>/.
    expect(uris[0]?.replace(/executor-logs-0$/, '')).toBe(modelUri.replace(/model$/, ''));
    const pods = list(flaky?.pods).filter((p) => stringField(p, 'type') === 'EXECUTOR');
    uris.forEach((uri, attempt) => {
      const text = new TextDecoder().decode(
        objects.get('mlpipeline', uri.replace('minio://mlpipeline/', '')),
      );
      const lines = logs.get(stringField(pods[attempt], 'name') ?? '')?.lines ?? [];
      expect(lines.length).toBeGreaterThan(0);
      expect(text).toBe(lines.map((line) => `${line}\n`).join(''));
    });
  });

  it('lists only the log file as the output of a failed task', () => {
    const spec = ir(
      { bad: task('bad', 'comp-bad') },
      { 'comp-bad': comp('bad', {}, { model: 'system.Model' }) },
    );
    const { engine, clock } = simSetup();
    engine.start(makeRun(spec, { parameters: { fail_task: 'bad' } }));
    const final = runToEnd(engine, clock, 'run-1');
    const bad = tasksNamed(final, 'bad')[0];
    expect(bad?.state).toBe('FAILED');
    expect(
      list(field(bad, 'outputs', 'artifacts')).map((a) => stringField(a, 'artifact_key')),
    ).toEqual(['executor-logs']);
    expect(logFiles(bad)).toHaveLength(1);
  });
});
