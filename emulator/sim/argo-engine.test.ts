import { gunzipSync } from 'fflate';
import { parseTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../scripts/shared-dir.ts';
import type { TaskResult } from './types.ts';
import { asObject, asString, field, parseJson, stringField } from './json.ts';
import {
  argoNodes,
  byDisplay,
  children,
  fixture,
  list,
  makeRun,
  manifest,
  one,
  runToEnd,
  scriptedBehaviour,
  simSetup,
} from '../testing/sim-test-kit.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

const shared = requireSharedDir();
const v1 = (name: string) => fixture(shared, 'v1', name);

describe('v1 (Argo) runs', () => {
  it('runs a DAG in dependency order with Argo node ids, edges, pod names and archived logs', () => {
    const { engine, clock, objects } = simSetup();
    engine.start(makeRun(v1('opsgroups.yaml')));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    expect(final.tasks).toEqual([]);
    const wf = manifest(final);
    const name = stringField(wf, 'metadata', 'name') ?? '';
    expect(name).toMatch(/^opsgroups-pipeline-[a-z0-9]{5}$/);
    expect(stringField(wf, 'status', 'phase')).toBe('Succeeded');
    const nodes = argoNodes(final);
    const root = one(nodes, name);
    expect(root).toMatchObject({
      id: name,
      type: 'DAG',
      phase: 'Succeeded',
      templateName: 'opsgroups-pipeline',
    });
    const g1 = one(nodes, 'graph-echo1-graph-component-1');
    const g2 = one(nodes, 'graph-echo2-graph-component-2');
    const echo1 = one(nodes, 'echo1-task1');
    expect(children(root)).toEqual([g1.id]);
    expect(children(g1)).toEqual([echo1.id]);
    expect(children(echo1)).toEqual([g2.id]);
    expect(g1.outboundNodes).toEqual([echo1.id]);
    expect(echo1.boundaryID).toBe(g1.id);
    expect(echo1.name).toBe(`${name}.graph-echo1-graph-component-1.echo1-task1`);
    const hash = (asString(echo1.id) ?? '').slice(name.length + 1);
    expect(asString(echo1.id)).toMatch(/^opsgroups-pipeline-[a-z0-9]{5}-\d+$/);
    expect(Date.parse(asString(g2.startedAt) ?? '')).toBeGreaterThanOrEqual(
      Date.parse(asString(echo1.finishedAt) ?? ''),
    );
    expect(field(echo1, 'inputs', 'parameters')).toEqual([{ name: 'text1', value: 'message 1' }]);
    const logKey =
      stringField(
        list(field(echo1, 'outputs', 'artifacts')).find(
          (a) => stringField(a, 'name') === 'main-logs',
        ),
        's3',
        'key',
      ) ?? '';
    expect(logKey).toBe(`artifacts/${name}/2026/03/01/${name}-echo1-task1-${hash}/main-logs.tgz`);
    const archive = objects.get('mlpipeline', logKey);
    expect(archive).toBeDefined();
    const [entry] = parseTar(gunzipSync(archive ?? new Uint8Array()));
    expect(entry?.name).toBe('main.log');
    expect(entry?.text).toContain('start echo1-task1 attempt 0');
  });

  it('skips a task whose when is false', () => {
    const behaviour = scriptedBehaviour((t): Partial<TaskResult> | undefined => {
      if (t.component === 'flip') return { outputs: { 'flip-output': 'heads' } };
      if (t.component === 'flip-again') return { outputs: { 'flip-again-output': 'tails' } };
      return undefined;
    });
    const { engine, clock } = simSetup({ behaviour });
    engine.start(makeRun(v1('coin.yaml')));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    const nodes = argoNodes(final);
    expect(one(nodes, 'condition-3')).toMatchObject({
      type: 'Skipped',
      phase: 'Skipped',
      message: `when '"heads" == "tails"' evaluated false`,
    });
    expect(one(nodes, 'condition-1')).toMatchObject({ type: 'DAG', phase: 'Succeeded' });
    expect(one(nodes, 'print1')).toMatchObject({
      phase: 'Succeeded',
      inputs: { parameters: [{ name: 'flip-again-output', value: 'tails' }] },
    });
    expect(byDisplay(nodes, 'print2')).toEqual([]);
  });

  it('expands withItems (nested) into TaskGroups with Argo item names', () => {
    const { engine, clock } = simSetup();
    engine.start(makeRun(v1('withitem_nested.yaml')));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    const nodes = argoNodes(final);
    const group = one(nodes, 'for-loop-2');
    expect(group.type).toBe('TaskGroup');
    const items = children(group).map((id) => nodes.find((n) => n.id === id)?.displayName);
    expect(items).toEqual(['for-loop-2(0:a:1,b:2)', 'for-loop-2(1:a:10,b:20)']);
    const inner = byDisplay(nodes, 'my-inner-inner-coop');
    expect(inner).toHaveLength(6);
    const values = inner
      .map((n) =>
        list(field(n, 'inputs', 'parameters'))
          .map((p) => stringField(p, 'value'))
          .join(' '),
      )
      .sort();
    expect(values).toEqual([
      '1 100 10',
      '1 200 10',
      '1 300 10',
      '10 100 10',
      '10 200 10',
      '10 300 10',
    ]);
  });

  it('expands withParam from an upstream output', () => {
    const behaviour = scriptedBehaviour((t) =>
      t.component === 'my-out-cop0'
        ? { outputs: { 'my-out-cop0-out': '[20, 21, 22]' } }
        : undefined,
    );
    const { engine, clock } = simSetup({ behaviour });
    engine.start(makeRun(v1('withparam_output.yaml')));
    const final = runToEnd(engine, clock, 'run-1');
    const nodes = argoNodes(final);
    expect(children(one(nodes, 'for-loop-1')).length).toBe(3);
    expect(
      byDisplay(nodes, 'my-in-cop1').map((n) =>
        stringField(list(field(n, 'inputs', 'parameters'))[0], 'value'),
      ),
    ).toEqual(['20', '21', '22']);
  });

  it('runs onExit after a failure and fails the workflow', () => {
    const { engine, clock } = simSetup();
    engine.start(
      makeRun(v1('basic.yaml'), {
        parameters: { message: 'a b b', outputpath: 'gs://x', fail_task: 'get-frequent' },
      }),
    );
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('FAILED');
    expect(final.error?.message).toContain("task 'get-frequent' failed");
    const wf = manifest(final);
    const name = stringField(wf, 'metadata', 'name') ?? '';
    const nodes = argoNodes(final);
    const exit = one(nodes, `${name}.onExit`);
    expect(exit).toMatchObject({ type: 'Pod', templateName: 'exiting', phase: 'Succeeded' });
    const failed = one(nodes, 'get-frequent');
    expect(failed).toMatchObject({ phase: 'Failed', message: 'injected failure' });
    expect(one(nodes, 'save')).toMatchObject({ type: 'Skipped', phase: 'Omitted' });
    expect(Date.parse(asString(exit.startedAt) ?? '')).toBeGreaterThanOrEqual(
      Date.parse(asString(failed.finishedAt) ?? ''),
    );
    expect(stringField(wf, 'status', 'phase')).toBe('Failed');
  });

  it('recurses until the when is false', () => {
    let flips = 0;
    const behaviour = scriptedBehaviour((t): Partial<TaskResult> | undefined => {
      if (t.component === 'flip') return { outputs: { 'flip-output': 'heads' } };
      if (t.component !== 'flip-3') return undefined;
      flips += 1;
      return { outputs: { 'flip-3-output': flips < 4 ? 'heads' : 'tails' } };
    });
    const { engine, clock } = simSetup({ behaviour });
    engine.start(makeRun(v1('recursive_while.yaml')));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    const nodes = argoNodes(final);
    expect(byDisplay(nodes, 'flip-3')).toHaveLength(4);
    expect(byDisplay(nodes, 'graph-flip-component-1')).toHaveLength(5);
    const skipped = byDisplay(nodes, 'condition-2').filter((n) => n.phase === 'Skipped');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.message).toBe(`when '"tails" == "heads"' evaluated false`);
  });

  it('stops runaway recursion at Argo’s depth limit and fails the run', () => {
    const behaviour = scriptedBehaviour((t) => ({
      outputs: { 'flip-output': 'heads', 'flip-3-output': 'heads' },
      durationMs: t.component === 'print' ? 1000 : 2000,
    }));
    const { engine, clock } = simSetup({ behaviour, speed: 100 });
    engine.start(makeRun(v1('recursive_while.yaml')));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('FAILED');
    expect(final.error?.message).toContain('Maximum recursion depth exceeded');
    expect(argoNodes(final).some((n) => n.phase === 'Error')).toBe(true);
  });

  it('retries a pod up to retryStrategy.limit under a Retry node', () => {
    const behaviour = scriptedBehaviour((t) =>
      t.attempt < 2 ? { outcome: 'failed', error: 'Error (exit code 1)' } : undefined,
    );
    const { engine, clock } = simSetup({ behaviour });
    engine.start(makeRun(v1('preemptible_tpu_gpu.yaml')));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    const nodes = argoNodes(final);
    const retry = nodes.find((n) => n.type === 'Retry');
    expect(retry?.phase).toBe('Succeeded');
    const attempts = children(retry ?? {}).map((id) => nodes.find((n) => n.id === id));
    expect(attempts.map((n) => n?.phase)).toEqual(['Failed', 'Failed', 'Succeeded']);
    expect(attempts.map((n) => asString(n?.displayName)?.slice(-3))).toEqual(['(0)', '(1)', '(2)']);
  });

  it('fails a workflow with a missing template or an unsupplied argument', () => {
    const spec = v1('opsgroups.yaml');
    const broken = parseJson(
      JSON.stringify(spec).replace('"template":"echo1-task1"', '"template":"nope"'),
    );
    if (!isJsonObject(broken)) throw new Error('not an object');
    const { engine, clock } = simSetup();
    engine.start(makeRun(broken));
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('FAILED');
    expect(final.error?.message).toContain("refers to a missing template 'nope'");
    engine.start(makeRun(v1('basic.yaml'), { runId: 'run-2' }));
    const second = runToEnd(engine, clock, 'run-2');
    expect(second.error?.message).toContain('spec.arguments.message.value is required');
  });

  it('terminates a v1 run: running pods fail with Argo’s terminate message, nothing new starts', () => {
    const { engine, clock } = simSetup();
    const run = makeRun(v1('opsgroups.yaml'));
    engine.start(run);
    clock.advance(6_000);
    const before = argoNodes(
      engine.runtime('run-1') ?? { state: 'PENDING', stateHistory: [], tasks: [], taskDetails: [] },
    );
    expect(before.some((n) => n.type === 'Pod' && n.phase === 'Running')).toBe(true);
    engine.apply('run-1', { kind: 'terminate', at: clock.iso() });
    expect(engine.runtime('run-1')?.state).toBe('CANCELING');
    const final = runToEnd(engine, clock, 'run-1', 500);
    // The workflow ends Failed, and so does the run (resource_manager.go ReportWorkflowResource).
    expect(final.state).toBe('FAILED');
    const nodes = argoNodes(final);
    expect(nodes.map((n) => n.displayName)).toEqual(before.map((n) => n.displayName));
    expect(one(nodes, 'echo1-task1')).toMatchObject({
      phase: 'Failed',
      message: "Stopped with strategy 'Terminate'",
    });
    expect(stringField(manifest(final), 'status', 'phase')).toBe('Failed');
  });

  // KFP's UI takes every output artifact's bucket and endpoint from status.artifactRepositoryRef
  // (frontend/src/lib/WorkflowParser.ts getNodeInputOutputArtifacts, loadNodeOutputPaths); Argo
  // records the repository it resolved (workflow-controller-configmap-patch.yaml, or the profile's
  // artifact-repositories config map, pipelines-profile-controller/sync.py).
  it('records the artifact repository Argo resolved: the default one, or the namespace’s', () => {
    const { engine, clock } = simSetup();
    engine.start(makeRun(v1('opsgroups.yaml'), { namespace: 'kubeflow' }));
    engine.start(makeRun(v1('opsgroups.yaml'), { runId: 'run-2' }));
    const shared = asObject(manifest(runToEnd(engine, clock, 'run-1')).status);
    expect(shared?.artifactRepositoryRef).toMatchObject({
      default: true,
      artifactRepository: {
        archiveLogs: true,
        s3: { bucket: 'mlpipeline', accessKeySecret: { name: 'mlpipeline-minio-artifact' } },
      },
    });
    const own = asObject(manifest(runToEnd(engine, clock, 'run-2')).status);
    expect(own?.artifactRepositoryRef).toMatchObject({
      configMap: 'artifact-repositories',
      key: 'default-namespaced',
      namespace: 'kubeflow-alice',
      artifactRepository: { archiveLogs: true, s3: { bucket: 'mlpipeline' } },
    });
  });

  it('compresses status.nodes above 1000 nodes like Argo', () => {
    const templates: JsonObject[] = [
      {
        name: 'main',
        dag: {
          tasks: [
            {
              name: 'loop',
              template: 'echo',
              withItems: Array.from({ length: 1001 }, (_, i) => i),
              arguments: { parameters: [{ name: 'x', value: '{{item}}' }] },
            },
          ],
        },
      },
      {
        name: 'echo',
        inputs: { parameters: [{ name: 'x' }] },
        container: { image: 'alpine', command: ['echo', '{{inputs.parameters.x}}'] },
      },
    ];
    const { engine, clock } = simSetup({ speed: 50 });
    engine.start(
      makeRun({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Workflow',
        metadata: { generateName: 'big-' },
        spec: { entrypoint: 'main', templates },
      }),
    );
    const final = runToEnd(engine, clock, 'run-1', 60_000);
    const status = manifest(final).status;
    expect(field(status, 'nodes')).toBeUndefined();
    const compressed = Buffer.from(stringField(status, 'compressedNodes') ?? '', 'base64');
    const nodes = parseJson(new TextDecoder().decode(gunzipSync(compressed)));
    expect(isJsonObject(nodes) ? Object.keys(nodes).length : 0).toBe(1003);
  });
});
