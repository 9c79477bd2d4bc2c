import { gzipSync } from 'fflate';
import { objectField } from '../json.ts';
import { isTerminal, lastState, type Phase, type Plan, type PlanNode } from '../plan.ts';
import { firstAt, historyAt, lastSegment } from '../timeline.ts';
import type { ArgoInfo } from './types.ts';
import type { JsonObject, JsonValue } from '../../lib/json.ts';

export interface WorkflowView {
  readonly plan: Plan<ArgoInfo>;
  readonly t: number;
  readonly wfName: string;
  readonly uid: string;
  readonly runId: string;
  readonly namespace: string;
  readonly createdAtMs: number;
  readonly spec: JsonObject;
  readonly arguments: readonly JsonObject[];
}

/** Above this many nodes Argo stores `status.compressedNodes` instead of `status.nodes`. */
export const compressAbove = 1000;
const terminated = "Stopped with strategy 'Terminate'";

/** Argo timestamps: RFC 3339 with whole seconds. */
export function argoTime(view: WorkflowView, offset: number): string {
  return new Date(Math.floor((view.createdAtMs + offset) / 1000) * 1000)
    .toISOString()
    .replace('.000Z', 'Z');
}

export function argoPhase(phase: Phase): string {
  switch (phase) {
    case 'pending':
      return 'Pending';
    case 'running':
    case 'canceling':
      return 'Running';
    case 'succeeded':
      return 'Succeeded';
    case 'skipped':
      return 'Skipped';
    case 'omitted':
      return 'Omitted';
    case 'error':
      return 'Error';
    default:
      return 'Failed';
  }
}

function visible(view: WorkflowView, key: string): PlanNode<ArgoInfo> | undefined {
  const node = view.plan.nodes.get(key);
  return node && (node.history[0]?.at ?? Infinity) <= view.t ? node : undefined;
}

function nodeStatus(view: WorkflowView, node: PlanNode<ArgoInfo>): JsonObject | undefined {
  const history = lastSegment(historyAt(node.history, view.t));
  const last = lastState(history);
  if (!last) return undefined;
  const { info } = node;
  const done = isTerminal(last.phase);
  const ids = (keys: readonly string[]) => keys.flatMap((k) => visible(view, k)?.info.id ?? []);
  const children = ids(info.argoChildren);
  const outbound = info.type === 'DAG' || info.type === 'Steps' ? ids(info.outbound) : [];
  const boundary =
    info.boundaryKey === undefined ? undefined : view.plan.nodes.get(info.boundaryKey)?.info.id;
  const message =
    last.phase === 'canceled'
      ? terminated
      : done
        ? (last.message ?? info.message)
        : last.phase === 'pending'
          ? info.waiting
          : undefined;
  const status: JsonObject = {
    id: info.id,
    name: info.name,
    displayName: info.displayName,
    type: info.type,
    ...(info.templateName !== undefined
      ? { templateName: info.templateName, templateScope: `local/${view.wfName}` }
      : {}),
    phase: argoPhase(last.phase),
    ...(boundary !== undefined ? { boundaryID: boundary } : {}),
    startedAt: argoTime(view, history[0]?.at ?? 0),
    finishedAt: done ? argoTime(view, last.at) : null,
  };
  if (children.length > 0) status.children = children;
  if (outbound.length > 0) status.outboundNodes = outbound;
  if (message !== undefined && last.phase !== 'succeeded') status.message = message;
  if (info.type === 'Pod') {
    status.progress = done ? '1/1' : '0/1';
    if (firstAt(history, 'running') !== undefined) status.hostNodeName = 'kfp-emulator-node';
  }
  if (info.inputs && Object.keys(info.inputs).length > 0) status.inputs = info.inputs;
  if (done && info.outputs && Object.keys(info.outputs).length > 0) status.outputs = info.outputs;
  return status;
}

export interface NodeView {
  readonly node: PlanNode<ArgoInfo>;
  /** The node's entry in `status.nodes` (id, displayName, phase, startedAt, children…). */
  readonly status: JsonObject;
}

/** The workflow's `status.nodes` at moment t (the nodes that exist by then), by node id. */
export function nodeStatuses(view: WorkflowView): Map<string, NodeView> {
  const out = new Map<string, NodeView>();
  for (const node of view.plan.nodes.values()) {
    if (node.key === view.plan.rootKey) continue;
    const status = nodeStatus(view, node);
    if (status) out.set(node.info.id, { node, status });
  }
  return out;
}

