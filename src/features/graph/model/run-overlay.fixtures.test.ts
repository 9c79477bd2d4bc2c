import { describe, expect, it } from 'vitest';
import { parseRun } from '@/lib/kfp/wire/run.ts';
import { parseV1RunDetail } from '@/lib/kfp/wire/v1-run.ts';
import { overlayFromRunTasks } from './from-run-tasks.ts';
import { overlayFromTaskDetails } from './from-task-details.ts';
import { overlayFromWorkflow } from './from-workflow-status.ts';
import { histogramText } from './run-state.ts';
import { graphFromSpec } from './spec-to-graph.ts';

import runV1Recursion from './__fixtures__/run-v1-recursion.json';
import runV2TaskDetails from './__fixtures__/run-v2-task-details.json';
import runV2Tasks from './__fixtures__/run-v2-tasks.json';
import trainingSpec from './__fixtures__/training-with-metrics.spec.json';

/** Runtime JSON captured from our emulator (`npm run emulator`, runs of its seed pipelines at speed 20). */
const FIXTURES: Readonly<Record<string, unknown>> = {
  'run-v1-recursion.json': runV1Recursion,
  'run-v2-task-details.json': runV2TaskDetails,
  'run-v2-tasks.json': runV2Tasks,
  'training-with-metrics.spec.json': trainingSpec,
};

function fixture(name: string): unknown {
  return FIXTURES[name];
}

function graphOf(spec: unknown) {
  const result = graphFromSpec(spec);
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

const trainingGraph = graphOf(fixture('training-with-metrics.spec.json'));

describe('captured runs', () => {
  it('maps v2 tasks[] of a finished loop run onto every graph node', () => {
    const run = parseRun(fixture('run-v2-tasks.json'), 'run');
    const overlay = overlayFromRunTasks(trainingGraph, run.tasks ?? []);
    expect(overlay.unmatched).toEqual([]);
    expect([...overlay.states.keys()].sort()).toEqual([...trainingGraph.nodes.keys()].sort());
    const loop = overlay.nodes.get('root/for-loop-2');
    expect(loop?.state).toBe('SUCCEEDED');
    expect(loop?.iterationCount).toBe(3);
    expect(loop && histogramText(loop)).toBe('3/3 succeeded');
    const condition = overlay.nodes.get('root/for-loop-2/condition-3');
    expect(condition?.histogram).toEqual({ SUCCEEDED: 1, SKIPPED: 2 });
    expect(condition?.state).toBe('SUCCEEDED');
    const train = overlay.nodes.get('root/for-loop-2/train-model');
    expect(train?.executions.map((e) => e.iteration)).toEqual([0, 1, 2]);
    expect(train?.podName).toMatch(/system-container-impl-/);
    const load = overlay.nodes.get('root/load-dataset');
    expect(load?.executions[0]?.inputs).toEqual([
      { name: 'source', value: 'gs://ml-datasets/iris/iris.csv' },
    ]);
    expect(load?.executions[0]?.outputs).toEqual([{ name: 'Output', value: '150' }]);
    // tasks[]'s `Dataset` read as the schema title ML Metadata gives it.
    expect(load?.executions[0]?.outputArtifacts[0]).toMatchObject({
      name: 'dataset',
      type: 'system.Dataset',
    });
    expect(load?.executions[0]?.outputArtifacts[0]?.uri).toMatch(/^minio:\/\/mlpipeline\//);
    expect(load?.durationMs).toBeGreaterThan(0);
  });

  it('maps v2 run_details.task_details[] of the same pipeline the same way', () => {
    const run = parseRun(fixture('run-v2-task-details.json'), 'run');
    const overlay = overlayFromTaskDetails(trainingGraph, run.run_details?.task_details ?? []);
    expect(overlay.unmatched).toEqual([]);
    expect([...overlay.states.keys()].sort()).toEqual([...trainingGraph.nodes.keys()].sort());
    const loop = overlay.nodes.get('root/for-loop-2');
    expect(loop && histogramText(loop)).toBe('3/3 succeeded');
    expect(
      overlay.nodes.get('root/for-loop-2/evaluate-model')?.executions.map((e) => e.iteration),
    ).toEqual([0, 1, 2]);
    expect(overlay.nodes.get('root/for-loop-2/condition-3')?.histogram).toEqual({
      SUCCEEDED: 1,
      SKIPPED: 2,
    });
  });

  it('unrolls the recursion of a v1 run as it happened (the Argo workflow manifest)', async () => {
    const detail = parseV1RunDetail(fixture('run-v1-recursion.json'), 'detail');
    const graph = graphOf(JSON.parse(detail.run.pipeline_spec.workflow_manifest));
    const overlay = await overlayFromWorkflow(graph, JSON.parse(detail.workflow_manifest));
    expect(overlay.unmatched).toEqual([]);
    const group = 'recursion-conditions-and-exit-handlers/exit-handler-1/graph-find-next-prime-1';
    // start 50: 50, 49, 48, 47 (prime) → three recursive calls.
    expect(overlay.nodes.get(group)?.maxDepth).toBe(3);
    expect(overlay.nodes.get(`${group}/check-if-prime`)?.executions).toHaveLength(4);
    expect(overlay.nodes.get(`${group}/condition-2/sub-one`)?.histogram).toEqual({ SUCCEEDED: 3 });
    expect(overlay.nodes.get(`${group}/condition-3`)?.histogram).toEqual({
      SKIPPED: 3,
      SUCCEEDED: 1,
    });
    expect(overlay.nodes.get(`${group}/condition-3/cs-print`)?.executions[0]?.depth).toBe(3);
    expect(overlay.states.get(`${group}/condition-2/graph-find-next-prime-1`)).toBe('SUCCEEDED');
    expect(overlay.states.get('onExit')).toBe('SUCCEEDED');
    expect(overlay.nodes.get('onExit')?.podName).toMatch(
      /^recursion-conditions-and-exit-handlers-[a-z0-9]+-exit-task-\d+$/,
    );
  });
});
