import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../scripts/shared-dir.ts';
import { validateResponse, type SpecName } from '../contract/validate-response.ts';
import type { RunRuntime } from '../store/run-engine.ts';
import { executeComponent } from './behaviours/index.ts';
import { asString } from './json.ts';
import { argoNodes, fixture, list, makeRun, runToEnd, simSetup } from '../testing/sim-test-kit.ts';
import { requiredParameters } from './sweep-params.ts';
import type { JsonObject } from '../lib/json.ts';

const shared = requireSharedDir();

const v2Fixtures = [
  'pipeline_with_parallelfor_parallelism.yaml',
  'parallel_and_nested_pipeline_with_loops.yaml',
  'pipeline_with_nested_loops.yaml',
  'critical_collected_parameters.yaml',
  'pipeline_with_parallelfor_list_artifacts_GH-12033.yaml',
  'cross_loop_after_topology.yaml',
  'critical_flip_coin.yaml',
  'if_elif_else_complex.yaml',
  'if_else_with_oneof_parameters.yaml',
  'essential_pipeline_with_nested_conditions.yaml',
  'conditional_producer_and_consumers.yaml',
  'failing_pipeline_with_multiple_exit_handlers.yaml',
  'pipeline_with_task_final_status.yaml',
  'pipeline_as_exit_task.yaml',
  'parallel_and_nested_pipeline_in_pipeline.yaml',
  'parallel_and_nested_pipeline_in_pipeline_complex.yaml',
  'nested_with_parameters.yaml',
  'critical_pipeline_with_retry.yaml',
  'pipeline_with_importer.yaml',
  'metrics_visualization_v2.yaml',
  'output_metrics.yaml',
  'critical_multiple_artifacts_namedtuple.yaml',
  'pipeline_with_volume.yaml',
  'essential_iris_pipeline_compiled.yaml',
];

const v1Fixtures = [
  'recursive_while.yaml',
  'recursive_do_while.yaml',
  'withitem_basic.yaml',
  'withitem_nested.yaml',
  'coin.yaml',
  'opsgroups.yaml',
  'withparam_output.yaml',
  'withparam_global.yaml',
  'withparam_global_dict.yaml',
  'loop_over_lightweight_output.yaml',
  'parallelfor_item_argument_resolving.yaml',
  'timeout.yaml',
  'basic.yaml',
  'resourceop_basic.yaml',
  'volumeop_dag.yaml',
  'artifact_passing_using_volume.yaml',
  'uri_artifacts.yaml',
];

function expectValid(spec: SpecName, path: string, body: unknown): void {
  const result = validateResponse(spec, 'get', path, 200, body);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

function checkV2Contract(runtime: RunRuntime): void {
  const common = {
    run_id: 'run-1',
    state: runtime.state,
    state_history: [...runtime.stateHistory],
  };
  expectValid('v2beta1-tasks', '/apis/v2beta1/runs/run-1', {
    ...common,
    tasks: [...runtime.tasks],
  });
  expectValid('v2beta1', '/apis/v2beta1/runs/run-1', {
    ...common,
    run_details: { task_details: [...runtime.taskDetails] },
  });
}

function checkArgoManifest(runtime: RunRuntime): void {
  expectValid('v1beta1', '/apis/v1beta1/runs/run-1', {
    run: { id: 'run-1' },
    pipeline_runtime: { workflow_manifest: runtime.workflowManifest ?? '' },
  });
  const nodes = argoNodes(runtime);
  const ids = new Set(nodes.map((n) => n.id));
  for (const node of nodes) {
    expect(
      typeof node.name === 'string' &&
        typeof node.type === 'string' &&
        typeof node.phase === 'string',
    ).toBe(true);
    for (const child of list(node.children)) expect(ids.has(asString(child))).toBe(true);
    if (node.boundaryID !== undefined) expect(ids.has(asString(node.boundaryID))).toBe(true);
  }
}

/** Runs to the end with the real component behaviours, checking the wire shapes halfway and at the end. */
function sweep(kind: 'v1' | 'v2', file: string, extra: JsonObject = {}): RunRuntime {
  const spec = fixture(shared, kind, file);
  const { engine, clock } = simSetup({ behaviour: executeComponent, speed: 5 });
  engine.start(makeRun(spec, { parameters: { ...requiredParameters(spec), ...extra } }));
  clock.advance(20_000);
  const midway = engine.runtime('run-1');
  if (!midway) throw new Error('the engine forgot the run');
  if (kind === 'v2') checkV2Contract(midway);
  else checkArgoManifest(midway);
  const final = runToEnd(engine, clock, 'run-1', 10_000);
  if (kind === 'v2') checkV2Contract(final);
  else checkArgoManifest(final);
  return final;
}

describe('fixture sweep', () => {
  it.each(v2Fixtures)('v2 %s runs to SUCCEEDED with contract-valid tasks', (file) => {
    const final = sweep('v2', file);
    expect(final.error?.message).toBeUndefined();
    expect(final.state).toBe('SUCCEEDED');
    expect(final.tasks.length).toBeGreaterThan(1);
  });

  it.each(v1Fixtures)('v1 %s runs to SUCCEEDED with a consistent workflow', (file) => {
    const final = sweep('v1', file);
    expect(final.error?.message).toBeUndefined();
    expect(final.state).toBe('SUCCEEDED');
    expect(argoNodes(final).filter((n) => n.type === 'Pod').length).toBeGreaterThan(0);
  });

  it('v2 failing_pipeline_with_exit_handler.yaml fails but runs its exit task', () => {
    const final = sweep('v2', 'failing_pipeline_with_exit_handler.yaml', { fail_task: 'fail-op' });
    expect(final.state).toBe('FAILED');
    expect(final.tasks.find((t) => t.name === 'print-op')?.state).toBe('SUCCEEDED');
  });

  it.each([
    ['v1', 'kaniko.basic.yaml', "got kind 'Pod'"],
    ['v1', 'tolerations.yaml', "spec.entrypoint '' is not a template"],
  ] as const)('%s %s is refused with a clear error', (kind, file, message) => {
    const { engine, clock } = simSetup({ behaviour: executeComponent });
    engine.start(makeRun(fixture(shared, kind, file)));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('FAILED');
    expect(final.error?.message).toContain(message);
  });
});
