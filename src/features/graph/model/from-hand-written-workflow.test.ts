import { describe, expect, it } from 'vitest';
import { graphFromArgoWorkflow } from './from-argo-workflow.ts';
import { PipelineSpecError } from './graph-builder.ts';
import { describeEdges as edgeList, requireNode as node } from './graph-debug.ts';

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
