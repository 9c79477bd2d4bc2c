import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import { graphFromArgoWorkflow } from './from-argo-workflow.ts';
import { PipelineSpecError } from './graph-builder.ts';
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

function workflow(templates: unknown[], extra: Record<string, unknown> = {}): unknown {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: { generateName: 'wf-' },
    spec: { entrypoint: 'main', templates, ...extra },
  };
}

const container = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name,
  container: { image: 'alpine', command: ['echo', name] },
  ...extra,
});

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

describe('graphFromArgoWorkflow on hand-written workflows', () => {
  it('steps run group after group; parallel steps share a group', () => {
    const graph = graphFromArgoWorkflow(
      workflow([
        {
          name: 'main',
          steps: [
            [{ name: 'a', template: 'c' }],
            [
              { name: 'b1', template: 'c' },
              {
                name: 'b2',
                template: 'c',
                arguments: { parameters: [{ name: 'x', value: '{{steps.a.outputs.result}}' }] },
              },
            ],
            [{ name: 'd', template: 'c' }],
          ],
        },
        container('c'),
      ]),
    );
    expect([...graph.nodes.keys()]).toEqual(['main/a', 'main/b1', 'main/b2', 'main/d']);
    expect(edgeList(graph, 'main/')).toEqual([
      'a -> b1 [dependency]',
      'a -> b2 [data result]',
      'b1 -> d [dependency]',
      'b2 -> d [dependency]',
    ]);
  });

  it('reads depends expressions, display names, cache staleness and retry policy', () => {
    const graph = graphFromArgoWorkflow(
      workflow([
        {
          name: 'main',
          dag: {
            tasks: [
              { name: 'a', template: 'shown' },
              { name: 'b', template: 'c' },
              { name: 'cleanup', template: 'c', depends: 'a.Failed || (b && !a.Succeeded)' },
            ],
          },
        },
        container('shown', {
          metadata: {
            annotations: {
              'pipelines.kubeflow.org/task_display_name': 'Train model',
              'pipelines.kubeflow.org/max_cache_staleness': 'P0D',
            },
          },
          retryStrategy: {
            limit: '3',
            retryPolicy: 'OnError',
            backoff: { duration: '10s', factor: 2 },
          },
        }),
        container('c'),
      ]),
    );
    expect(edgeList(graph, 'main/')).toEqual([
      'a -> cleanup [dependency Failed,Succeeded]',
      'b -> cleanup [dependency]',
    ]);
    expect(node(graph, 'main/a').details).toMatchObject({
      displayName: 'Train model',
      caching: { enabled: false, maxStaleness: 'P0D' },
      retry: { maxRetries: '3', policy: 'OnError', backoffDuration: '10s', backoffFactor: '2' },
    });
  });

  it('a single-container workflow is one task; without an entrypoint the one uncalled template is used', () => {
    const single = graphFromArgoWorkflow(workflow([container('main')]));
    expect([...single.nodes.keys()]).toEqual(['main']);
    const noEntry = graphFromArgoWorkflow({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      spec: { templates: [container('only')] },
    });
    expect([...noEntry.nodes.keys()]).toEqual(['only']);
  });

  it('a task-level onExit handler follows its task', () => {
    const graph = graphFromArgoWorkflow(
      workflow([
        { name: 'main', dag: { tasks: [{ name: 'a', template: 'c', onExit: 'bye' }] } },
        container('c'),
        container('bye'),
      ]),
    );
    expect(edgeList(graph, 'main/')).toEqual(['a -> a.onExit [dependency exit]']);
    expect(node(graph, 'main/a.onExit').details.exitHandler).toEqual({
      role: 'exit-task',
      scopeIds: ['main/a'],
    });
  });

  it('a workflow onExit without an exit-handler group follows the last top-level tasks', () => {
    const graph = graphFromArgoWorkflow(
      workflow(
        [
          {
            name: 'main',
            dag: {
              tasks: [
                { name: 'a', template: 'c' },
                { name: 'b', template: 'c', dependencies: ['a'] },
                { name: 'x', template: 'c' },
              ],
            },
          },
          container('c'),
          container('bye'),
        ],
        { onExit: 'bye' },
      ),
    );
    expect(edgeList(graph, 'main/')).toEqual([
      'a -> b [dependency]',
      'b -> onExit [dependency exit]',
      'x -> onExit [dependency exit]',
    ]);
    expect(node(graph, 'onExit').details.exitHandler).toEqual({ role: 'exit-task', scopeIds: [] });
  });

  it('a template calling the entrypoint is a recursive call without a target group', () => {
    const graph = graphFromArgoWorkflow(
      workflow([
        {
          name: 'main',
          dag: {
            tasks: [
              { name: 'work', template: 'c' },
              { name: 'again', template: 'main', dependencies: ['work'] },
            ],
          },
        },
        container('c'),
      ]),
    );
    expect(node(graph, 'main/again')).toMatchObject({
      kind: 'recursive-call',
      targetId: undefined,
    });
    expect(graph.edges.filter((edge) => edge.recursive)).toEqual([]);
  });

  it('rejects workflows it cannot read with a clear error', () => {
    expect(() => graphFromArgoWorkflow({ kind: 'Workflow' })).toThrow(
      new PipelineSpecError('The Argo Workflow has no spec.'),
    );
    expect(() => graphFromArgoWorkflow(workflow([container('other')]))).toThrow(
      'The entrypoint template "main" is not among spec.templates.',
    );
    expect(() =>
      graphFromArgoWorkflow({ spec: { templates: [container('a'), container('b')] } }),
    ).toThrow('The Argo Workflow has no spec.entrypoint.');
  });
});
