import { describe, expect, it } from 'vitest';
import type { PipelineTask } from '@/lib/kfp/wire/task.ts';
import { v1OutputNodes, v2OutputTasks } from './run-outputs.ts';

function task(
  taskId: string,
  name: string,
  type: PipelineTask['type'],
  parent: string,
  extra: Partial<PipelineTask> = {},
): PipelineTask {
  return {
    task_id: taskId,
    run_id: 'r',
    name,
    display_name: name,
    type,
    type_attributes: { iteration_index: undefined, iteration_count: undefined },
    state: 'SUCCEEDED',
    state_history: [],
    status_message: '',
    pods: [],
    parent_task_id: parent,
    child_tasks: [],
    scope_path: '',
    create_time: undefined,
    end_time: undefined,
    cache_fingerprint: '',
    inputs: undefined,
    outputs: undefined,
    ...extra,
  };
}

const artifacts = {
  artifacts: [
    {
      artifact_key: 'metrics',
      artifacts: [{ name: 'accuracy', type: 'Metric', number_value: 0.9 }],
    },
  ],
};

describe('v2OutputTasks', () => {
  it('keeps runtime tasks with artifacts and labels loop iterations', () => {
    const tasks = [
      task('root', 'ROOT', 'ROOT', ''),
      task('load', 'load-dataset', 'RUNTIME', 'root', { outputs: { parameters: [{ value: 1 }] } }),
      task('loop', 'for-loop-2', 'LOOP', 'root'),
      task('it1', 'for-loop-2', 'DAG', 'loop', {
        type_attributes: { iteration_index: '1', iteration_count: undefined },
      }),
      task('train', 'train-model', 'RUNTIME', 'it1', { outputs: artifacts }),
      task('report', 'report', 'RUNTIME', 'root', { outputs: artifacts }),
    ];
    expect(v2OutputTasks(tasks)).toEqual([
      { kind: 'v2', taskId: 'train', label: 'train-model #1', outputs: artifacts },
      { kind: 'v2', taskId: 'report', label: 'report', outputs: artifacts },
    ]);
  });
});

describe('v1OutputNodes', () => {
  it('finds pod nodes with ui-metadata or metrics outputs', () => {
    const workflow = {
      status: {
        nodes: {
          n1: {
            type: 'Pod',
            displayName: 'train',
            outputs: {
              artifacts: [{ name: 'mlpipeline-ui-metadata' }, { name: 'mlpipeline-metrics' }],
            },
          },
          n2: {
            type: 'Pod',
            displayName: 'plot',
            outputs: { artifacts: [{ name: 'plot-mlpipeline-ui-metadata' }] },
          },
          n3: { type: 'Pod', displayName: 'other', outputs: { artifacts: [{ name: 'data' }] } },
          n4: {
            type: 'DAG',
            displayName: 'dag',
            outputs: { artifacts: [{ name: 'mlpipeline-metrics' }] },
          },
        },
      },
    };
    expect(v1OutputNodes(JSON.stringify(workflow))).toEqual([
      { kind: 'v1', nodeId: 'n2', label: 'plot', uiMetadata: true, metrics: false },
      { kind: 'v1', nodeId: 'n1', label: 'train', uiMetadata: true, metrics: true },
    ]);
  });
  it('answers nothing for an empty or broken manifest', () => {
    expect(v1OutputNodes('')).toEqual([]);
    expect(v1OutputNodes('{"status":{}}')).toEqual([]);
  });
});
