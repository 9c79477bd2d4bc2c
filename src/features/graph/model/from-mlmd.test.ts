import { describe, expect, it } from 'vitest';
import { readArtifact, readEvent, readExecution } from '@/lib/mlmd/read-messages.ts';
import { artifact, event, execution, Execution_State } from '@/lib/mlmd/testing/fixtures.ts';
import type { RunMetadata } from '@/lib/mlmd/types.ts';
import { overlayFromMlmd } from './from-mlmd.ts';
import { histogramText } from './run-state.ts';
import { graph } from './__fixtures__/sweep-pipeline.ts';

/**
 * What KFP's driver and launcher record for a run of the sweep pipeline (`prepare`, then `train` in a
 * loop of four; hand-built MLMD messages): two iterations so far.
 */
function metadata(): RunMetadata {
  const dag = 'system.DAGExecution';
  const executions = [
    execution({ id: 1, type: dag, state: Execution_State.RUNNING }),
    execution({
      id: 2,
      taskName: 'prepare',
      parentDagId: 1,
      podName: 'sweep-abc-system-container-impl-1',
      inputs: { rows: 10 },
      outputs: { Output: 'prepared', ratio: 0.5 },
      start: 0,
      end: 30,
    }),
    execution({
      id: 3,
      type: dag,
      taskName: 'for-loop-1',
      parentDagId: 1,
      iterationCount: 4,
      state: Execution_State.RUNNING,
    }),
    execution({ id: 4, type: dag, taskName: 'for-loop-1', parentDagId: 3, iterationIndex: 0 }),
    execution({ id: 5, type: dag, taskName: 'for-loop-1', parentDagId: 3, iterationIndex: 1 }),
    execution({
      id: 6,
      taskName: 'train',
      parentDagId: 4,
      podName: 'pod-train-0',
      start: 40,
      end: 100,
    }),
    execution({
      id: 7,
      taskName: 'train',
      parentDagId: 5,
      state: Execution_State.CACHED,
      cachedExecutionId: 60,
    }),
  ].map((e) => readExecution(e));
  const artifacts = [
    artifact({
      id: 11,
      type: 'system.Metrics',
      name: 'metrics',
      uri: 'minio://mlpipeline/v2/artifacts/run/train/metrics',
      metadata: { accuracy: 0.93 },
    }),
    artifact({ id: 12, type: 'system.Dataset', name: 'data', uri: 'minio://b/data' }),
  ].map((a) => readArtifact(a));
  const events = [
    event('OUTPUT', 2, 12, 'data'),
    event('INPUT', 6, 12, 'data'),
    event('OUTPUT', 6, 11, 'metrics'),
  ].map(readEvent);
  return { contextId: '100', executions, artifacts, events };
}

