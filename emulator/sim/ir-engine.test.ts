import { describe, expect, it } from 'vitest';
import { asObject, stringField } from './json.ts';
import {
  list,
  makeRun,
  runToEnd,
  scriptedBehaviour,
  simSetup,
  tasksNamed,
} from '../testing/sim-test-kit.ts';
import { ir, comp, task, fromTask, times, paramValue } from '../testing/ir-test-kit.ts';
import type { JsonObject } from '../lib/json.ts';

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
});
