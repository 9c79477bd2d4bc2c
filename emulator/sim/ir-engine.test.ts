import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../store/run-engine.ts';
import { asObject, asString, field, stringField } from './json.ts';
import {
  list,
  makeRun,
  runToEnd,
  scriptedBehaviour,
  simSetup,
  tasksNamed,
} from './sim-test-kit.ts';

/** Builds a small KFP v2 IR spec: components are container components with the given outputs. */
function ir(
  tasks: Record<string, JsonObject>,
  components: Record<string, JsonObject>,
  rootInputs: JsonObject = {},
): JsonObject {
  const executors: JsonObject = {};
  for (const [name, c] of Object.entries(components)) {
    const label = stringField(c, 'executorLabel');
    if (label)
      executors[label] = {
        container: { image: 'python:3.11', command: ['python', '-c'], args: [`print("${name}")`] },
      };
  }
  return {
    pipelineInfo: { name: 'test-pipeline' },
    schemaVersion: '2.1.0',
    components,
    deploymentSpec: { executors },
    root: { dag: { tasks }, inputDefinitions: { parameters: rootInputs } },
  };
}

function comp(
  name: string,
  outputs: Record<string, string> = {},
  artifacts: Record<string, string> = {},
): JsonObject {
  const parameters: JsonObject = {};
  for (const [k, v] of Object.entries(outputs)) parameters[k] = { parameterType: v };
  const outArtifacts: JsonObject = {};
  for (const [k, v] of Object.entries(artifacts))
    outArtifacts[k] = { artifactType: { schemaTitle: v, schemaVersion: '0.0.1' } };
  return {
    executorLabel: `exec-${name}`,
    outputDefinitions: { parameters, artifacts: outArtifacts },
  };
}

function task(name: string, component: string, extra: JsonObject = {}): JsonObject {
  return { taskInfo: { name }, componentRef: { name: component }, ...extra };
}

const fromTask = (producerTask: string, outputParameterKey = 'Output'): JsonObject => ({
  taskOutputParameter: { producerTask, outputParameterKey },
});

function times(t: JsonObject): { start: number; end: number } {
  return {
    start: Date.parse(asString(t.create_time) ?? ''),
    end: Date.parse(asString(t.end_time) ?? ''),
  };
}

function paramValue(
  t: JsonObject | undefined,
  side: 'inputs' | 'outputs',
  key: string,
): JsonValue | undefined {
  const found = list(field(t, side, 'parameters')).find(
    (p) => stringField(p, 'parameter_key') === key,
  );
  return field(found, 'value');
}

