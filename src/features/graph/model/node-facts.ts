import type { GroupKind, NodeDetails, NodeKind } from './graph-model.ts';

/** What the facts of a node read: a `GraphNode` is one. */
export interface FactsNode {
  readonly id: string;
  readonly name: string;
  readonly kind: NodeKind;
  readonly groupKind?: GroupKind;
  readonly targetId?: string | undefined;
  readonly details: NodeDetails;
}

const GROUP_KINDS: Readonly<Record<GroupKind, string>> = {
  condition: 'Condition',
  'condition-branches': 'If / elif / else',
  loop: 'Loop (ParallelFor)',
  'exit-handler': 'Exit handler scope',
  pipeline: 'Sub-pipeline',
  recursion: 'Recursive sub-pipeline',
};

/** What kind of node this is, in words. */
export function nodeKindLabel(node: FactsNode): string {
  if (node.kind === 'recursive-call') return 'Recursive call';
  if (node.kind === 'group')
    return node.groupKind === undefined ? 'Group' : GROUP_KINDS[node.groupKind];
  if (node.details.importer) return 'Importer';
  if (node.details.resource) return 'Kubernetes resource';
  return 'Task';
}

export interface Fact {
  readonly label: string;
  readonly value: string;
}

function fact(label: string, value: string | undefined): Fact[] {
  return value === undefined || value === '' ? [] : [{ label, value }];
}

/** CPU, memory and accelerator (GPU) requests and limits, as label/value pairs. */
export function resourceFacts(details: NodeDetails): Fact[] {
  const r = details.resources;
  if (!r) return [];
  const accelerator = r.accelerator
    ? `${r.accelerator.count ?? '1'} × ${r.accelerator.type ?? 'accelerator'}`
    : undefined;
  return [
    ...fact('GPU / accelerator', accelerator),
    ...fact('CPU request', r.cpuRequest),
    ...fact('CPU limit', r.cpuLimit),
    ...fact('Memory request', r.memoryRequest),
    ...fact('Memory limit', r.memoryLimit),
  ];
}

/** A volume as the step's pod mounts it (the pods feature's rows, passed in by the route). */
export interface MountedVolume {
  readonly name: string;
  readonly claimName?: string;
  /** `PersistentVolumeClaim`, `emptyDir`, `configMap`, … */
  readonly source: string;
  readonly mountPath?: string;
  readonly readOnly: boolean;
}

/** One row of a node's volumes: what the spec asks for and, once known, what the pod mounted. */
export interface VolumeFact {
  readonly volume: string;
  /** The claim of a PVC; otherwise the volume's source (`secret x`, `emptyDir`…). */
  readonly claim: string | undefined;
  readonly mountPath: string | undefined;
  readonly readOnly: boolean;
  readonly seenIn: 'spec' | 'pod' | 'spec and pod';
}

const PVC_SOURCE = /^pvc (.+)$/;

/**
 * The node's volumes from its spec (v1 template `volumes`/`volumeMounts`, v2 `pvcMount` & co. in
 * the platform spec) and, when given, from its pod: a spec mount the pod has at the same path takes
 * the pod's claim (a spec may name it by a parameter) and read-only flag; the pod's other mounts
 * follow. KFP's v2 driver mounts `pvcMount` claims read-write (backend/src/v2/driver/k8s.go,
 * makeVolumeMountPatch).
 */
export function volumeFacts(details: NodeDetails, pod?: readonly MountedVolume[]): VolumeFact[] {
  const unmatched = [...(pod ?? [])];
  const rows = details.volumes.map((volume): VolumeFact => {
    const at = unmatched.findIndex(
      (mounted) => volume.mountPath !== undefined && mounted.mountPath === volume.mountPath,
    );
    const mounted = at >= 0 ? unmatched.splice(at, 1)[0] : undefined;
    const claim = PVC_SOURCE.exec(volume.source ?? '')?.[1] ?? volume.source;
    return {
      volume: volume.name,
      claim: mounted?.claimName ?? claim,
      mountPath: volume.mountPath,
      readOnly: mounted?.readOnly ?? volume.readOnly === true,
      seenIn: mounted ? 'spec and pod' : 'spec',
    };
  });
  return [
    ...rows,
    ...unmatched.map((mounted): VolumeFact => ({
      volume: mounted.name,
      claim: mounted.claimName ?? mounted.source,
      mountPath: mounted.mountPath,
      readOnly: mounted.readOnly,
      seenIn: 'pod',
    })),
  ];
}

/** Condition, trigger, loop, exit handler, caching and retry: how and when the node runs. */
export function controlFacts(details: NodeDetails): Fact[] {
  const facts: Fact[] = [
    ...fact('Condition', details.condition),
    ...fact('Trigger', details.triggerStrategy),
  ];
  const loop = details.loop;
  if (loop) {
    facts.push({ label: `Loop over ${loop.source}`, value: loop.items });
    facts.push(...fact('Loop item input', loop.itemInput));
    facts.push({
      label: 'Parallelism',
      value: loop.parallelism === undefined ? 'unlimited' : String(loop.parallelism),
    });
  }
  const exit = details.exitHandler;
  if (exit?.role === 'scope')
    facts.push({ label: 'Exit tasks', value: exit.exitTaskIds.join(', ') || '–' });
  if (exit?.role === 'exit-task')
    facts.push({
      label: 'Runs on exit of',
      value: exit.scopeIds.length === 0 ? 'the whole pipeline' : exit.scopeIds.join(', '),
    });
  if (details.caching) {
    const staleness =
      details.caching.maxStaleness === undefined
        ? ''
        : ` (max staleness ${details.caching.maxStaleness})`;
    facts.push({
      label: 'Caching',
      value: `${details.caching.enabled ? 'enabled' : 'disabled'}${staleness}`,
    });
  }
  const retry = details.retry;
  if (retry) {
    const parts = [
      retry.maxRetries === undefined ? undefined : `up to ${retry.maxRetries} retries`,
      retry.policy,
      retry.backoffDuration === undefined ? undefined : `backoff ${retry.backoffDuration}`,
      retry.backoffFactor === undefined ? undefined : `× ${retry.backoffFactor}`,
      retry.backoffMaxDuration === undefined ? undefined : `max ${retry.backoffMaxDuration}`,
    ].filter((part) => part !== undefined);
    facts.push({ label: 'Retry', value: parts.join(', ') || 'enabled' });
  }
  if (details.importer) {
    facts.push(
      ...fact('Imports', details.importer.artifactUri),
      ...fact('Artifact type', details.importer.artifactType),
    );
    if (details.importer.reimport !== undefined)
      facts.push({ label: 'Reimport', value: details.importer.reimport ? 'yes' : 'no' });
  }
  if (details.resource)
    facts.push({
      label: 'Resource action',
      value: `${details.resource.action}${details.resource.manifestKind ? ` ${details.resource.manifestKind}` : ''}`,
    });
  return facts;
}
