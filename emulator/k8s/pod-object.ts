import type { PodSnapshot } from '../sim/types.ts';
import { fnv32a } from '../sim/random.ts';
import type { JsonObject, JsonValue } from '../lib/json.ts';

/**
 * A simulated pod as the Kubernetes API returns it (`V1Pod`, what KFP's UI server forwards from
 * `readNamespacedPod`): Argo's `wait` sidecar and the `main` container, the spec's resources and
 * volumes, and a status that follows the simulated phases.
 */

export const NODE_NAME = 'kfp-emulator-node';
export const ARGOEXEC_IMAGE = 'quay.io/argoproj/argoexec:v3.5.14';
/** What a single-user KFP install runs its pods in. */
export const SINGLE_USER_NAMESPACE = 'kubeflow';

export interface PodMoments {
  readonly created: number;
  /** Scheduled on a node (absent: unschedulable). */
  readonly scheduled?: number;
  readonly running?: number;
  readonly ended?: number;
  readonly phase: string;
  readonly message?: string;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function podNamespace(pod: PodSnapshot): string {
  return pod.namespace === '' ? SINGLE_USER_NAMESPACE : pod.namespace;
}

/** When the pod was created, scheduled, started and ended, as of its visible history. */
export function podMoments(pod: PodSnapshot): PodMoments {
  const created = pod.history[0]?.at ?? 0;
  const last = pod.history[pod.history.length - 1];
  const running = pod.history.find((h) => h.phase === 'running')?.at;
  const terminal = last && last.phase !== 'pending' && last.phase !== 'running' ? last : undefined;
  const unschedulable = pod.spec.unschedulable !== undefined;
  return {
    created,
    ...(unschedulable ? {} : { scheduled: created + 40 }),
    ...(running !== undefined ? { running } : {}),
    ...(terminal ? { ended: terminal.at } : {}),
    phase: last?.phase ?? 'pending',
    ...(terminal?.message !== undefined ? { message: terminal.message } : {}),
  };
}

function podPhase(m: PodMoments): string {
  if (m.phase === 'pending') return 'Pending';
  if (m.phase === 'running') return 'Running';
  if (m.phase === 'succeeded') return 'Succeeded';
  return 'Failed';
}

function condition(type: string, at: number, ok: boolean, reason?: string, message?: string) {
  return {
    type,
    status: ok ? 'True' : 'False',
    lastProbeTime: null,
    lastTransitionTime: iso(at),
    ...(reason !== undefined ? { reason } : {}),
    ...(message !== undefined ? { message } : {}),
  };
}

function conditions(pod: PodSnapshot, m: PodMoments): JsonObject[] {
  if (m.scheduled === undefined)
    return [
      condition('PodScheduled', m.created, false, 'Unschedulable', pod.spec.unschedulable ?? ''),
    ];
  const ready = m.phase === 'running';
  const notReady = m.ended !== undefined ? 'PodCompleted' : 'ContainersNotReady';
  const readyAt = m.ended ?? m.running ?? m.scheduled;
  const unready = m.ended !== undefined ? undefined : 'containers with unready status: [wait main]';
  return [
    condition('PodReadyToStartContainers', m.running ?? m.scheduled, m.running !== undefined),
    condition('Initialized', m.scheduled, true),
    condition('Ready', readyAt, ready, ready ? undefined : notReady, ready ? undefined : unready),
    condition(
      'ContainersReady',
      readyAt,
      ready,
      ready ? undefined : notReady,
      ready ? undefined : unready,
    ),
    condition('PodScheduled', m.scheduled, true),
  ];
}

/** `main`'s end: exit 0 (Completed), 1 (Error, the component failed) or 143 (stopped by Argo). */
function mainTerminated(m: PodMoments, running: number, ended: number): JsonObject {
  const exitCode = m.phase === 'succeeded' ? 0 : m.phase === 'canceled' ? 143 : 1;
  return {
    exitCode,
    reason: exitCode === 0 ? 'Completed' : 'Error',
    ...(exitCode === 1 && m.message !== undefined ? { message: m.message } : {}),
    startedAt: iso(running),
    finishedAt: iso(ended),
    containerID: `containerd://${(fnv32a(`${running}`) >>> 0).toString(16).padStart(8, '0')}`,
  };
}

function containerStatus(name: string, image: string, m: PodMoments): JsonObject {
  const base = { name, image, imageID: `${image.split(':')[0] ?? image}@sha256:${'0'.repeat(64)}` };
  if (m.running === undefined)
    return {
      ...base,
      ready: false,
      restartCount: 0,
      started: false,
      state: { waiting: { reason: 'ContainerCreating' } },
      lastState: {},
    };
  if (m.ended === undefined)
    return {
      ...base,
      ready: true,
      restartCount: 0,
      started: true,
      state: { running: { startedAt: iso(m.running) } },
      lastState: {},
    };
  const terminated =
    name === 'main'
      ? mainTerminated(m, m.running, m.ended)
      : { exitCode: 0, reason: 'Completed', startedAt: iso(m.running), finishedAt: iso(m.ended) };
  return {
    ...base,
    ready: false,
    restartCount: 0,
    started: false,
    state: { terminated },
    lastState: {},
  };
}

function qosClass(
  requests: Readonly<Record<string, string>>,
  limits: Readonly<Record<string, string>>,
) {
  const names = Object.keys({ ...requests, ...limits });
  if (names.length === 0) return 'BestEffort';
  const guaranteed = ['cpu', 'memory'].every(
    (r) => limits[r] !== undefined && (requests[r] ?? limits[r]) === limits[r],
  );
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** The V1Pod of a simulated pod as of its visible history. */
export function podObject(pod: PodSnapshot): JsonObject {
  const m = podMoments(pod);
  const { spec } = pod;
  const namespace = podNamespace(pod);
  // A pod asking for a GPU limit alone gets the same request (Kubernetes defaults requests to limits).
  const requests: Record<string, string> = { ...spec.requests };
  for (const [name, value] of Object.entries(spec.limits)) requests[name] ??= value;
  const resources: JsonObject = {
    ...(Object.keys(requests).length > 0 ? { requests } : {}),
    ...(Object.keys(spec.limits).length > 0 ? { limits: { ...spec.limits } } : {}),
  };
  const mounts = (list: typeof spec.mounts): JsonValue[] =>
    list.map((v) => ({
      name: v.name,
      mountPath: v.mountPath,
      ...(v.readOnly ? { readOnly: true } : {}),
    }));
  const ip = fnv32a(pod.name);
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name: pod.name,
      namespace,
      uid: pod.uid,
      resourceVersion: String(1000 + (fnv32a(`${pod.name}${pod.history.length}`) % 900000)),
      creationTimestamp: iso(m.created),
      labels: {
        'workflows.argoproj.io/workflow': pod.workflowName,
        'workflows.argoproj.io/completed': String(m.ended !== undefined),
        'pipeline/runid': pod.runId,
      },
      annotations: {
        'workflows.argoproj.io/node-name': pod.spec.nodeName,
        'workflows.argoproj.io/node-id': pod.name,
      },
    },
    spec: {
      volumes: spec.volumes.map((v): JsonObject =>
        v.kind === 'persistentVolumeClaim'
          ? { name: v.name, persistentVolumeClaim: { claimName: v.claimName ?? v.name } }
          : { name: v.name, emptyDir: {} },
      ),
      containers: [
        {
          name: 'wait',
          image: ARGOEXEC_IMAGE,
          command: ['argoexec', 'wait', '--loglevel', 'info', '--log-format', 'text'],
          resources: { requests: { cpu: '10m', memory: '32Mi' } },
          volumeMounts: mounts(spec.mounts.filter((v) => v.name === 'var-run-argo')),
        },
        {
          name: 'main',
          image: spec.image,
          command: [...spec.command],
          resources,
          volumeMounts: mounts(spec.mounts),
        },
      ],
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      serviceAccountName: pod.namespace === '' ? 'pipeline-runner' : 'default-editor',
      ...(m.scheduled !== undefined ? { nodeName: NODE_NAME } : {}),
      schedulerName: 'default-scheduler',
      priority: 0,
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
    },
    status: {
      phase: podPhase(m),
      conditions: conditions(pod, m),
      ...(m.scheduled !== undefined
        ? {
            hostIP: '10.0.0.4',
            podIP: `10.244.${(ip >>> 8) % 250}.${ip % 250}`,
            startTime: iso(m.scheduled),
            containerStatuses: [
              containerStatus('main', spec.image, m),
              containerStatus('wait', ARGOEXEC_IMAGE, m),
            ],
          }
        : {}),
      qosClass: qosClass(requests, spec.limits),
    },
  };
}
