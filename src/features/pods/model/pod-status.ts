import type { ContainerState, ContainerStatus, K8sPod } from '@/lib/kfp/wire/pod.ts';

/**
 * What a pod's status means at a glance: the one reason a person looks for first — why it waits
 * (unschedulable, an image that cannot be pulled), why it died (OOMKilled, an exit code) — in the
 * order Kubernetes itself gives precedence to them.
 */

export type Tone = 'ok' | 'info' | 'warning' | 'danger';

export interface PodHeadline {
  readonly tone: Tone;
  /** `Pending · Unschedulable`, `Failed · OOMKilled`, `Running`. */
  readonly title: string;
  readonly detail?: string;
}

/** Waiting reasons that mean the container cannot start without someone fixing something. */
const STUCK_WAITING = new Set([
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

/** KFP's own containers come after the user's (`main`): Argo's `wait`, `init`. */
export function mainFirst(statuses: readonly ContainerStatus[]): ContainerStatus[] {
  const rank = (s: ContainerStatus) => (s.name === 'main' ? 0 : s.name === 'wait' ? 2 : 1);
  return [...statuses].sort((a, b) => rank(a) - rank(b));
}

function allStatuses(pod: K8sPod): ContainerStatus[] {
  return [...pod.initContainerStatuses, ...mainFirst(pod.containerStatuses)];
}

export function oomKilled(state: ContainerState): boolean {
  return state.kind === 'terminated' && state.reason === 'OOMKilled';
}

function memoryLimit(pod: K8sPod, container: string): string | undefined {
  return [...pod.containers, ...pod.initContainers].find((c) => c.name === container)?.limits
    .memory;
}

/** The reason the pod is not scheduled (condition PodScheduled=False), if it is not. */
export function unschedulable(pod: K8sPod): { reason: string; message: string } | undefined {
  const scheduled = pod.conditions.find((c) => c.type === 'PodScheduled');
  if (!scheduled || scheduled.status !== 'False') return undefined;
  return { reason: scheduled.reason ?? 'Unschedulable', message: scheduled.message ?? '' };
}

export function podHeadline(pod: K8sPod): PodHeadline {
  const phase = pod.phase;
  const notPlaced = unschedulable(pod);
  if (phase === 'Pending' && notPlaced)
    return {
      tone: 'warning',
      title: `Pending · ${notPlaced.reason}`,
      ...(notPlaced.message ? { detail: notPlaced.message } : {}),
    };
  const statuses = allStatuses(pod);
  for (const s of statuses) {
    const { state } = s;
    if (state.kind === 'waiting' && state.reason && STUCK_WAITING.has(state.reason))
      return {
        tone: 'danger',
        title: `${phase} · ${state.reason}`,
        detail: `Container ${s.name} (${s.image}): ${state.message ?? state.reason}`,
      };
  }
  for (const s of statuses) {
    for (const state of [s.state, s.lastState]) {
      if (!oomKilled(state)) continue;
      const limit = memoryLimit(pod, s.name);
      return {
        tone: 'danger',
        title: `${phase} · OOMKilled`,
        detail: `Container ${s.name} used more memory than ${limit ? `its limit of ${limit}` : 'the node could give it'} and was killed (exit code 137)${s.restartCount > 0 ? `; restarted ${s.restartCount} times` : ''}.`,
      };
    }
  }
  if (pod.reason)
    return {
      tone: 'danger',
      title: `${phase} · ${pod.reason}`,
      ...(pod.message ? { detail: pod.message } : {}),
    };
  if (phase === 'Failed') {
    const failed = statuses.find((s) => s.state.kind === 'terminated' && s.state.exitCode !== 0);
    const state = failed?.state;
    if (failed && state?.kind === 'terminated')
      return {
        tone: 'danger',
        title: `Failed · ${state.reason ?? 'Error'}`,
        detail: `Container ${failed.name} exited with code ${state.exitCode}${state.message ? `: ${state.message}` : '.'}`,
      };
    return { tone: 'danger', title: 'Failed' };
  }
  if (phase === 'Pending') {
    const waiting = statuses.find((s) => s.state.kind === 'waiting');
    const reason = waiting?.state.kind === 'waiting' ? waiting.state.reason : undefined;
    return { tone: 'info', title: reason ? `Pending · ${reason}` : 'Pending' };
  }
  if (phase === 'Succeeded') return { tone: 'ok', title: 'Succeeded' };
  return { tone: phase === 'Running' ? 'info' : 'warning', title: phase };
}

/**
 * The short reason a Pending step waits, for its graph node (`Unschedulable: 0/3 nodes…`,
 * `ImagePullBackOff`); undefined for a pod that is merely starting.
 */
export function pendingReason(pod: K8sPod): string | undefined {
  if (pod.phase !== 'Pending') return undefined;
  const notPlaced = unschedulable(pod);
  if (notPlaced) return `${notPlaced.reason}: ${notPlaced.message}`.replace(/: $/, '');
  for (const s of allStatuses(pod)) {
    const { state } = s;
    if (state.kind === 'waiting' && state.reason && STUCK_WAITING.has(state.reason))
      return `${state.reason}: ${s.image}`;
  }
  return undefined;
}

/** `Waiting · ImagePullBackOff`, `Terminated · OOMKilled (exit 137)`, `Running`. */
export function stateText(state: ContainerState): string {
  switch (state.kind) {
    case 'waiting':
      return state.reason ? `Waiting · ${state.reason}` : 'Waiting';
    case 'running':
      return 'Running';
    case 'terminated':
      return `Terminated · ${state.reason ?? 'exit'} (exit ${state.exitCode})`;
    default:
      return '–';
  }
}

export function stateTone(state: ContainerState): Tone {
  if (state.kind === 'waiting')
    return state.reason && STUCK_WAITING.has(state.reason) ? 'danger' : 'info';
  if (state.kind === 'terminated') return state.exitCode === 0 ? 'ok' : 'danger';
  if (state.kind === 'running') return 'info';
  return 'warning';
}
