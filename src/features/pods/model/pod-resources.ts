import type { K8sEvent, K8sPod } from '@/lib/kfp/wire/pod.ts';

export interface ResourceRow {
  readonly container: string;
  readonly resource: string;
  readonly request?: string;
  readonly limit?: string;
  /** A GPU or other accelerator (`nvidia.com/gpu`, `amd.com/gpu`, `google.com/tpu`). */
  readonly accelerator: boolean;
}

const ACCELERATOR = /(^|\/)(gpu|tpu)$|gpu/;
const ORDER = ['cpu', 'memory', 'ephemeral-storage'];

/** Requests and limits per container, `main` first, cpu/memory before the rest. */
export function resourceRows(pod: K8sPod): ResourceRow[] {
  const containers = [...pod.containers].sort(
    (a, b) => Number(b.name === 'main') - Number(a.name === 'main'),
  );
  return containers.flatMap((c) => {
    const names = [...new Set([...Object.keys(c.requests), ...Object.keys(c.limits)])].sort(
      (a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
    );
    return names.map((resource) => ({
      container: c.name,
      resource,
      ...(c.requests[resource] !== undefined ? { request: c.requests[resource] } : {}),
      ...(c.limits[resource] !== undefined ? { limit: c.limits[resource] } : {}),
      accelerator: ACCELERATOR.test(resource),
    }));
  });
}

export interface VolumeRow {
  readonly name: string;
  /** `PVC my-claim`, `emptyDir`, `configMap`, … */
  readonly source: string;
  readonly claimName?: string;
  readonly mountPath?: string;
  readonly container?: string;
  readonly readOnly: boolean;
  /** Argo's and KFP's own scratch volumes (`var-run-argo`, `kfp-launcher`, `*-scratch`). */
  readonly system: boolean;
}

const SYSTEM_VOLUME = /^(var-run-argo|kfp-launcher|.*-scratch)$/;

/** Every volume with where it is mounted (one row per mount; unmounted volumes once), PVCs first. */
export function volumeRows(pod: K8sPod): VolumeRow[] {
  const rows = pod.volumes.flatMap((v) => {
    const base = {
      name: v.name,
      source: v.claimName !== undefined ? 'PersistentVolumeClaim' : v.source || 'volume',
      ...(v.claimName !== undefined ? { claimName: v.claimName } : {}),
      system: SYSTEM_VOLUME.test(v.name),
    };
    const mounts = pod.containers.flatMap((c) =>
      c.volumeMounts.filter((m) => m.name === v.name).map((m) => ({ c: c.name, m })),
    );
    // Argo mounts its own volume in every container: the user's container is the one that matters.
    const shown = mounts.some((x) => x.c === 'main')
      ? mounts.filter((x) => x.c === 'main')
      : mounts;
    if (shown.length === 0) return [{ ...base, readOnly: v.readOnly }];
    return shown.map(({ c, m }) => ({
      ...base,
      mountPath: m.subPath ? `${m.mountPath} (subPath ${m.subPath})` : m.mountPath,
      container: c,
      readOnly: m.readOnly || v.readOnly,
    }));
  });
  return rows.sort((a, b) => Number(a.system) - Number(b.system));
}

/**
 * Newest first, by when each event last happened. The kubelet writes whole seconds, the scheduler
 * microseconds: times compare to the second, and within a second the later-listed event (the API
 * lists them as they were recorded) comes first.
 */
export function newestFirst(events: readonly K8sEvent[]): K8sEvent[] {
  const second = (e: K8sEvent) =>
    Math.floor((Date.parse(e.lastTime ?? e.firstTime ?? '') || 0) / 1000);
  return events
    .map((event, index) => ({ event, index, at: second(event) }))
    .sort((a, b) => b.at - a.at || b.index - a.index)
    .map(({ event }) => event);
}
