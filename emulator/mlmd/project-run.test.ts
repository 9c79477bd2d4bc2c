import { describe, expect, it } from 'vitest';
import { projectRun } from './project-run.ts';
import type { JsonObject } from '../lib/json.ts';

const t0 = '2026-03-01T10:00:00.000Z';
const at = (s: number) => new Date(Date.parse(t0) + s * 1000).toISOString();

function task(fields: JsonObject & { name: string }): JsonObject {
  return {
    task_id: fields.name,
    display_name: fields.name,
    create_time: at(1),
    state: 'RUNNING',
    state_history: [{ update_time: at(1), state: 'RUNNING' }],
    type: 'RUNTIME',
    type_attributes: {},
    parent_task_id: 'root',
    pods: [],
    ...fields,
  };
}

const root = task({ name: 'ROOT', task_id: 'root', type: 'ROOT', create_time: t0 });
delete root.parent_task_id;

const project = (tasks: JsonObject[], namespace = 'kubeflow-alice') =>
  projectRun({
    runId: 'run-1',
    namespace,
    pipelineName: 'p',
    pipelineRoot: 'minio://mlpipeline/v2/artifacts/',
    tasks,
  });

const metricsOutput = {
  artifacts: [
    {
      artifact_key: 'metrics',
      type: 'OUTPUT',
      artifacts: [
        {
          artifact_id: 'a',
          name: 'accuracy',
          type: 'Metric',
          number_value: 0.9,
          uri: 'minio://b/m',
        },
        { artifact_id: 'b', name: 'loss', type: 'Metric', number_value: 0.2, uri: 'minio://b/m' },
      ],
    },
    {
      artifact_key: 'report',
      type: 'OUTPUT',
      artifacts: [
        {
          artifact_id: 'c',
          name: 'report',
          type: 'Artifact',
          uri: 'minio://b/r',
          metadata: { shown: true, labels: ['x'], display_name: 'Report' },
        },
      ],
    },
  ],
  parameters: [{ parameter_key: 'Output', value: 3, type: 'OUTPUT' }],
};

describe('projectRun', () => {
  it('has nothing before the root driver created the root task', () => {
    expect(project([])).toBeUndefined();
  });

  it('names the root DAG run/<id>, leaves its names empty and keeps it RUNNING', () => {
    const done = { ...root, state: 'SUCCEEDED', end_time: at(9) };
    const [execution] = project([done])?.executions ?? [];
    expect(execution).toMatchObject({
      name: 'run/run-1',
      type: 'system.DAGExecution',
      state: 'RUNNING',
      props: { task_name: { value: '' }, display_name: { value: '' } },
    });
    expect(project([done])?.contextProps.pipeline_root).toEqual({
      kind: 'string',
      value: 'minio://mlpipeline/v2/artifacts/p/run-1',
    });
  });

  it('fills the pod only once the executor pod exists, and leaves image empty as KFP does', () => {
    const early = project([root, task({ name: 'train' })])?.executions[1];
    expect(early?.props.pod_name).toEqual({ kind: 'string', value: '' });
    expect(early?.props.namespace).toEqual({ kind: 'string', value: '' });
    const pods = [
      { name: 'wf-system-container-driver-1', uid: 'u1', type: 'DRIVER' },
      { name: 'wf-system-container-impl-2', uid: 'u2', type: 'EXECUTOR' },
    ];
    const started = project([root, task({ name: 'train', pods })], '')?.executions[1];
    expect(started?.props).toMatchObject({
      pod_name: { value: 'wf-system-container-impl-2' },
      pod_uid: { value: 'u2' },
      namespace: { value: 'kubeflow' },
      image: { value: '' },
    });
  });

  it('maps states: false condition CANCELED, failure FAILED, a terminated task still RUNNING', () => {
    const states = project([
      root,
      task({ name: 'cond', type: 'CONDITION', state: 'SKIPPED' }),
      task({
        name: 'bad',
        state: 'FAILED',
        state_history: [{ update_time: at(2), state: 'FAILED', error: { code: 2, message: 'x' } }],
        outputs: metricsOutput,
      }),
      task({
        name: 'killed',
        state: 'FAILED',
        state_history: [{ update_time: at(2), state: 'FAILED', error: { code: 1, message: 'x' } }],
      }),
    ])?.executions.map((e) => [e.key, e.state, e.outputs.length]);
    expect(states).toEqual([
      ['root', 'RUNNING', 0],
      ['cond', 'CANCELED', 0],
      ['bad', 'FAILED', 0],
      ['killed', 'RUNNING', 0],
    ]);
  });

  it('publishes outputs of a COMPLETE task: one Metrics artifact per URI, metadata as KFP converts it', () => {
    const projection = project([
      root,
      task({ name: 'train', state: 'SUCCEEDED', end_time: at(5), outputs: metricsOutput }),
      task({
        name: 'use',
        create_time: at(6),
        inputs: {
          artifacts: [
            {
              artifact_key: 'data',
              artifacts: [{ name: 'data', type: 'Dataset', uri: 'minio://other-run/d' }],
            },
          ],
        },
      }),
    ]);
    const train = projection?.executions[1];
    expect(train?.props.outputs).toEqual({ kind: 'struct', value: { Output: 3 } });
    expect(train?.outputs.map((o) => [o.name, o.artifact])).toEqual([
      ['metrics', 'minio://b/m'],
      ['report', 'minio://b/r'],
    ]);
    const [metrics, report, data] = projection?.artifacts ?? [];
    expect(metrics).toMatchObject({
      type: 'system.Metrics',
      props: {
        display_name: { kind: 'string', value: 'metrics' },
        accuracy: { kind: 'double', value: 0.9 },
        loss: { kind: 'double', value: 0.2 },
      },
    });
    expect(report?.props).toMatchObject({
      display_name: { kind: 'string', value: 'Report' },
      shown: { kind: 'int', value: 1 },
      labels: { kind: 'struct', value: { list: ['x'] } },
    });
    // An input from elsewhere still names an artifact, with an INPUT event at the driver's time.
    expect(data).toMatchObject({ type: 'system.Dataset', uri: 'minio://other-run/d' });
    expect(projection?.executions[2]?.inputs).toEqual([
      { name: 'data', artifact: 'minio://other-run/d', atMs: Date.parse(at(6)) },
    ]);
  });
});
