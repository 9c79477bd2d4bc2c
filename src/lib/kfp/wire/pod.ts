import { isRecord, ParseError, Reader, type Parser } from '../../parse/reader.ts';

/**
 * The parts of a Kubernetes `V1Pod` and `V1EventList` the dashboard shows. KFP's UI server forwards
 * them as the Kubernetes API returns them (`frontend/server/handlers/pod-info.ts`), so they are
 * read like any server answer: unknown fields ignored, known ones checked.
 */

export type ContainerState =
  | { readonly kind: 'waiting'; readonly reason?: string; readonly message?: string }
  | { readonly kind: 'running'; readonly startedAt?: string }
  | {
      readonly kind: 'terminated';
      readonly exitCode: number;
      readonly reason?: string;
      readonly message?: string;
      readonly startedAt?: string;
      readonly finishedAt?: string;
    }
  | { readonly kind: 'unknown' };

export interface ContainerStatus {
  readonly name: string;
  readonly image: string;
  readonly ready: boolean;
  readonly restartCount: number;
  readonly state: ContainerState;
  /** The previous run of a restarted container (where an OOMKilled before a restart shows). */
  readonly lastState: ContainerState;
}

export interface VolumeMount {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly: boolean;
  readonly subPath?: string;
}

export interface PodContainer {
  readonly name: string;
  readonly image: string;
  readonly command: readonly string[];
  readonly args: readonly string[];
  readonly requests: Readonly<Record<string, string>>;
  readonly limits: Readonly<Record<string, string>>;
  readonly volumeMounts: readonly VolumeMount[];
}

export interface PodVolume {
  readonly name: string;
  /** `persistentVolumeClaim`, `emptyDir`, `configMap`, `secret`, … (the first source key). */
  readonly source: string;
  readonly claimName?: string;
  readonly readOnly: boolean;
}

export interface PodCondition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
  readonly message?: string;
  readonly lastTransitionTime?: string;
}

export interface K8sPod {
  readonly name: string;
  readonly namespace: string;
  readonly uid: string;
  readonly creationTimestamp?: string;
  readonly nodeName?: string;
  readonly serviceAccountName?: string;
  readonly containers: readonly PodContainer[];
  readonly initContainers: readonly PodContainer[];
  readonly volumes: readonly PodVolume[];
  readonly phase: string;
  /** Pod-level reason and message (`Evicted`, `DeadlineExceeded`, …). */
  readonly reason?: string;
  readonly message?: string;
  readonly conditions: readonly PodCondition[];
  readonly containerStatuses: readonly ContainerStatus[];
  readonly initContainerStatuses: readonly ContainerStatus[];
  readonly hostIP?: string;
  readonly podIP?: string;
  readonly startTime?: string;
  readonly qosClass?: string;
}

export interface K8sEvent {
  readonly name: string;
  readonly type: string;
  readonly reason: string;
  readonly message: string;
  /** How many times it happened (core `count`, or events.k8s.io `series.count`); at least 1. */
  readonly count: number;
  readonly firstTime?: string;
  readonly lastTime?: string;
  /** Who reported it: `default-scheduler`, `kubelet`, `cluster-autoscaler`, … */
  readonly source: string;
  /** Which container (`spec.containers{main}`), when it is about one. */
  readonly fieldPath?: string;
}

/** Resource quantities are strings in the API (`"500m"`, `"4Gi"`); numbers are read as written. */
const parseQuantity: Parser<string> = (value, path) => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new ParseError(path, 'a resource quantity', value);
};

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  const out: { [P in K]?: string } = {};
  if (value !== undefined && value !== '') out[key] = value;
  return out;
}

const parseState: Parser<ContainerState> = (value, path) => {
  const r = Reader.of(value, path);
  const waiting = r.object('waiting', (v, p) => Reader.of(v, p));
  if (waiting)
    return {
      kind: 'waiting',
      ...optional('reason', waiting.optionalString('reason')),
      ...optional('message', waiting.optionalString('message')),
    };
  const running = r.object('running', (v, p) => Reader.of(v, p));
  if (running) return { kind: 'running', ...optional('startedAt', running.timestamp('startedAt')) };
  const done = r.object('terminated', (v, p) => Reader.of(v, p));
  if (done)
    return {
      kind: 'terminated',
      exitCode: done.number('exitCode'),
      ...optional('reason', done.optionalString('reason')),
      ...optional('message', done.optionalString('message')),
      ...optional('startedAt', done.timestamp('startedAt')),
      ...optional('finishedAt', done.timestamp('finishedAt')),
    };
  return { kind: 'unknown' };
};

const parseContainerStatus: Parser<ContainerStatus> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    name: r.string('name'),
    image: r.string('image'),
    ready: r.boolean('ready'),
    restartCount: r.number('restartCount'),
    state: r.object('state', parseState) ?? { kind: 'unknown' },
    lastState: r.object('lastState', parseState) ?? { kind: 'unknown' },
  };
};

