import { describe, expect, it } from 'vitest';
import { outputRefs, parseDepends } from './argo-refs.ts';

describe('parseDepends', () => {
  it('finds task names and the results they ask for', () => {
    expect(parseDepends('(task-a.Succeeded || task_b.Failed) && !c && d.AnySucceeded')).toEqual([
      { task: 'task-a', result: 'Succeeded' },
      { task: 'task_b', result: 'Failed' },
      { task: 'c' },
      { task: 'd', result: 'AnySucceeded' },
    ]);
    expect(parseDepends('a && a')).toEqual([{ task: 'a' }]);
  });
});

describe('outputRefs', () => {
  it('finds task and step outputs, dropping the KFP task-name prefix', () => {
    expect(
      outputRefs(
        '{{tasks.flip.outputs.parameters.flip-output}} and {{steps.gen.outputs.result}} {{tasks.x.outputs.artifacts.data}}',
      ),
    ).toEqual([
      { scope: 'tasks', task: 'flip', output: 'output' },
      { scope: 'steps', task: 'gen', output: 'result' },
      { scope: 'tasks', task: 'x', output: 'data' },
    ]);
    expect(outputRefs('{{inputs.parameters.a}} {{workflow.parameters.b}}')).toEqual([]);
  });
});
