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

/** Each volume the node mounts: where, and from what. */
export function volumeFacts(details: NodeDetails): Fact[] {
  return details.volumes.map((volume) => ({
    label: volume.name,
    value:
      [volume.mountPath, volume.source]
        .filter((part) => part !== undefined && part !== '')
        .join(' ← ') || '–',
  }));
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
