import { describe, expect, it } from 'vitest';
import { overlayFromRunTasks, taskPodName, type RunTaskInput } from './from-run-tasks.ts';
import { histogramText } from './run-state.ts';
import { graph, t0, t1 } from './__fixtures__/sweep-pipeline.ts';

function task(
  partial: Partial<RunTaskInput> & Pick<RunTaskInput, 'task_id' | 'name' | 'type' | 'state'>,
): RunTaskInput {
  return {
    display_name: partial.name,
    type_attributes: { iteration_index: undefined, iteration_count: undefined },
    state_history: [],
    status_message: '',
    pods: [],
    parent_task_id: 'r',
    scope_path: '',
    create_time: t0,
    end_time: partial.state === 'RUNNING' ? undefined : t1,
    cache_fingerprint: '',
    inputs: undefined,
    outputs: undefined,
    ...partial,
  };
}

const iterationStates = ['SUCCEEDED', 'FAILED', 'RUNNING', 'CACHED'];
const tasks: RunTaskInput[] = [
  task({
    task_id: 'r',
    name: 'ROOT',
    type: 'ROOT',
    state: 'RUNNING',
    parent_task_id: '',
    scope_path: 'root',
  }),
  task({
    task_id: 'p',
    name: 'prepare',
    type: 'RUNTIME',
    state: 'SUCCEEDED',
    pods: [
      { name: 'sweep-x-driver-1', type: 'DRIVER' },
      { name: 'sweep-x-impl-1', type: 'EXECUTOR' },
    ],
    inputs: {
      parameters: [
        { parameter_key: 'rows', value: 150 },
        { parameter_key: 'cfg', value: { a: [1, 2] } },
      ],
    },
    outputs: {
      artifacts: [
        {
          artifact_key: 'data',
          artifacts: [{ artifact_id: '7', uri: 'minio://mlpipeline/v2/data', type: 'Dataset' }],
        },
      ],
    },
  }),
  task({
    task_id: 'l',
    name: 'for-loop-1',
    type: 'LOOP',
    state: 'RUNNING',
    type_attributes: { iteration_index: undefined, iteration_count: '5' },
  }),
  ...iterationStates.flatMap((state, index) => [
    task({
      task_id: `i${index}`,
      name: 'for-loop-1',
      type: 'DAG',
      state: state === 'CACHED' ? 'SUCCEEDED' : state,
      parent_task_id: 'l',
      type_attributes: { iteration_index: String(index), iteration_count: undefined },
    }),
    task({
      task_id: `t${index}`,
      name: 'train',
      type: 'RUNTIME',
      state,
      parent_task_id: `i${index}`,
      pods: [{ name: `sweep-x-impl-t${index}`, type: 'EXECUTOR' }],
      ...(state === 'FAILED' ? { status_message: 'ValueError: learning rate too high' } : {}),
      state_history: [
        { update_time: t0, state: 'RUNNING', error: undefined },
        ...(state === 'RUNNING' ? [] : [{ update_time: t1, state, error: undefined }]),
      ],
    }),
  ]),
];

describe('overlayFromRunTasks', () => {
  it('places tasks by their parents and groups iterations with a histogram', () => {
    const overlay = overlayFromRunTasks(graph(), tasks);
    expect(overlay.unmatched).toEqual([]);
    const loop = overlay.nodes.get('root/for-loop-1');
    expect(loop?.state).toBe('RUNNING');
    expect(loop && histogramText(loop)).toBe('2/5 succeeded, 1 failed, 1 running');
    const train = overlay.nodes.get('root/for-loop-1/train');
    expect(train?.state).toBe('FAILED');
    expect(train?.error).toBe('ValueError: learning rate too high');
    expect(train?.podName).toBe('sweep-x-impl-t1');
    expect(train?.executions.map((e) => [e.iteration, e.state, e.cached])).toEqual([
      [0, 'SUCCEEDED', false],
      [1, 'FAILED', false],
      [2, 'RUNNING', false],
      [3, 'SUCCEEDED', true],
    ]);
    expect(train?.executions[0]?.durationMs).toBe(60_000);
    expect(train?.executions[2]?.finishedAt).toBeUndefined();
  });

  it('reads parameters (native JSON as text) and artifacts of a task', () => {
    const prepare = overlayFromRunTasks(graph(), tasks).nodes.get('root/prepare');
    expect(prepare?.podName).toBe('sweep-x-impl-1');
    expect(prepare?.executions[0]?.inputs).toEqual([
      { name: 'rows', value: '150' },
      { name: 'cfg', value: '{"a":[1,2]}' },
    ]);
    expect(prepare?.executions[0]?.outputArtifacts).toEqual([
      { name: 'data', uri: 'minio://mlpipeline/v2/data', type: 'system.Dataset', artifactId: '7' },
    ]);
  });

  it('reads a Metrics output split into one Metric per scalar as one artifact, typed as ML Metadata types it', () => {
    const metric = (id: string, name: string) => ({
      artifact_id: id,
      name,
      type: 'Metric',
      number_value: 0.5,
      uri: 'minio://mlpipeline/v2/metrics',
    });
    const withMetrics = tasks.map((t) =>
      t.task_id === 'p'
        ? {
            ...t,
            outputs: {
              artifacts: [
                {
                  artifact_key: 'metrics',
                  artifacts: [metric('8', 'accuracy'), metric('9', 'loss')],
                },
                {
                  artifact_key: 'model',
                  artifacts: [
                    { artifact_id: '10', uri: 'minio://mlpipeline/v2/model', type: 'Model' },
                  ],
                },
              ],
            },
          }
        : t,
    );
    const prepare = overlayFromRunTasks(graph(), withMetrics).nodes.get('root/prepare');
    expect(prepare?.executions[0]?.outputArtifacts).toEqual([
      {
        name: 'metrics',
        uri: 'minio://mlpipeline/v2/metrics',
        type: 'system.Metrics',
        artifactId: '8',
      },
      { name: 'model', uri: 'minio://mlpipeline/v2/model', type: 'system.Model', artifactId: '10' },
    ]);
  });

  it('falls back to scope_path when the parent is unknown, and reports what the graph lacks', () => {
    const overlay = overlayFromRunTasks(graph(), [
      task({
        task_id: 'x',
        name: 'gone',
        type: 'RUNTIME',
        state: 'SUCCEEDED',
        parent_task_id: 'missing',
        scope_path: 'root.gone',
      }),
    ]);
    expect(overlay.unmatched).toEqual(['root/gone']);
    expect(overlay.states.size).toBe(0);
  });

  it('prefers the executor pod', () => {
    expect(
      taskPodName([
        { name: 'd', type: 'DRIVER' },
        { name: 'e', type: 'EXECUTOR' },
      ]),
    ).toBe('e');
    expect(taskPodName([{ name: 'd', type: 'DRIVER' }])).toBe('d');
    expect(taskPodName([])).toBeUndefined();
  });
});
