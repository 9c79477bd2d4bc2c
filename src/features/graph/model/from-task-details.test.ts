import { describe, expect, it } from 'vitest';
import { graph, t0, t1 } from './__fixtures__/sweep-pipeline.ts';
import { overlayFromTaskDetails, type TaskDetailInput } from './from-task-details.ts';
import { histogramText } from './run-state.ts';

describe('overlayFromTaskDetails', () => {
  const detail = (
    partial: Partial<TaskDetailInput> & Pick<TaskDetailInput, 'task_id' | 'display_name' | 'state'>,
  ): TaskDetailInput => ({
    create_time: t0,
    start_time: t0,
    end_time: t1,
    error: undefined,
    parent_task_id: 'r',
    state_history: [],
    pod_name: '',
    ...partial,
  });
  const details: TaskDetailInput[] = [
    detail({ task_id: 'r', display_name: 'sweep run', state: 'FAILED', parent_task_id: '' }),
    detail({ task_id: 'p', display_name: 'prepare', state: 'SUCCEEDED', pod_name: 'sweep-impl-p' }),
    detail({ task_id: 'l', display_name: 'for-loop-1', state: 'FAILED' }),
    detail({
      task_id: 'i0',
      display_name: 'for-loop-1-0',
      state: 'SUCCEEDED',
      parent_task_id: 'l',
    }),
    detail({ task_id: 'i1', display_name: 'for-loop-1-1', state: 'FAILED', parent_task_id: 'l' }),
    detail({
      task_id: 't0',
      display_name: 'train',
      state: 'SUCCEEDED',
      parent_task_id: 'i0',
      pod_name: 'sweep-impl-t0',
    }),
    detail({
      task_id: 't1',
      display_name: 'train',
      state: 'FAILED',
      parent_task_id: 'i1',
      pod_name: 'sweep-impl-t1',
      error: { message: 'OOMKilled' },
    }),
  ];

  it('places tasks under their parents; loop iterations are `<loop>-<n>`', () => {
    const overlay = overlayFromTaskDetails(graph(), details);
    expect(overlay.unmatched).toEqual([]);
    expect(overlay.states.get('root/prepare')).toBe('SUCCEEDED');
    const loop = overlay.nodes.get('root/for-loop-1');
    expect(loop?.state).toBe('FAILED');
    expect(loop && histogramText(loop)).toBe('1/2 succeeded, 1 failed');
    const train = overlay.nodes.get('root/for-loop-1/train');
    expect(train?.executions.map((e) => [e.iteration, e.podName])).toEqual([
      [0, 'sweep-impl-t0'],
      [1, 'sweep-impl-t1'],
    ]);
    expect(train?.error).toBe('OOMKilled');
    expect(train?.podName).toBe('sweep-impl-t1');
  });

  it('places released-KFP task details (Argo nodes, no parent ids) by task name', () => {
    const released = [
      detail({ task_id: 'a', display_name: 'root', state: 'RUNNING', parent_task_id: '' }),
      detail({ task_id: 'b', display_name: 'root-driver', state: 'SUCCEEDED', parent_task_id: '' }),
      detail({
        task_id: 'c',
        display_name: 'prepare-driver',
        state: 'SUCCEEDED',
        parent_task_id: '',
      }),
      detail({ task_id: 'd', display_name: 'prepare', state: 'SUCCEEDED', parent_task_id: '' }),
      detail({ task_id: 'e', display_name: 'train', state: 'RUNNING', parent_task_id: '' }),
    ];
    const overlay = overlayFromTaskDetails(graph(), released);
    expect([...overlay.states]).toEqual([
      ['root/prepare', 'SUCCEEDED'],
      ['root/for-loop-1/train', 'RUNNING'],
    ]);
  });
});
