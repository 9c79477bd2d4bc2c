import { argoArtifactArchive } from './object-store.ts';
import type { LogStore, ObjectStore, PodStore } from './types.ts';
import { isTerminal, lastState, type ObjectWrite, type PodRecord } from './plan.ts';
import { firstAt, historyAt, stateAt } from './timeline.ts';

const encoder = new TextEncoder();

/** What has been written for each pod execution (pod name @ run attempt): lines so far, or final. */
export type FlushState = Map<string, number | 'final'>;

export interface FlushTarget {
  readonly objects: ObjectStore;
  readonly logs: LogStore;
  readonly namespace: string;
  readonly runId: string;
  /** Where the pods' Kubernetes objects go (`GET /k8s/pod`); absent in tests that do not read them. */
  readonly pods?: PodStore;
  readonly workflowName?: string;
  /** The run's creation, epoch ms (pod times are offsets from it). */
  readonly createdAtMs?: number;
}

function write(objects: ObjectStore, w: ObjectWrite): void {
  if (w.generated && objects.putGenerated) objects.putGenerated(w.bucket, w.key, w.generated);
  else objects.put(w.bucket, w.key, w.data);
}

/** The pod as the Kubernetes API shows it at moment t (only when its visible history changed). */
function putPod(pod: PodRecord, t: number, target: FlushTarget): void {
  const { pods } = target;
  if (!pods || !pod.spec) return;
  const visible = historyAt(pod.history, t);
  const known = pods.get(pod.name);
  if (known && known.uid === pod.uid && known.history.length === visible.length) return;
  const base = target.createdAtMs ?? 0;
  pods.put({
    name: pod.name,
    uid: pod.uid,
    namespace: target.namespace,
    runId: target.runId,
    workflowName: target.workflowName ?? '',
    role: pod.role,
    history: visible.map((entry) => ({ ...entry, at: base + entry.at })),
    spec: pod.spec,
  });
}

/** Lines a running pod has printed by moment t (its log grows over its run time). */
function linesBy(pod: PodRecord, t: number): number {
  const started = firstAt(pod.history, 'running');
  const last = lastState(pod.history);
  if (started === undefined || t < started) return 0;
  const end = last && isTerminal(last.phase) && last.phase !== 'canceled' ? last.at : undefined;
  if (end === undefined || end <= started) {
    // canceled (the full log was never printed) or no end: print at 2 lines per second
    return Math.min(pod.log.length, Math.floor((t - started) / 500) + 1);
  }
  return Math.min(pod.log.length, Math.ceil(((t - started) / (end - started)) * pod.log.length));
}

/**
 * Side effects of the pods as of moment t: a pod's log grows while it runs and is complete when it
 * ends; its artifacts appear when it succeeds; Argo archives its log when it ends.
 */
export function flushPods(
  pods: readonly PodRecord[],
  t: number,
  target: FlushTarget,
  state: FlushState,
): void {
  for (const pod of pods) {
    const now = stateAt(pod.history, t);
    if (!now) continue;
    putPod(pod, t, target);
    const id = `${pod.name}@${pod.runAttempt}`;
    const done = state.get(id);
    if (done === 'final') continue;
    const terminal = isTerminal(now.phase);
    const lines =
      terminal && now.phase !== 'canceled' ? pod.log.length : linesBy(pod, terminal ? now.at : t);
    if (lines > 0 && (done === undefined || lines > done || terminal)) {
      target.logs.put(pod.name, {
        namespace: target.namespace,
        runId: target.runId,
        lines: pod.log.slice(0, lines),
      });
    }
    if (!terminal) {
      if (lines > 0) state.set(id, lines);
      continue;
    }
    if (now.phase === 'succeeded') for (const w of pod.writes) write(target.objects, w);
    for (const w of pod.finalWrites) target.objects.put(w.bucket, w.key, w.data);
    // What it printed (also when canceled), each line ended as the container wrote it (and as
    // `k8s/pod/logs` answers), stored once for both copies.
    const bytes = encoder.encode(
      pod.log
        .slice(0, lines)
        .map((line) => `${line}\n`)
        .join(''),
    );
    if (pod.executorLogs && (now.phase === 'succeeded' || now.phase === 'failed'))
      target.objects.put(pod.executorLogs.bucket, pod.executorLogs.key, bytes);
    if (pod.logArchive) {
      target.objects.put(
        pod.logArchive.bucket,
        pod.logArchive.key,
        pod.logArchive.plain ? bytes : argoArtifactArchive('main.log', bytes, pod.logArchive.mtime),
      );
    }
    state.set(id, 'final');
  }
}

/**
 * `vanish_pods`: once the run finished, its pods are gone (the workflow's TTL took them); the UI
 * server then reads only the logs Argo archived.
 */
export function vanish(pods: readonly PodRecord[], logs: LogStore, podStore?: PodStore): void {
  for (const pod of pods) {
    logs.remove(pod.name);
    podStore?.remove(pod.name);
  }
}