const secretRef = (key: string) => ({ name: 'mlpipeline-minio-artifact', key });

/**
 * `status.artifactRepositoryRef` as Argo records the repository it resolved for the workflow. KFP's
 * UI reads the bucket and endpoint of every output artifact from it (frontend/src/lib/WorkflowParser.ts
 * getNodeInputOutputArtifacts, loadNodeOutputPaths: without it no `mlpipeline-ui-metadata` is found)
 * and its archived logs (frontend/server/workflow-helper.ts). Single-user installs use the
 * controller's default (manifests/kustomize/third-party/argo/base/workflow-controller-configmap-patch.yaml),
 * profile namespaces their `artifact-repositories` config map (pipelines-profile-controller/sync.py).
 * keyFormat is the one the emulator's keys follow (the pre-2.x manifests', without the namespace).
 */
export function artifactRepositoryRef(namespace: string): JsonObject {
  const shared = namespace === '' || namespace === 'kubeflow';
  const s3: JsonObject = {
    endpoint: shared ? 'seaweedfs.kubeflow.svc:9000' : 'seaweedfs.kubeflow:9000',
    bucket: 'mlpipeline',
    keyFormat:
      'artifacts/{{workflow.name}}/{{workflow.creationTimestamp.Y}}/{{workflow.creationTimestamp.m}}/{{workflow.creationTimestamp.d}}/{{pod.name}}',
    insecure: true,
    accessKeySecret: secretRef('accesskey'),
    secretKeySecret: secretRef('secretkey'),
  };
  const artifactRepository: JsonObject = { archiveLogs: true, s3 };
  return shared
    ? { default: true, artifactRepository }
    : {
        configMap: 'artifact-repositories',
        key: 'default-namespaced',
        namespace,
        artifactRepository,
      };
}

/** The Argo Workflow object (status.nodes growing with time) as KFP's `workflow_manifest` string. */
export function workflowManifest(
  view: WorkflowView,
  statuses: ReadonlyMap<string, NodeView> = nodeStatuses(view),
): string {
  const nodes: JsonObject = {};
  const count = statuses.size;
  for (const [id, { status }] of statuses) nodes[id] = status;
  const root = view.plan.nodes.get(view.plan.rootKey);
  const history = historyAt(root?.history ?? [], view.t);
  const last = lastState(history);
  const phase = last ? argoPhase(last.phase) : 'Pending';
  const done = last !== undefined && isTerminal(last.phase);
  const started = firstAt(history, 'running');
  const pods = [...view.plan.nodes.values()].filter(
    (n) => n.info.type === 'Pod' && visible(view, n.key),
  );
  const podsDone = pods.filter((n) =>
    isTerminal(lastState(historyAt(n.history, view.t))?.phase),
  ).length;
  const message =
    last?.phase === 'canceled'
      ? terminated
      : done && last.phase !== 'succeeded'
        ? last.message
        : undefined;
  const status: JsonObject = {
    phase,
    startedAt: started === undefined ? null : argoTime(view, started),
    finishedAt: done ? argoTime(view, last.at) : null,
    progress: `${podsDone}/${pods.length}`,
    ...(message !== undefined ? { message } : {}),
    ...(started === undefined
      ? {}
      : { artifactRepositoryRef: artifactRepositoryRef(view.namespace) }),
  };
  if (count > compressAbove)
    status.compressedNodes = Buffer.from(
      gzipSync(new TextEncoder().encode(JSON.stringify(nodes)), { level: 1 }),
    ).toString('base64');
  else status.nodes = nodes;
  const annotations = objectField(view.spec, 'metadata', 'annotations');
  const labels: JsonObject = {
    'pipeline/runid': view.runId,
    'workflows.argoproj.io/phase': phase,
    ...(done ? { 'workflows.argoproj.io/completed': 'true' } : {}),
  };
  const spec: JsonValue = {
    ...(objectField(view.spec, 'spec') ?? {}),
    arguments: { parameters: [...view.arguments] },
  };
  return JSON.stringify({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: {
      name: view.wfName,
      ...(view.namespace ? { namespace: view.namespace } : {}),
      uid: view.uid,
      creationTimestamp: argoTime(view, 0),
      labels,
      ...(annotations ? { annotations } : {}),
    },
    spec,
    status,
  });
}
