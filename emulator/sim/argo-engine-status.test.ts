import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../scripts/shared-dir.ts';
import { asObject, field, parseJson, stringField } from './json.ts';
import {
  argoNodes,
  fixture,
  makeRun,
  manifest,
  one,
  runToEnd,
  simSetup,
} from '../testing/sim-test-kit.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

const shared = requireSharedDir();
const v1 = (name: string) => fixture(shared, 'v1', name);

describe('v1 (Argo) runs: termination and workflow status', () => {
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
