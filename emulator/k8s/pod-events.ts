import type { PodSnapshot } from '../sim/types.ts';
import { fnv32a } from '../sim/random.ts';
import { ARGOEXEC_IMAGE, NODE_NAME, podMoments, podNamespace } from './pod-object.ts';
import type { JsonObject } from '../lib/json.ts';

/**
 * The pod's events (`V1EventList` from `listNamespacedEvent` with an involvedObject field selector,
 * what KFP's UI server forwards). Two shapes, as a real cluster mixes them: the scheduler reports
 * through events.k8s.io (`eventTime`, `series`, no first/last timestamps), the kubelet through the
 * core API (`firstTimestamp`, `lastTimestamp`, `count`).
 */

/** How often the scheduler retries an unschedulable pod (and the autoscaler re-checks it). */
const SCHEDULER_RETRY_MS = 30_000;
const AUTOSCALER_RETRY_MS = 10_000;

interface Draft {
  readonly at: number;
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  readonly component: string;
  readonly fieldPath?: string;
  /** events.k8s.io shape (scheduler); else core v1 (kubelet, autoscaler). */
  readonly series?: { readonly count: number; readonly last: number };
  readonly count?: number;
  readonly last?: number;
}

const micro = (ms: number) => new Date(ms).toISOString().replace(/Z$/, '000Z');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function drafts(pod: PodSnapshot, now: number): Draft[] {
  const m = podMoments(pod);
  const namespace = podNamespace(pod);
  const out: Draft[] = [];
  if (m.scheduled === undefined) {
    const waited = Math.max(0, now - m.created);
    const retries = Math.floor(waited / SCHEDULER_RETRY_MS);
    out.push({
      at: m.created + 5,
      type: 'Warning',
      reason: 'FailedScheduling',
      message: pod.spec.unschedulable ?? '',
      component: 'default-scheduler',
      ...(retries > 0
        ? { series: { count: retries + 1, last: m.created + retries * SCHEDULER_RETRY_MS } }
        : {}),
    });
    const checks = 1 + Math.floor(waited / AUTOSCALER_RETRY_MS);
    out.push({
      at: m.created + 800,
      type: 'Normal',
      reason: 'NotTriggerScaleUp',
      message: `pod didn't trigger scale-up: 1 Insufficient nvidia.com/gpu`,
      component: 'cluster-autoscaler',
      count: checks,
      last: m.created + 800 + (checks - 1) * AUTOSCALER_RETRY_MS,
    });
    return out.filter((e) => e.at <= now);
  }
  const scheduled = m.scheduled;
  // Until `main` runs, its image is still being pulled: the later kubelet events have not happened.
  const span = m.running !== undefined ? Math.max(m.running - scheduled, 10) : 1000;
  const step = (f: number) => scheduled + Math.round(span * f);
  out.push({
    at: m.scheduled,
    type: 'Normal',
    reason: 'Scheduled',
    message: `Successfully assigned ${namespace}/${pod.name} to ${NODE_NAME}`,
    component: 'default-scheduler',
    series: { count: 1, last: m.scheduled },
  });
  const kubelet = (f: number, reason: string, message: string, container: string): Draft => ({
    at: step(f),
    type: 'Normal',
    reason,
    message,
    component: 'kubelet',
    fieldPath: `spec.containers{${container}}`,
  });
  out.push(
    kubelet(
      0.1,
      'Pulled',
      `Container image "${ARGOEXEC_IMAGE}" already present on machine`,
      'wait',
    ),
    kubelet(0.15, 'Created', 'Created container wait', 'wait'),
    kubelet(0.2, 'Started', 'Started container wait', 'wait'),
    kubelet(0.25, 'Pulling', `Pulling image "${pod.spec.image}"`, 'main'),
    ...(m.running === undefined
      ? []
      : [
          kubelet(
            0.85,
            'Pulled',
            `Successfully pulled image "${pod.spec.image}" in ${((span * 0.6) / 1000).toFixed(3)}s`,
            'main',
          ),
          kubelet(0.9, 'Created', 'Created container main', 'main'),
          kubelet(1, 'Started', 'Started container main', 'main'),
        ]),
  );
  if (m.phase === 'canceled' && m.ended !== undefined)
    out.push({
      at: m.ended - 1,
      type: 'Normal',
      reason: 'Killing',
      message: 'Stopping container main',
      component: 'kubelet',
      fieldPath: 'spec.containers{main}',
    });
  return out.filter((e) => e.at <= now);
}

/** The pod's events as of `now` (epoch ms), in the order the API lists them (oldest first). */
export function podEvents(pod: PodSnapshot, now: number): JsonObject {
  const namespace = podNamespace(pod);
  const items = drafts(pod, now).map((d, i): JsonObject => {
    const name = `${pod.name}.${(fnv32a(`${pod.uid}${i}`) >>> 0).toString(16).padStart(8, '0')}`;
    const involved = {
      kind: 'Pod',
      namespace,
      name: pod.name,
      uid: pod.uid,
      apiVersion: 'v1',
      ...(d.fieldPath !== undefined ? { fieldPath: d.fieldPath } : {}),
    };
    const metadata = {
      name,
      namespace,
      uid: `${pod.uid.slice(0, 24)}${i.toString(16).padStart(12, '0')}`,
      creationTimestamp: iso(d.at),
    };
    const common = {
      metadata,
      involvedObject: involved,
      reason: d.reason,
      message: d.message,
      type: d.type,
    };
    if (d.component === 'default-scheduler')
      return {
        ...common,
        source: {},
        firstTimestamp: null,
        lastTimestamp: null,
        eventTime: micro(d.at),
        ...(d.series && d.series.count > 1
          ? { series: { count: d.series.count, lastObservedTime: micro(d.series.last) } }
          : {}),
        action: d.reason === 'Scheduled' ? 'Binding' : 'Scheduling',
        reportingComponent: 'default-scheduler',
        reportingInstance: 'default-scheduler-control-plane',
      };
    return {
      ...common,
      source:
        d.component === 'kubelet'
          ? { component: 'kubelet', host: NODE_NAME }
          : { component: d.component },
      firstTimestamp: iso(d.at),
      lastTimestamp: iso(d.last ?? d.at),
      count: d.count ?? 1,
      eventTime: null,
      reportingComponent: d.component,
      reportingInstance: d.component === 'kubelet' ? NODE_NAME : '',
    };
  });
  return {
    kind: 'EventList',
    apiVersion: 'v1',
    metadata: { resourceVersion: String(fnv32a(`${pod.name}${now}`) % 1000000) },
    items,
  };
}