describe('v2 runs', () => {
  it('runs a linear pipeline through PENDING, RUNNING and SUCCEEDED with data flowing downstream', () => {
    const spec = ir(
      {
        a: task('a', 'comp-a'),
        b: task('b', 'comp-b', {
          dependentTasks: ['a'],
          inputs: { parameters: { x: fromTask('a') } },
        }),
      },
      {
        'comp-a': comp('a', { Output: 'STRING' }),
        'comp-b': {
          ...comp('b'),
          inputDefinitions: { parameters: { x: { parameterType: 'STRING' } } },
        },
      },
    );
    const { engine, clock, logs } = simSetup();
    engine.start(makeRun(spec));
    const first = engine.runtime('run-1');
    expect(first?.state).toBe('PENDING');
    expect(first?.tasks).toEqual([]);
    clock.advance(3_000);
    const running = engine.runtime('run-1');
    expect(running?.state).toBe('RUNNING');
    expect(running?.tasks.map((t) => t.name)).toContain('ROOT');
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    expect(final.stateHistory.map((s) => s.state)).toEqual(['PENDING', 'RUNNING', 'SUCCEEDED']);
    expect(final.finishedAt).toBeDefined();
    const [a] = tasksNamed(final, 'a');
    const [b] = tasksNamed(final, 'b');
    expect(a?.state).toBe('SUCCEEDED');
    expect(a?.type).toBe('RUNTIME');
    expect(paramValue(a, 'outputs', 'Output')).toBe('a-out');
    expect(paramValue(b, 'inputs', 'x')).toBe('a-out');
    expect(times(b ?? {}).start).toBeGreaterThanOrEqual(times(a ?? {}).end - 1000);
    const root = tasksNamed(final, 'ROOT')[0];
    expect(a?.parent_task_id).toBe(root?.task_id);
    expect(a?.scope_path).toBe('root.a');
    const pods = list(a?.pods);
    expect(pods.map((p) => stringField(p, 'type'))).toEqual(['DRIVER', 'EXECUTOR']);
    const executor = stringField(pods[1], 'name') ?? '';
    expect(executor).toMatch(/^test-pipeline-[a-z0-9]{5}-system-container-impl-\d+$/);
    expect(logs.get(executor)?.lines).toEqual(['start a attempt 0', 'inputs {}', 'end a']);
    expect(logs.get(executor)?.runId).toBe('run-1');
    expect(final.taskDetails.find((d) => d.display_name === 'b')?.state).toBe('SUCCEEDED');
    expect(list(a?.state_history).map((s) => stringField(s, 'state'))).toEqual([
      'RUNNING',
      'SUCCEEDED',
    ]);
  });

  it('skips a condition branch whose condition is false', () => {
    const branch = (inner: string) => ({
      dag: { tasks: { [inner]: task(inner, `comp-${inner}`) } },
      inputDefinitions: {
        parameters: { 'pipelinechannel--flip-Output': { parameterType: 'STRING' } },
      },
    });
    const cond = (value: string): JsonObject => ({
      dependentTasks: ['flip'],
      inputs: { parameters: { 'pipelinechannel--flip-Output': fromTask('flip') } },
      triggerPolicy: {
        condition: `inputs.parameter_values['pipelinechannel--flip-Output'] == '${value}'`,
      },
    });
    const spec = ir(
      {
        flip: task('flip', 'comp-flip'),
        'condition-1': task('condition-1', 'comp-condition-1', cond('heads')),
        'condition-2': task('condition-2', 'comp-condition-2', cond('tails')),
      },
      {
        'comp-flip': comp('flip', { Output: 'STRING' }),
        'comp-condition-1': branch('print-heads'),
        'comp-condition-2': branch('print-tails'),
        'comp-print-heads': comp('print-heads'),
        'comp-print-tails': comp('print-tails'),
      },
    );
    const behaviour = scriptedBehaviour((t) =>
      t.displayName === 'flip' ? { outputs: { Output: 'tails' } } : undefined,
    );
    const { engine, clock } = simSetup({ behaviour });
    engine.start(makeRun(spec));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    expect(tasksNamed(final, 'condition-1')[0]).toMatchObject({
      state: 'SKIPPED',
      type: 'CONDITION',
    });
    expect(tasksNamed(final, 'print-heads')).toEqual([]);
    expect(tasksNamed(final, 'condition-2')[0]?.state).toBe('SUCCEEDED');
    expect(tasksNamed(final, 'print-tails')[0]?.state).toBe('SUCCEEDED');
  });

  it('runs loop iterations at most parallelismLimit at a time and collects their outputs', () => {
    const spec = ir(
      {
        'for-loop-1': task('for-loop-1', 'comp-for-loop-1', {
          parameterIterator: {
            itemInput: 'pipelinechannel--loop-item',
            items: { raw: '[1, 2, 3, 4, 5]' },
          },
          iteratorPolicy: { parallelismLimit: 2 },
        }),
        collect: task('collect', 'comp-collect', {
          dependentTasks: ['for-loop-1'],
          inputs: { parameters: { all: fromTask('for-loop-1', 'pipelinechannel--square-Output') } },
        }),
      },
      {
        'comp-for-loop-1': {
          dag: {
            tasks: {
              square: task('square', 'comp-square', {
                inputs: {
                  parameters: { n: { componentInputParameter: 'pipelinechannel--loop-item' } },
                },
              }),
            },
            outputs: {
              parameters: {
                'pipelinechannel--square-Output': {
                  valueFromParameter: { producerSubtask: 'square', outputParameterKey: 'Output' },
                },
              },
            },
          },
          inputDefinitions: {
            parameters: { 'pipelinechannel--loop-item': { parameterType: 'NUMBER_INTEGER' } },
          },
          outputDefinitions: {
            parameters: { 'pipelinechannel--square-Output': { parameterType: 'LIST' } },
          },
        },
        'comp-square': comp('square', { Output: 'NUMBER_INTEGER' }),
        'comp-collect': comp('collect'),
      },
    );
    const behaviour = scriptedBehaviour((t) => {
      const n = t.inputs.n;
      return typeof n === 'number' ? { outputs: { Output: n * n } } : undefined;
    });
    const { engine, clock } = simSetup({ behaviour });
    engine.start(makeRun(spec));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    const [loop] = tasksNamed(final, 'for-loop-1').filter((t) => t.type === 'LOOP');
    expect(asObject(loop?.type_attributes)).toEqual({ iteration_count: '5' });
    const iterations = tasksNamed(final, 'for-loop-1').filter((t) => t.type === 'DAG');
    expect(iterations.map((t) => stringField(t, 'type_attributes', 'iteration_index'))).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(iterations.every((t) => t.parent_task_id === loop?.task_id)).toBe(true);
    const squares = tasksNamed(final, 'square').map(times);
    expect(squares).toHaveLength(5);
    const concurrent = (at: number) => squares.filter((s) => s.start <= at && at < s.end).length;
    const peak = Math.max(...squares.map((s) => concurrent(s.start)));
    expect(peak).toBe(2);
    expect(paramValue(tasksNamed(final, 'collect')[0], 'inputs', 'all')).toEqual([1, 4, 9, 16, 25]);
  });

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