const parseMount: Parser<VolumeMount> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    name: r.string('name'),
    mountPath: r.string('mountPath'),
    readOnly: r.boolean('readOnly'),
    ...optional('subPath', r.optionalString('subPath')),
  };
};

const parseContainer: Parser<PodContainer> = (value, path) => {
  const r = Reader.of(value, path);
  const resources = r.object('resources', (v, p) => Reader.of(v, p));
  return {
    name: r.string('name'),
    image: r.string('image'),
    command: r.array('command', parseQuantity),
    args: r.array('args', parseQuantity),
    requests: resources?.record('requests', parseQuantity) ?? {},
    limits: resources?.record('limits', parseQuantity) ?? {},
    volumeMounts: r.array('volumeMounts', parseMount),
  };
};

const parseVolume: Parser<PodVolume> = (value, path) => {
  const r = Reader.of(value, path);
  const source = isRecord(value) ? (Object.keys(value).find((k) => k !== 'name') ?? '') : '';
  const claim = r.object('persistentVolumeClaim', (v, p) => Reader.of(v, p));
  return {
    name: r.string('name'),
    source,
    ...optional('claimName', claim?.optionalString('claimName')),
    readOnly: claim?.boolean('readOnly') ?? false,
  };
};

const parseCondition: Parser<PodCondition> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    type: r.string('type'),
    status: r.string('status'),
    ...optional('reason', r.optionalString('reason')),
    ...optional('message', r.optionalString('message')),
    ...optional('lastTransitionTime', r.timestamp('lastTransitionTime')),
  };
};

export const parseK8sPod: Parser<K8sPod> = (value, path) => {
  const r = Reader.of(value, path);
  const meta = r.requiredObject('metadata', (v, p) => Reader.of(v, p));
  const spec = r.object('spec', (v, p) => Reader.of(v, p));
  const status = r.object('status', (v, p) => Reader.of(v, p));
  return {
    name: meta.string('name'),
    namespace: meta.string('namespace'),
    uid: meta.string('uid'),
    ...optional('creationTimestamp', meta.timestamp('creationTimestamp')),
    ...optional('nodeName', spec?.optionalString('nodeName')),
    ...optional('serviceAccountName', spec?.optionalString('serviceAccountName')),
    containers: spec?.array('containers', parseContainer) ?? [],
    initContainers: spec?.array('initContainers', parseContainer) ?? [],
    volumes: spec?.array('volumes', parseVolume) ?? [],
    phase: status?.string('phase') || 'Unknown',
    ...optional('reason', status?.optionalString('reason')),
    ...optional('message', status?.optionalString('message')),
    conditions: status?.array('conditions', parseCondition) ?? [],
    containerStatuses: status?.array('containerStatuses', parseContainerStatus) ?? [],
    initContainerStatuses: status?.array('initContainerStatuses', parseContainerStatus) ?? [],
    ...optional('hostIP', status?.optionalString('hostIP')),
    ...optional('podIP', status?.optionalString('podIP')),
    ...optional('startTime', status?.timestamp('startTime')),
    ...optional('qosClass', status?.optionalString('qosClass')),
  };
};

/**
 * One event, in either shape the core list returns: kubelet events carry `count` and
 * `first/lastTimestamp`; events written through events.k8s.io (the scheduler) carry `eventTime`
 * and a `series` instead, with the timestamps null.
 */
const parseEvent: Parser<K8sEvent> = (value, path) => {
  const r = Reader.of(value, path);
  const meta = r.object('metadata', (v, p) => Reader.of(v, p));
  const series = r.object('series', (v, p) => Reader.of(v, p));
  const source = r.object('source', (v, p) => Reader.of(v, p));
  const involved = r.object('involvedObject', (v, p) => Reader.of(v, p));
  const first =
    r.timestamp('firstTimestamp') ??
    r.timestamp('eventTime') ??
    meta?.timestamp('creationTimestamp');
  const last = series?.timestamp('lastObservedTime') ?? r.timestamp('lastTimestamp') ?? first;
  const count = series?.number('count') || r.number('count') || 1;
  return {
    name: meta?.string('name') ?? '',
    type: r.string('type') || 'Normal',
    reason: r.string('reason'),
    message: r.string('message'),
    count,
    ...optional('firstTime', first),
    ...optional('lastTime', last),
    source: r.string('reportingComponent') || (source?.string('component') ?? ''),
    ...optional('fieldPath', involved?.optionalString('fieldPath')),
  };
};

export const parseK8sEventList: Parser<readonly K8sEvent[]> = (value, path) =>
  Reader.of(value, path).array('items', parseEvent);
