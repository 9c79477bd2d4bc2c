import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import { graphFromPipelineSpec } from './from-pipeline-spec.ts';
import { describeEdges, requireNode } from './graph-debug.ts';
import { taskCount, type PipelineGraph } from './graph-model.ts';
import { graphFromYaml } from './spec-to-graph.ts';

function v2Fixture(file: string): PipelineGraph {
  const result = graphFromYaml(
    readFileSync(join(requireSharedDir(), 'fixtures', 'pipelines', 'v2', file), 'utf8'),
  );
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

describe('graphFromPipelineSpec on KFP v2 fixtures', () => {
  it('critical_flip_coin.yaml: conditions nested in conditions, with their expressions', () => {
    const graph = v2Fixture('critical_flip_coin.yaml');
    expect(graph.rootIds).toEqual(['root/condition-1', 'root/condition-4', 'root/flip-coin']);
    expect(taskCount(graph)).toBe(7);
    expect(
      [...graph.nodes.values()].filter((node) => node.kind === 'group').map((node) => node.id),
    ).toEqual([
      'root/condition-1',
      'root/condition-1/condition-2',
      'root/condition-1/condition-3',
      'root/condition-4',
      'root/condition-4/condition-5',
      'root/condition-4/condition-6',
    ]);
    expect(describeEdges(graph, 'root/')).toEqual([
      'condition-1/random-num -> condition-1/condition-2 [data Output]',
      'condition-1/random-num -> condition-1/condition-3 [data Output]',
      'condition-4/random-num-2 -> condition-4/condition-5 [data Output]',
      'condition-4/random-num-2 -> condition-4/condition-6 [data Output]',
      'flip-coin -> condition-1 [data Output]',
      'flip-coin -> condition-4 [data Output]',
    ]);
    const condition = requireNode(graph, 'root/condition-1');
    expect(condition).toMatchObject({
      kind: 'group',
      groupKind: 'condition',
      childIds: [
        'root/condition-1/condition-2',
        'root/condition-1/condition-3',
        'root/condition-1/random-num',
      ],
    });
    expect(condition.details.condition).toBe(
      "inputs.parameter_values['pipelinechannel--flip-coin-Output'] == 'heads'",
    );
    const randomNum = requireNode(graph, 'root/condition-1/random-num').details;
    expect(randomNum).toMatchObject({
      componentName: 'comp-random-num',
      image: 'python:3.11',
      caching: { enabled: false },
    });
    expect(randomNum.args).toEqual([
      '--executor_input',
      '{{$}}',
      '--function_to_execute',
      'random_num',
    ]);
    expect(randomNum.inputs).toEqual([
      {
        name: 'high',
        kind: 'parameter',
        type: 'NUMBER_INTEGER',
        defaultValue: undefined,
        optional: undefined,
        description: undefined,
        value: '9',
      },
      {
        name: 'low',
        kind: 'parameter',
        type: 'NUMBER_INTEGER',
        defaultValue: undefined,
        optional: undefined,
        description: undefined,
        value: '0',
      },
    ]);
    expect(graph).toMatchObject({
      source: 'v2',
      name: 'conditional-execution-pipeline',
      description: 'Shows how to use dsl.If().',
    });
  });

  it('parallel_and_nested_pipeline_with_loops.yaml: loops over a pipeline input, raw items and an upstream output', () => {
    const graph = v2Fixture('parallel_and_nested_pipeline_with_loops.yaml');
    expect(taskCount(graph)).toBe(8);
    expect(graph.rootIds).toEqual([
      'root/args-generator-op',
      'root/for-loop-1',
      'root/for-loop-2',
      'root/for-loop-4',
    ]);
    expect(describeEdges(graph, 'root/')).toEqual([
      'args-generator-op -> for-loop-2 [data Output]',
    ]);
    expect(requireNode(graph, 'root/for-loop-1')).toMatchObject({
      kind: 'group',
      groupKind: 'loop',
      childIds: ['root/for-loop-1/print-text'],
    });
    expect(requireNode(graph, 'root/for-loop-1').details.loop).toEqual({
      source: 'parameter',
      items: 'input loop_parameter',
      itemInput: 'pipelinechannel--loop_parameter-loop-item',
      parallelism: undefined,
    });
    expect(requireNode(graph, 'root/for-loop-2').details.loop).toMatchObject({
      source: 'parameter',
      items: 'args-generator-op.Output',
    });
    expect(requireNode(graph, 'root/for-loop-4').details.loop).toMatchObject({
      source: 'items',
      items: '[{"A_a": "1", "B_b": "2"}, {"A_a": "10", "B_b": "20"}]',
    });
  });

  it('pipeline_with_parallelfor_parallelism.yaml: the parallelism limit', () => {
    const graph = v2Fixture('pipeline_with_parallelfor_parallelism.yaml');
    expect(requireNode(graph, 'root/for-loop-1').details.loop?.parallelism).toBe(2);
  });

  it('failing_pipeline_with_exit_handler.yaml: the exit task runs after the exit-handler scope', () => {
    const graph = v2Fixture('failing_pipeline_with_exit_handler.yaml');
    expect([...graph.nodes.keys()]).toEqual([
      'root/exit-handler-1',
      'root/exit-handler-1/fail-op',
      'root/exit-handler-1/print-op-2',
      'root/print-op',
    ]);
    expect(taskCount(graph)).toBe(3);
    expect(describeEdges(graph, 'root/')).toEqual(['exit-handler-1 -> print-op [dependency exit]']);
    expect(requireNode(graph, 'root/exit-handler-1')).toMatchObject({
      groupKind: 'exit-handler',
      details: { exitHandler: { role: 'scope', exitTaskIds: ['root/print-op'] } },
    });
    expect(requireNode(graph, 'root/print-op').details).toMatchObject({
      triggerStrategy: 'ALL_UPSTREAM_TASKS_COMPLETED',
      exitHandler: { role: 'exit-task', scopeIds: ['root/exit-handler-1'] },
    });
  });

  it('pipeline_as_exit_task.yaml: a nested pipeline as the exit task', () => {
    const graph = v2Fixture('pipeline_as_exit_task.yaml');
    expect(requireNode(graph, 'root/conditional-notification')).toMatchObject({
      kind: 'group',
      groupKind: 'pipeline',
      details: { exitHandler: { role: 'exit-task' } },
    });
    expect(requireNode(graph, 'root/exit-handler-1').details.displayName).toBe('my-pipeline');
  });

  it('parallel_and_nested_pipeline_in_pipeline.yaml: a nested pipeline keeps its own task names', () => {
    const graph = v2Fixture('parallel_and_nested_pipeline_in_pipeline.yaml');
    expect([...graph.nodes.keys()]).toEqual([
      'root/inner-pipeline',
      'root/inner-pipeline/print-op1',
      'root/inner-pipeline/print-op2',
      'root/print-op1',
    ]);
    expect(requireNode(graph, 'root/inner-pipeline')).toMatchObject({
      kind: 'group',
      groupKind: 'pipeline',
      details: { componentName: 'comp-inner-pipeline' },
    });
    expect(describeEdges(graph, 'root/')).toEqual([
      'inner-pipeline/print-op1 -> inner-pipeline/print-op2 [data Output → msg]',
    ]);
    expect(requireNode(graph, 'root/inner-pipeline/print-op1').details.inputs[0]?.value).toBe(
      'input msg',
    );
  });

  it('if_elif_else_complex.yaml: condition-branches groups hold the branches', () => {
    const graph = v2Fixture('if_elif_else_complex.yaml');
    const branches = [...graph.nodes.values()].filter(
      (node) => node.kind === 'group' && node.groupKind === 'condition-branches',
    );
    expect(branches.length).toBeGreaterThan(0);
    for (const group of branches) {
      expect(
        group.kind === 'group' &&
          group.childIds.every((id) => requireNode(graph, id).details.condition !== undefined),
      ).toBe(true);
    }
  });

  it('reads display names, retry, accelerators, importers and platform volumes', () => {
    expect(
      requireNode(v2Fixture('two_step_pipeline.yaml'), 'root/write-to-gcs').details.displayName,
    ).toBe('Producer');
    expect(
      requireNode(v2Fixture('critical_pipeline_with_retry.yaml'), 'root/add').details.retry,
    ).toEqual({
      maxRetries: '3',
      backoffDuration: '0s',
      backoffFactor: '2',
      backoffMaxDuration: '3600s',
    });
    const [gpuTask] = v2Fixture('gpu-scheduling_nvidia_gpu_scheduling_check.yaml').nodes.values();
    expect(gpuTask?.details.resources?.accelerator).toEqual({ type: 'nvidia.com/gpu', count: '1' });
    expect(
      requireNode(v2Fixture('pipeline_with_importer.yaml'), 'root/importer').details.importer,
    ).toEqual({
      artifactUri: 'gs://ml-pipeline-playground/shakespeare1.txt',
      artifactType: 'system.Dataset',
      reimport: undefined,
    });
    expect(
      requireNode(v2Fixture('pipeline_with_importer.yaml'), 'root/condition-1/importer-2').details
        .importer,
    ).toEqual({
      artifactUri: 'input uri',
      artifactType: 'system.Dataset',
      reimport: true,
    });
    expect(
      requireNode(v2Fixture('pipeline_with_volume.yaml'), 'root/consumer').details.volumes,
    ).toEqual([{ name: 'createpvc.name', mountPath: '/data', source: 'pvc createpvc.name' }]);
  });
});

describe('graphFromPipelineSpec on hand-written specs', () => {
  const task = (
    component: string,
    extra: Record<string, unknown> = {},
  ): Record<string, unknown> => ({ componentRef: { name: component }, ...extra });

  it('a component that contains itself ends in a recursive call, not an endless tree', () => {
    const graph = graphFromPipelineSpec({
      pipelineInfo: { name: 'loop' },
      root: { dag: { tasks: { outer: task('comp-sub') } } },
      components: {
        'comp-sub': {
          dag: {
            tasks: {
              work: task('comp-work'),
              again: task('comp-sub', { dependentTasks: ['work'] }),
            },
          },
        },
        'comp-work': { executorLabel: 'exec-work' },
      },
      deploymentSpec: {
        executors: {
          'exec-work': {
            container: { image: 'alpine', resources: { cpuLimit: 2, memoryLimit: 0.5 } },
          },
        },
      },
    });
    expect([...graph.nodes.keys()]).toEqual(['root/outer', 'root/outer/work', 'root/outer/again']);
    expect(requireNode(graph, 'root/outer')).toMatchObject({
      kind: 'group',
      groupKind: 'recursion',
    });
    expect(requireNode(graph, 'root/outer/again')).toMatchObject({
      kind: 'recursive-call',
      targetId: 'root/outer',
    });
    expect(describeEdges(graph, 'root/')).toEqual([
      'outer/again -> outer [dependency recursion recursive]',
      'outer/work -> outer/again [dependency]',
    ]);
    expect(requireNode(graph, 'root/outer/work').details.resources).toEqual({
      cpuLimit: '2',
      memoryLimit: '0.5G',
      cpuRequest: undefined,
      memoryRequest: undefined,
      accelerator: undefined,
    });
  });

  it('tasks naming a missing component or missing upstream tasks still become nodes', () => {
    const graph = graphFromPipelineSpec({
      pipelineInfo: { name: 'p' },
      root: { dag: { tasks: { lonely: task('comp-missing', { dependentTasks: ['ghost'] }) } } },
    });
    expect([...graph.nodes.keys()]).toEqual(['root/lonely']);
    expect(graph.edges).toEqual([]);
  });

  it('rejects a spec without root.dag', () => {
    expect(() => graphFromPipelineSpec({ pipelineInfo: { name: 'p' }, root: {} })).toThrow(
      'The pipeline spec has no root.dag.',
    );
  });
});
