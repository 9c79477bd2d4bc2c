import {
  createEmulatorHarness,
  pipelines,
  type EmulatorHarness,
} from '../../../../emulator/testing/emulator-test-kit.ts';
import { argoPodName } from '../../../../emulator/sim/pod-name.ts';

/** For tests only: runs of the in-process emulator whose pods vanished once they ended. */

interface Json {
  readonly [key: string]: unknown;
}
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface FinishedTask {
  readonly h: EmulatorHarness;
  readonly runId: string;
  readonly podName: string;
  /** The run's day, `YYYY-MM-DD`. */
  readonly createdAt: string;
  /** v1: the Argo node id of the task (ReadArtifact's node_id). */
  readonly nodeId: string;
}

/** A finished one-task v2 run (KFP master's tasks[] names its executor pod). */
export async function finishedV2Task(vanish: boolean): Promise<FinishedTask> {
  const h = await createEmulatorHarness({ runApi: 'next' });
  const created = await h.createRun('alice', pipelines.add, { a: 1, vanish_pods: vanish });
  const runId = String(created.json.run_id);
  const run = await h.finish('alice', runId);
  const pods = list(run.json.tasks).flatMap((t) => (isJson(t) ? list(t.pods) : []));
  const pod = pods.find((p) => isJson(p) && p.type === 'EXECUTOR');
  const podName = isJson(pod) && typeof pod.name === 'string' ? pod.name : '';
  return { h, runId, podName, createdAt: String(run.json.created_at).slice(0, 10), nodeId: '' };
}

/** A finished v1 (Argo) run's first pod, its pod name as Argo names it (POD_NAMES=v2). */
export async function finishedV1Task(vanish: boolean): Promise<FinishedTask> {
  const h = await createEmulatorHarness();
  const created = await h.createRun('alice', pipelines.argo, { vanish_pods: vanish });
  const runId = String(created.json.run_id);
  const run = await h.finish('alice', runId);
  const v1 = await h.call('GET', `/apis/v1beta1/runs/${runId}`, 'alice');
  const runtime = isJson(v1.json.pipeline_runtime) ? v1.json.pipeline_runtime : {};
  const manifest: unknown = JSON.parse(String(runtime.workflow_manifest));
  const metadata = isJson(manifest) && isJson(manifest.metadata) ? manifest.metadata : {};
  const status = isJson(manifest) && isJson(manifest.status) ? manifest.status : {};
  const nodes = isJson(status.nodes) ? Object.values(status.nodes) : [];
  const node = nodes.find((n) => isJson(n) && n.type === 'Pod');
  if (!isJson(node)) throw new Error('no pod node');
  const podName = argoPodName(String(metadata.name), String(node.templateName), String(node.name));
  return {
    h,
    runId,
    podName,
    createdAt: String(run.json.created_at).slice(0, 10),
    nodeId: String(node.id),
  };
}
