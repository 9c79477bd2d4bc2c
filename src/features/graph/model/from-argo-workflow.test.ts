import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import { describeEdges as edgeList, requireNode as node } from './graph-debug.ts';
import { taskCount, type PipelineGraph } from './graph-model.ts';
import { graphFromYaml } from './spec-to-graph.ts';

function v1Fixture(file: string): PipelineGraph {
  const result = graphFromYaml(
    readFileSync(join(requireSharedDir(), 'fixtures', 'pipelines', 'v1', file), 'utf8'),
  );
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

describe('graphFromArgoWorkflow on kfp 1.8 fixtures', () => {
  it('coin.yaml: nested conditions as condition groups with their when-expressions', () => {
    const graph = v1Fixture('coin.yaml');
    expect([...graph.nodes.keys()]).toEqual([
      'pipeline-flip-coin/condition-1',
      'pipeline-flip-coin/condition-1/condition-2',
      'pipeline-flip-coin/condition-1/condition-2/print1',
      'pipeline-flip-coin/condition-1/flip-again',
      'pipeline-flip-coin/condition-3',
      'pipeline-flip-coin/condition-3/print2',
      'pipeline-flip-coin/flip',
    ]);
    expect(taskCount(graph)).toBe(4);
    expect(graph.rootIds).toEqual([
      'pipeline-flip-coin/condition-1',
      'pipeline-flip-coin/condition-3',
      'pipeline-flip-coin/flip',
    ]);
    expect(edgeList(graph, 'pipeline-flip-coin/')).toEqual([
      'condition-1 -> condition-3 [data flip-again-output]',
      'condition-1/flip-again -> condition-1/condition-2 [data output]',
      'flip -> condition-1 [dependency]',
      'flip -> condition-3 [dependency]',
    ]);
    const condition = node(graph, 'pipeline-flip-coin/condition-1');
    expect(condition).toMatchObject({
      kind: 'group',
      groupKind: 'condition',
      childIds: [
        'pipeline-flip-coin/condition-1/condition-2',
        'pipeline-flip-coin/condition-1/flip-again',
      ],
    });
    expect(condition.details.condition).toBe(
      '"{{tasks.flip.outputs.parameters.flip-output}}" == "heads"',
    );
    expect(node(graph, 'pipeline-flip-coin/condition-1/condition-2/print1').details).toMatchObject({
      image: 'alpine:3.6',
      command: ['echo', '{{inputs.parameters.flip-again-output}}'],
      inputs: [
        {
          name: 'flip-again-output',
          kind: 'parameter',
          value: '{{inputs.parameters.flip-again-output}}',
        },
      ],
    });
    expect(graph.name).toBe('pipeline flip coin');
  });

  it('withitem_nested.yaml: a loop inside a loop, with literal items', () => {
    const graph = v1Fixture('withitem_nested.yaml');
    expect(taskCount(graph)).toBe(4);
    expect(graph.edges).toEqual([]);
    const outer = node(graph, 'my-pipeline/for-loop-2');
    const inner = node(graph, 'my-pipeline/for-loop-2/for-loop-4');
    expect(outer).toMatchObject({ kind: 'group', groupKind: 'loop' });
    expect(outer.details.loop).toEqual({
      source: 'items',
      items: '[{"a":1,"b":2},{"a":10,"b":20}]',
      parallelism: undefined,
    });
    expect(inner).toMatchObject({
      kind: 'group',
      groupKind: 'loop',
      parentId: 'my-pipeline/for-loop-2',
      childIds: ['my-pipeline/for-loop-2/for-loop-4/my-inner-inner-coop'],
    });
    expect(inner.details.loop?.items).toBe('[100,200,300]');
    expect(node(graph, 'my-pipeline/my-out-cop').details.caching).toEqual({ enabled: true });
    expect(graph.inputs).toEqual([
      {
        name: 'my_pipe_param',
        kind: 'parameter',
        type: 'Integer',
        defaultValue: '10',
        optional: true,
        description: undefined,
      },
    ]);
  });

  it('withparam_output.yaml: a loop over an upstream output is a data edge labelled items', () => {
    const graph = v1Fixture('withparam_output.yaml');
    expect(edgeList(graph, 'my-pipeline/')).toEqual([
      'my-out-cop0 -> for-loop-1 [data items]',
      'my-out-cop0 -> my-out-cop2 [data out]',
    ]);
    expect(node(graph, 'my-pipeline/for-loop-1').details.loop).toEqual({
      source: 'parameter',
      items: '{{tasks.my-out-cop0.outputs.parameters.my-out-cop0-out}}',
      parallelism: undefined,
    });
  });

  it('basic.yaml: spec.onExit runs after the exit-handler group', () => {
    const graph = v1Fixture('basic.yaml');
    expect([...graph.nodes.keys()]).toEqual([
      'save-most-frequent/exit-handler-1',
      'save-most-frequent/exit-handler-1/get-frequent',
      'save-most-frequent/exit-handler-1/save',
      'onExit',
    ]);
    expect(edgeList(graph, 'save-most-frequent/')).toEqual([
      'exit-handler-1 -> onExit [dependency exit]',
      'exit-handler-1/get-frequent -> exit-handler-1/save [data word]',
    ]);
    expect(node(graph, 'save-most-frequent/exit-handler-1')).toMatchObject({
      groupKind: 'exit-handler',
      details: { exitHandler: { role: 'scope', exitTaskIds: ['onExit'] } },
    });
    expect(node(graph, 'onExit').details).toMatchObject({
      displayName: 'exiting',
      image: 'python:3.5-jessie',
      exitHandler: { role: 'exit-task', scopeIds: ['save-most-frequent/exit-handler-1'] },
    });
    expect(node(graph, 'save-most-frequent/exit-handler-1/save').details.resources).toEqual({
      cpuLimit: '0.5',
      cpuRequest: undefined,
      memoryLimit: undefined,
      memoryRequest: undefined,
      accelerator: { type: 'nvidia.com/gpu', count: '2' },
    });
    expect(
      node(graph, 'save-most-frequent/exit-handler-1/get-frequent').details.resources
        ?.memoryRequest,
    ).toBe('200M');
  });

  it('recursive_while.yaml: recursion is a finite cycle back to the recursing group', () => {
    const graph = v1Fixture('recursive_while.yaml');
    const group = 'pipeline-flip-coin/graph-flip-component-1';
    expect([...graph.nodes.keys()]).toEqual([
      'pipeline-flip-coin/flip',
      'pipeline-flip-coin/flip-2',
      group,
      `${group}/condition-2`,
      `${group}/condition-2/flip-3`,
      `${group}/condition-2/graph-flip-component-1`,
      `${group}/condition-2/print`,
      'pipeline-flip-coin/print-2',
    ]);
    expect(taskCount(graph)).toBe(6);
    expect(node(graph, group)).toMatchObject({ kind: 'group', groupKind: 'recursion' });
    expect(node(graph, `${group}/condition-2`)).toMatchObject({
      kind: 'group',
      groupKind: 'condition',
    });
    expect(node(graph, `${group}/condition-2`).details.condition).toBe(
      '"{{inputs.parameters.flip-output}}" == "heads"',
    );
    expect(node(graph, `${group}/condition-2/graph-flip-component-1`)).toMatchObject({
      kind: 'recursive-call',
      targetId: group,
    });
    expect(edgeList(graph, 'pipeline-flip-coin/')).toEqual([
      'flip -> graph-flip-component-1 [data output]',
      'flip -> print-2 [data output]',
      'flip-2 -> graph-flip-component-1 [dependency]',
      'graph-flip-component-1 -> print-2 [dependency]',
      'graph-flip-component-1/condition-2/flip-3 -> graph-flip-component-1/condition-2/graph-flip-component-1 [data output]',
      'graph-flip-component-1/condition-2/graph-flip-component-1 -> graph-flip-component-1 [dependency recursion recursive]',
      'graph-flip-component-1/condition-2/print -> graph-flip-component-1/condition-2/flip-3 [dependency]',
    ]);
  });

  it('recursive_do_while.yaml: the recursive call sits under the condition of the recursing group', () => {
    const graph = v1Fixture('recursive_do_while.yaml');
    const recursive = graph.edges.filter((edge) => edge.recursive);
    expect(recursive.map((edge) => [edge.source, edge.target])).toEqual([
      [
        'pipeline-flip-coin/graph-flip-component-1/condition-2/graph-flip-component-1',
        'pipeline-flip-coin/graph-flip-component-1',
      ],
    ]);
  });

  it('preemptible_tpu_gpu.yaml: GPU limit and retry strategy', () => {
    const details = node(v1Fixture('preemptible_tpu_gpu.yaml'), 'pipeline-flip-coin/flip').details;
    expect(details.resources?.accelerator).toEqual({ type: 'nvidia.com/gpu', count: '1' });
    expect(details.retry).toEqual({
      maxRetries: '5',
      policy: undefined,
      backoffDuration: undefined,
      backoffFactor: undefined,
      backoffMaxDuration: undefined,
    });
  });

  it('volumeop_sequential.yaml: resource templates and PVC mounts', () => {
    const graph = v1Fixture('volumeop_sequential.yaml');
    expect(node(graph, 'volumeop-sequential/mypvc').details.resource).toEqual({
      action: 'create',
      manifestKind: 'PersistentVolumeClaim',
    });
    expect(node(graph, 'volumeop-sequential/step3').details.volumes).toEqual([
      { name: 'mypvc', mountPath: '/mnt', source: 'pvc {{inputs.parameters.mypvc-name}}' },
    ]);
    expect(edgeList(graph, 'volumeop-sequential/')).toContain('step2 -> step3 [dependency]');
    expect(edgeList(graph, 'volumeop-sequential/')).toContain('mypvc -> step3 [data name]');
  });
});
