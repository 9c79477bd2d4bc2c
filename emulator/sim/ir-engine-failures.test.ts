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
import { ir, comp, task, times, paramValue } from '../testing/ir-test-kit.ts';

describe('v2 runs', () => {
  it('runs the exit handler after a failure and fails the run', () => {
    const spec = ir(
      {
        'exit-handler-1': task('exit-handler-1', 'comp-exit-handler-1'),
        cleanup: task('cleanup', 'comp-cleanup', {
          dependentTasks: ['exit-handler-1'],
          triggerPolicy: { strategy: 'ALL_UPSTREAM_TASKS_COMPLETED' },
        }),
      },
      {
        'comp-exit-handler-1': {
          dag: {
            tasks: {
              'fail-op': task('fail-op', 'comp-fail-op'),
              'after-fail': task('after-fail', 'comp-after', { dependentTasks: ['fail-op'] }),
            },
          },
        },
        'comp-fail-op': comp('fail-op'),
        'comp-after': comp('after'),
        'comp-cleanup': comp('cleanup'),
      },
    );
    const { engine, clock } = simSetup();
    engine.start(makeRun(spec, { parameters: { fail_task: 'fail-op' } }));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('FAILED');
    expect(final.error?.message).toContain("task 'fail-op' failed: injected failure");
    const handler = tasksNamed(final, 'exit-handler-1')[0];
    expect(handler).toMatchObject({ state: 'FAILED', type: 'EXIT_HANDLER' });
    expect(tasksNamed(final, 'after-fail')).toEqual([]);
    const cleanup = tasksNamed(final, 'cleanup')[0];
    expect(cleanup?.state).toBe('SUCCEEDED');
    expect(times(cleanup ?? {}).start).toBeGreaterThanOrEqual(times(handler ?? {}).end);
    expect(final.stateHistory[final.stateHistory.length - 1]?.error?.message).toContain('fail-op');
  });

  it('runs nested pipeline components as DAG tasks with their own scope', () => {
    const spec = ir(
      {
        'inner-pipeline': task('inner-pipeline', 'comp-inner', {
          inputs: { parameters: { msg: { runtimeValue: { constant: 'world' } } } },
        }),
      },
      {
        'comp-inner': {
          dag: {
            tasks: {
              p1: task('p1', 'comp-p', {
                inputs: { parameters: { msg: { componentInputParameter: 'msg' } } },
              }),
              p2: task('p2', 'comp-p', { dependentTasks: ['p1'] }),
            },
          },
          inputDefinitions: { parameters: { msg: { parameterType: 'STRING' } } },
        },
        'comp-p': {
          ...comp('p'),
          inputDefinitions: {
            parameters: { msg: { parameterType: 'STRING', defaultValue: 'default' } },
          },
        },
      },
    );
    const { engine, clock } = simSetup();
    engine.start(makeRun(spec));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    const inner = tasksNamed(final, 'inner-pipeline')[0];
    expect(inner?.type).toBe('DAG');
    const p1 = tasksNamed(final, 'p1')[0];
    expect(p1?.parent_task_id).toBe(inner?.task_id);
    expect(p1?.scope_path).toBe('root.inner-pipeline.p1');
    expect(paramValue(p1, 'inputs', 'msg')).toBe('world');
    expect(paramValue(tasksNamed(final, 'p2')[0], 'inputs', 'msg')).toBe('default');
    expect(list(inner?.child_tasks).map((c) => stringField(c, 'name'))).toEqual(['p1', 'p2']);
  });

  it('stores output artifacts raw under the pipeline root and reports metrics as Metric artifacts', () => {
    const spec = ir(
      { train: task('train', 'comp-train') },
      { 'comp-train': comp('train', {}, { metrics: 'system.Metrics', model: 'system.Model' }) },
    );
    const { engine, clock, objects } = simSetup();
    engine.start(makeRun(spec));
    const final = runToEnd(engine, clock, 'run-1');
    const train = tasksNamed(final, 'train')[0];
    const outputs = list(field(train, 'outputs', 'artifacts'));
    const metrics = outputs.find((a) => stringField(a, 'artifact_key') === 'metrics');
    const scalars = list(field(metrics, 'artifacts'));
    expect(
      scalars.map((s) => [
        stringField(s, 'name'),
        field(s, 'number_value'),
        stringField(s, 'type'),
      ]),
    ).toEqual([
      ['accuracy', 0.9, 'Metric'],
      ['loss', 0.1, 'Metric'],
    ]);
    const model = list(
      field(
        outputs.find((a) => stringField(a, 'artifact_key') === 'model'),
        'artifacts',
      ),
    )[0];
    const uri = stringField(model, 'uri') ?? '';
    expect(uri).toMatch(
      /^minio:\/\/mlpipeline\/v2\/artifacts\/test-pipeline\/run-1\/train\/[0-9a-f-]{36}\/model$/,
    );
    expect(stringField(model, 'type')).toBe('Model');
    const key = uri.replace('minio://mlpipeline/', '');
    expect(new TextDecoder().decode(objects.get('mlpipeline', key))).toBe('train:model');
  });

  it('retries a task up to retryPolicy.maxRetryCount', () => {
    const spec = ir(
      {
        flaky: task('flaky', 'comp-flaky', {
          retryPolicy: { maxRetryCount: 3, backoffDuration: '1s' },
        }),
      },
      { 'comp-flaky': comp('flaky') },
    );
    const behaviour = scriptedBehaviour((t) =>
      t.attempt < 2 ? { outcome: 'failed', error: `boom ${t.attempt}` } : undefined,
    );
    const { engine, clock } = simSetup({ behaviour });
    engine.start(makeRun(spec));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    const flaky = tasksNamed(final, 'flaky')[0];
    expect(list(flaky?.pods).filter((p) => stringField(p, 'type') === 'EXECUTOR')).toHaveLength(3);
  });

  it.each([
    [
      'a dependency cycle',
      {
        a: task('a', 'comp-a', { dependentTasks: ['b'] }),
        b: task('b', 'comp-a', { dependentTasks: ['a'] }),
      },
      'dependency cycle in root: a → b → a',
    ],
    [
      'a missing component',
      { a: task('a', 'comp-missing') },
      "refers to a missing component 'comp-missing'",
    ],
    [
      'an unparsable condition',
      {
        a: task('a', 'comp-a', {
          triggerPolicy: { condition: "inputs.parameter_values['x'] == == 'y'" },
        }),
      },
      'cannot parse the condition',
    ],
  ])('fails the run with a clear error for %s', (_what, tasks, message) => {
    const { engine, clock } = simSetup();
    engine.start(makeRun(ir(tasks, { 'comp-a': comp('a') })));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('FAILED');
    expect(final.error?.message).toContain(message);
    expect(final.stateHistory.find((s) => s.state === 'FAILED')?.error?.message).toContain(message);
    expect(final.tasks.map((t) => t.type)).toEqual(['ROOT']);
  });
});
