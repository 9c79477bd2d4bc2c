import { describe, expect, it } from 'vitest';
import { argoPodName, overlayFromWorkflow, splitDisplayName } from './from-workflow-status.ts';
import { histogramText } from './run-state.ts';
import { graphFromSpec } from './spec-to-graph.ts';

const spec = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { generateName: 'sweep-' },
  spec: {
    entrypoint: 'sweep',
    onExit: 'notify',
    templates: [
      {
        name: 'sweep',
        dag: { tasks: [{ name: 'for-loop-1', template: 'for-loop-1', withItems: [1, 2, 3, 4] }] },
      },
      { name: 'for-loop-1', dag: { tasks: [{ name: 'train', template: 'train' }] } },
      { name: 'train', container: { image: 'python:3.10', command: ['python'] } },
      { name: 'notify', container: { image: 'alpine' } },
    ],
  },
};

function graph() {
  const result = graphFromSpec(spec);
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

const wf = 'sweep-x1';
const t0 = '2026-01-01T10:00:00Z';
const t1 = '2026-01-01T10:00:30Z';

function iteration(index: number, phase: string) {
  return [
    [
      `${wf}-1${index}`,
      {
        id: `${wf}-1${index}`,
        name: `${wf}.for-loop-1(${index}:${index + 1})`,
        displayName: `for-loop-1(${index}:${index + 1})`,
        type: 'DAG',
        templateName: 'for-loop-1',
        phase,
        boundaryID: wf,
        startedAt: t0,
        ...(phase === 'Running' ? {} : { finishedAt: t1 }),
      },
    ],
    [
      `${wf}-2${index}`,
      {
        id: `${wf}-2${index}`,
        name: `${wf}.for-loop-1(${index}:${index + 1}).train`,
        displayName: 'train',
        type: 'Pod',
        templateName: 'train',
        phase,
        boundaryID: `${wf}-1${index}`,
        startedAt: t0,
        ...(phase === 'Running' ? {} : { finishedAt: t1 }),
        ...(phase === 'Failed' ? { message: 'Error (exit code 1)' } : {}),
        inputs: { parameters: [{ name: 'lr', value: `0.${index}` }] },
        outputs: {
          artifacts: [
            {
              name: 'mlpipeline-ui-metadata',
              s3: { key: `artifacts/${wf}/train-${index}/mlpipeline-ui-metadata.tgz` },
            },
          ],
        },
      },
    ],
  ] as const;
}

const nodes: Record<string, unknown> = Object.fromEntries<unknown>([
  [
    wf,
    {
      id: wf,
      name: wf,
      displayName: wf,
      type: 'DAG',
      templateName: 'sweep',
      phase: 'Running',
      startedAt: t0,
    },
  ],
  [
    `${wf}-9`,
    {
      id: `${wf}-9`,
      name: `${wf}.for-loop-1`,
      displayName: 'for-loop-1',
      type: 'TaskGroup',
      templateName: 'for-loop-1',
      phase: 'Running',
      boundaryID: wf,
      children: [`${wf}-10`, `${wf}-11`, `${wf}-12`, `${wf}-13`],
    },
  ],
  ...iteration(0, 'Succeeded'),
  ...iteration(1, 'Succeeded'),
  ...iteration(2, 'Failed'),
  ...iteration(3, 'Running'),
]);

const workflow = {
  metadata: { name: wf },
  spec: { entrypoint: 'sweep' },
  status: { phase: 'Running', nodes },
};

async function gzipBase64(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

describe('overlayFromWorkflow', () => {
  it('groups loop iterations into a histogram on the loop and its tasks', async () => {
    const overlay = await overlayFromWorkflow(graph(), workflow);
    expect(overlay.unmatched).toEqual([]);
    const loop = overlay.nodes.get('sweep/for-loop-1');
    expect(loop?.state).toBe('RUNNING');
    expect(loop && histogramText(loop)).toBe('2/4 succeeded, 1 failed, 1 running');
    const train = overlay.nodes.get('sweep/for-loop-1/train');
    expect(train?.state).toBe('FAILED');
    expect(train?.error).toBe('Error (exit code 1)');
    expect(train?.podName).toBe(`${wf}-train-22`);
    expect(train?.executions.map((e) => [e.iteration, e.state])).toEqual([
      [0, 'SUCCEEDED'],
      [1, 'SUCCEEDED'],
      [2, 'FAILED'],
      [3, 'RUNNING'],
    ]);
    expect(train?.executions[1]?.inputs).toEqual([{ name: 'lr', value: '0.1' }]);
    expect(train?.executions[1]?.outputArtifacts).toEqual([
      {
        name: 'mlpipeline-ui-metadata',
        uri: `minio://mlpipeline/artifacts/${wf}/train-1/mlpipeline-ui-metadata.tgz`,
      },
    ]);
    expect(train?.finishedAt).toBeUndefined();
    expect(overlay.states.get('sweep/for-loop-1/train')).toBe('FAILED');
    // The exit handler has not started: no state yet.
    expect(overlay.states.has('onExit')).toBe(false);
  });

  it('reads status.compressedNodes (base64 gzip) like status.nodes', async () => {
    const compressed = {
      ...workflow,
      status: { phase: 'Running', compressedNodes: await gzipBase64(JSON.stringify(nodes)) },
    };
    const plain = await overlayFromWorkflow(graph(), workflow);
    const fromCompressed = await overlayFromWorkflow(graph(), compressed);
    expect([...fromCompressed.states]).toEqual([...plain.states]);
    expect(fromCompressed.nodes.get('sweep/for-loop-1/train')?.executions).toHaveLength(4);
  });

  it('rejects compressedNodes that are not gzip', async () => {
    await expect(
      overlayFromWorkflow(graph(), { ...workflow, status: { compressedNodes: btoa('not gzip') } }),
    ).rejects.toThrow();
  });

  it('answers an empty overlay for a workflow that has not started', async () => {
    const overlay = await overlayFromWorkflow(graph(), { metadata: { name: wf }, spec: {} });
    expect(overlay.nodes.size).toBe(0);
  });
});

describe('Argo names', () => {
  it('splits iterations and retry attempts off display names', () => {
    expect(splitDisplayName('for-loop-1(12:{"a":1.5})')).toEqual({
      task: 'for-loop-1',
      iteration: 12,
    });
    expect(splitDisplayName('train(2)')).toEqual({ task: 'train', attempt: 2 });
    expect(splitDisplayName('train')).toEqual({ task: 'train' });
  });

  it('derives pod names in format v2, and uses the node id in format v1', () => {
    const node = { id: 'wf-abc-123', type: 'Pod', templateName: 'train' };
    expect(argoPodName({ metadata: { name: 'wf-abc' } }, node)).toBe('wf-abc-train-123');
    expect(
      argoPodName(
        {
          metadata: {
            name: 'wf-abc',
            annotations: { 'workflows.argoproj.io/pod-name-format': 'v1' },
          },
        },
        node,
      ),
    ).toBe('wf-abc-123');
    expect(argoPodName({ metadata: { name: 'wf-abc' } }, { ...node, type: 'DAG' })).toBeUndefined();
  });
});
