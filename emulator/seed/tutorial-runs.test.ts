import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulatorHarness, type EmulatorHarness } from '../testing/emulator-test-kit.ts';
import { extractFirstTarEntry } from '../sim/object-store.ts';

/**
 * The tutorial's four pipelines, run through the API to the end with non-default parameters: the
 * outcome must be the real one (the simulator executes the known components), as a user would see it
 * in the v1 run's Argo workflow.
 */
const pipelineYaml = (name: string) =>
  readFileSync(new URL(`./pipelines/${name}.yaml`, import.meta.url), 'utf8');

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Node {
  readonly id: string;
  readonly name: string;
  readonly templateName: string;
  readonly type: string;
  readonly phase: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly artifacts: readonly string[];
}

function nodesOf(manifest: unknown): Node[] {
  const status = isJson(manifest) && isJson(manifest.status) ? manifest.status : {};
  const nodes = isJson(status.nodes) ? Object.values(status.nodes) : [];
  return nodes.filter(isJson).map((node) => {
    const outputs = isJson(node.outputs) ? node.outputs : {};
    const parameters = Array.isArray(outputs.parameters) ? outputs.parameters.filter(isJson) : [];
    const artifacts = Array.isArray(outputs.artifacts) ? outputs.artifacts.filter(isJson) : [];
    return {
      id: String(node.id),
      name: String(node.name),
      templateName: String(node.templateName),
      type: String(node.type),
      phase: String(node.phase),
      startedAt: typeof node.startedAt === 'string' ? node.startedAt : '',
      finishedAt: typeof node.finishedAt === 'string' ? node.finishedAt : '',
      outputs: Object.fromEntries(parameters.map((p) => [String(p.name), String(p.value)])),
      artifacts: artifacts.map((a) => String(a.name)),
    };
  });
}

async function runToEnd(h: EmulatorHarness, pipeline: string, parameters: Record<string, unknown>) {
  const created = await h.createRun('alice', pipelineYaml(pipeline), parameters);
  expect(created.status, created.text).toBe(200);
  const runId = String(created.json.run_id);
  const finished = await h.finish('alice', runId);
  const v1 = await h.call('GET', `/apis/v1beta1/runs/${runId}`, 'alice');
  const runtime = isJson(v1.json.pipeline_runtime) ? v1.json.pipeline_runtime : {};
  const manifest: unknown = JSON.parse(
    typeof runtime.workflow_manifest === 'string' ? runtime.workflow_manifest : '{}',
  );
  return { state: String(finished.json.state), nodes: nodesOf(manifest), runId };
}

/**
 * A pod's output artifact as text (ReadArtifact → base64 tar.gz). kfp 1.8 exports a return value
 * only as an artifact when no task consumes it as a parameter (get-text-file, cs-print).
 */
async function artifactText(
  h: EmulatorHarness,
  runId: string,
  node: Node | undefined,
  name: string,
) {
  const read = await h.call(
    'GET',
    `/apis/v1beta1/runs/${runId}/nodes/${node?.id ?? ''}/artifacts/${name}:read`,
    'alice',
  );
  expect(read.status, read.text).toBe(200);
  return new TextDecoder().decode(
    extractFirstTarEntry(Buffer.from(String(read.json.data), 'base64')),
  );
}

const pods = (nodes: readonly Node[], template: string) =>
  nodes.filter((n) => n.type === 'Pod' && n.templateName === template);

describe('the tutorial pipelines, run to the end', () => {
  it('data handling multiplies the numeric parameters and passes the result through a text file', async () => {
    const h = await createEmulatorHarness();
    const run = await runToEnd(h, 'data-handling', { a: '6', b: '7' });
    expect(run.state).toBe('SUCCEEDED');
    const [multiply] = pods(run.nodes, 'multiply');
    expect(Object.values(multiply?.outputs ?? {})).toContain('42.0');
    const [text] = pods(run.nodes, 'get-text-file');
    expect(await artifactText(h, run.runId, text, 'get-text-file-Output')).toBe('42.0');
  });

  it('data visualization writes web-app viewers for the image and the CSV plot', async () => {
    const h = await createEmulatorHarness();
    const run = await runToEnd(h, 'data-visualization', {});
    expect(run.state).toBe('SUCCEEDED');
    for (const template of ['display-image-from-path', 'plot-csv-from-path']) {
      expect(pods(run.nodes, template)[0]?.artifacts).toContain('mlpipeline-ui-metadata');
    }
  });

  it('YOLO trains after the GPU check and predicts, draws and visualizes after training', async () => {
    const h = await createEmulatorHarness();
    const run = await runToEnd(h, 'yolo-object-detection', { epochs: '3' });
    expect(run.state).toBe('SUCCEEDED');
    const [check] = pods(run.nodes, 'gpu-available-check');
    const [train] = pods(run.nodes, 'yolo-train');
    const [predict] = pods(run.nodes, 'yolo-predict');
    expect(train?.artifacts).toEqual(
      expect.arrayContaining(['mlpipeline-ui-metadata', 'mlpipeline-metrics']),
    );
    expect(Date.parse(train?.startedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(check?.finishedAt ?? ''),
    );
    expect(Date.parse(predict?.startedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(train?.finishedAt ?? ''),
    );
  });

  it('recursion finds the next prime below the start, skips the other branch and runs the exit handler', async () => {
    const h = await createEmulatorHarness();
    const run = await runToEnd(h, 'recursion-conditions-and-exit-handlers', { start: '26' });
    expect(run.state).toBe('SUCCEEDED');
    // 26, 25, 24 are not prime; 23 is: four checks, three subtractions, one print of 23.
    const checks = pods(run.nodes, 'check-if-prime');
    expect(checks.map((n) => Object.values(n.outputs)[0]).sort()).toEqual([
      'False',
      'False',
      'False',
      'True',
    ]);
    expect(pods(run.nodes, 'sub-one')).toHaveLength(3);
    const printed = pods(run.nodes, 'cs-print');
    expect(printed).toHaveLength(1);
    expect(await artifactText(h, run.runId, printed[0], 'cs-print-Output')).toBe('23');
    // Each level's untaken branch is skipped: condition-4 (prime) three times, condition-3 (recurse)
    // once (the kfp 1.8 compiler's names).
    const skipped = run.nodes.filter((n) => n.phase === 'Skipped' || n.phase === 'Omitted');
    expect(skipped.filter((n) => n.templateName === 'condition-4')).toHaveLength(3);
    expect(skipped.filter((n) => n.templateName === 'condition-3')).toHaveLength(1);
    expect(pods(run.nodes, 'exit-task').map((n) => n.phase)).toEqual(['Succeeded']);
  });

  it('runs the exit handler after a failure, and the run fails', async () => {
    const h = await createEmulatorHarness();
    const run = await runToEnd(h, 'recursion-conditions-and-exit-handlers', {
      start: '26',
      fail_task: 'sub-one',
    });
    expect(run.state).toBe('FAILED');
    expect(pods(run.nodes, 'sub-one').some((n) => n.phase === 'Failed')).toBe(true);
    expect(pods(run.nodes, 'cs-print')).toHaveLength(0);
    const [exit] = pods(run.nodes, 'exit-task');
    expect(exit?.phase).toBe('Succeeded');
    const failedAt = Math.max(...pods(run.nodes, 'sub-one').map((n) => Date.parse(n.finishedAt)));
    expect(Date.parse(exit?.startedAt ?? '')).toBeGreaterThanOrEqual(failedAt);
  });
});
