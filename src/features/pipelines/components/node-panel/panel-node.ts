/**
 * The node shape the panel draws. It mirrors the graph feature's `GraphNode` / `NodeDetails`
 * structurally (features do not import each other): the route passes graph nodes straight in.
 */
export interface PanelIo {
  readonly name: string;
  readonly kind: 'parameter' | 'artifact';
  readonly type?: string;
  readonly defaultValue?: string;
  readonly optional?: boolean;
  readonly description?: string;
  readonly value?: string;
  readonly isList?: boolean;
}

export interface PanelNodeDetails {
  readonly displayName: string;
  readonly componentName?: string;
  readonly templateName?: string;
  readonly image?: string;
  readonly command: readonly string[];
  readonly args: readonly string[];
  readonly inputs: readonly PanelIo[];
  readonly outputs: readonly PanelIo[];
  readonly resources?: {
    readonly cpuLimit?: string;
    readonly cpuRequest?: string;
    readonly memoryLimit?: string;
    readonly memoryRequest?: string;
    readonly accelerator?: { readonly type?: string; readonly count?: string };
  };
  readonly volumes: readonly {
    readonly name: string;
    readonly mountPath?: string;
    readonly source?: string;
  }[];
  readonly caching?: { readonly enabled: boolean; readonly maxStaleness?: string };
  readonly retry?: {
    readonly maxRetries?: string;
    readonly policy?: string;
    readonly backoffDuration?: string;
    readonly backoffFactor?: string;
    readonly backoffMaxDuration?: string;
  };
  readonly condition?: string;
  readonly triggerStrategy?: string;
  readonly loop?: {
    readonly source: string;
    readonly items: string;
    readonly itemInput?: string;
    readonly parallelism?: number;
  };
  readonly exitHandler?:
    | { readonly role: 'scope'; readonly exitTaskIds: readonly string[] }
    | { readonly role: 'exit-task'; readonly scopeIds: readonly string[] };
  readonly importer?: {
    readonly artifactUri?: string;
    readonly artifactType?: string;
    readonly reimport?: boolean;
  };
  readonly resource?: { readonly action: string; readonly manifestKind?: string };
}

export interface PanelNode {
  readonly id: string;
  readonly name: string;
  readonly kind: 'task' | 'group' | 'recursive-call';
  readonly groupKind?: string;
  readonly targetId?: string | undefined;
  readonly details: PanelNodeDetails;
}

const GROUP_KINDS: Readonly<Record<string, string>> = {
  condition: 'Condition',
  'condition-branches': 'If / elif / else',
  loop: 'Loop (ParallelFor)',
  'exit-handler': 'Exit handler scope',
  pipeline: 'Sub-pipeline',
  recursion: 'Recursive sub-pipeline',
};

/** What kind of node this is, in words. */
export function nodeKindLabel(node: PanelNode): string {
  if (node.kind === 'recursive-call') return 'Recursive call';
  if (node.kind === 'group') return GROUP_KINDS[node.groupKind ?? ''] ?? 'Group';
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
export function resourceFacts(details: PanelNodeDetails): Fact[] {
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

/** Condition, trigger, loop, exit handler, caching and retry: how and when the node runs. */
export function controlFacts(details: PanelNodeDetails): Fact[] {
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