describe('overlayFromMlmd', () => {
  it('places executions by task_name under parent_dag_id, loop iterations on the loop', () => {
    const overlay = overlayFromMlmd(graph(), metadata());
    expect(overlay.unmatched).toEqual([]);
    expect(overlay.states.get('root/prepare')).toBe('SUCCEEDED');
    expect(overlay.states.get('root/for-loop-1')).toBe('RUNNING');
    const loop = overlay.nodes.get('root/for-loop-1');
    expect(loop?.iterationCount).toBe(4);
    expect(loop?.executions.map((e) => e.iteration)).toEqual([0, 1]);
    const train = overlay.nodes.get('root/for-loop-1/train');
    expect(train?.executions.map((e) => [e.iteration, e.state, e.cached])).toEqual([
      [0, 'SUCCEEDED', false],
      [1, 'SUCCEEDED', true],
    ]);
    expect(train && histogramText(train)).toBe('2/2 succeeded');
    // One iteration ran, one came from the cache: the node is not drawn as cached.
    expect(train?.cached).toBeUndefined();
    expect(overlay.states.get('root/for-loop-1/train')).toBe('SUCCEEDED');
  });

  it('marks a task taken from the cache: CACHED on the graph, the original execution named', () => {
    const base = metadata();
    const cached = readExecution(
      execution({
        id: 2,
        taskName: 'prepare',
        parentDagId: 1,
        state: Execution_State.CACHED,
        cachedExecutionId: 42,
      }),
    );
    const overlay = overlayFromMlmd(graph(), {
      ...base,
      executions: base.executions.map((e) => (e.id === '2' ? cached : e)),
    });
    expect(overlay.states.get('root/prepare')).toBe('CACHED');
    const prepare = overlay.nodes.get('root/prepare');
    expect(prepare?.state).toBe('SUCCEEDED');
    expect(prepare?.cached).toBe(true);
    expect(prepare?.executions[0]).toMatchObject({ cached: true, cachedExecutionId: '42' });
    // A plain one names no original.
    const train = overlay.nodes.get('root/for-loop-1/train');
    expect(train?.executions[0]?.cachedExecutionId).toBeUndefined();
  });

  it('shows a task the driver did not trigger (MLMD CANCELED) as skipped, as tasks[] does', () => {
    const base = metadata();
    const notTriggered = readExecution(
      execution({ id: 2, taskName: 'prepare', parentDagId: 1, state: Execution_State.CANCELED }),
    );
    const overlay = overlayFromMlmd(graph(), {
      ...base,
      executions: base.executions.map((e) => (e.id === '2' ? notTriggered : e)),
    });
    expect(overlay.states.get('root/prepare')).toBe('SKIPPED');
    expect(overlay.nodes.get('root/prepare')?.executions[0]?.state).toBe('SKIPPED');
  });

  it('gives pod names, times, parameters and artifacts of each execution', () => {
    const overlay = overlayFromMlmd(graph(), metadata());
    const prepare = overlay.nodes.get('root/prepare')?.executions[0];
    expect(prepare).toMatchObject({
      runtimeId: '2',
      podName: 'sweep-abc-system-container-impl-1',
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:00:30.000Z',
      durationMs: 30_000,
      inputs: [{ name: 'rows', value: '10' }],
      outputs: [
        { name: 'Output', value: 'prepared' },
        { name: 'ratio', value: '0.5' },
      ],
      outputArtifacts: [
        { name: 'data', uri: 'minio://b/data', type: 'system.Dataset', artifactId: '12' },
      ],
    });
    const train = overlay.nodes.get('root/for-loop-1/train')?.executions[0];
    expect(train?.podName).toBe('pod-train-0');
    expect(train?.inputArtifacts).toEqual([
      { name: 'data', uri: 'minio://b/data', type: 'system.Dataset', artifactId: '12' },
    ]);
  });

  it('gives outputs in the shape of tasks[] outputs, so visualizations read them unchanged', () => {
    const overlay = overlayFromMlmd(graph(), metadata());
    const train = overlay.nodes.get('root/for-loop-1/train')?.executions[0];
    expect(train?.rawOutputs).toEqual({
      parameters: [],
      artifacts: [
        {
          artifact_key: 'metrics',
          artifacts: [
            {
              artifact_id: '11',
              name: 'metrics',
              type: 'system.Metrics',
              uri: 'minio://mlpipeline/v2/artifacts/run/train/metrics',
              metadata: { accuracy: 0.93 },
            },
          ],
        },
      ],
    });
  });

  it('reports executions of tasks the spec does not have, and waits for the root DAG', () => {
    const data = metadata();
    const stray = readExecution(execution({ id: 9, taskName: 'gone', parentDagId: 1 }));
    const overlay = overlayFromMlmd(graph(), { ...data, executions: [...data.executions, stray] });
    expect(overlay.unmatched).toEqual(['root/gone']);
    const orphans = overlayFromMlmd(graph(), {
      ...data,
      executions: data.executions.filter((e) => e.id !== '1'),
    });
    expect(orphans.nodes.size).toBe(0);
  });
});
