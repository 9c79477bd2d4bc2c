import type {
  CachingSpec,
  IoSpec,
  LoopSpec,
  NodeDetails,
  ResourceSpec,
  RetrySpec,
  VolumeMountSpec,
} from './graph-model.ts';
import {
  numberAt,
  recordAt,
  recordsAt,
  scalarAt,
  stringAt,
  stringsAt,
  valueText,
  type UnknownRecord,
} from './unknown-reader.ts';
import { isRecord } from '@/lib/parse/reader.ts';
const KFP = 'pipelines.kubeflow.org';

/** Details of one Argo DAG task or step, read from the task and the template it runs. */
export function argoTaskDetails(
  name: string,
  task: UnknownRecord,
  template: UnknownRecord | undefined,
  workflowVolumes: readonly UnknownRecord[],
): NodeDetails {
  const templateName = stringAt(task, 'template') ?? templateRefName(task);
  const annotations = recordAt(template, 'metadata', 'annotations');
  const componentSpec = parseJson(stringAt(annotations, `${KFP}/component_spec`));
  const container = recordAt(template, 'container') ?? recordAt(template, 'script');
  const source = stringAt(template, 'script', 'source');
  const resource = recordAt(template, 'resource');
  return {
    displayName: stringAt(annotations, `${KFP}/task_display_name`) ?? name,
    componentName: stringAt(componentSpec, 'name') ?? templateName,
    templateName,
    image: stringAt(container, 'image'),
    command: stringsAt(container, 'command'),
    args: [...stringsAt(container, 'args'), ...(source === undefined ? [] : [source])],
    inputs: inputs(task, template, componentSpec),
    outputs: outputs(template),
    resources: resources(recordAt(container, 'resources')),
    volumes: volumes(container, [...recordsAt(template, 'volumes'), ...workflowVolumes]),
    caching: caching(template),
    retry: retry(recordAt(template, 'retryStrategy')),
    condition: stringAt(task, 'when'),
    loop: loop(task, template),
    resource: resource
      ? {
          action: stringAt(resource, 'action') ?? '?',
          manifestKind: manifestKind(stringAt(resource, 'manifest')),
        }
      : undefined,
  };
}

export function templateRefName(task: UnknownRecord): string | undefined {
  const ref = recordAt(task, 'templateRef');
  if (!ref) return undefined;
  return `${stringAt(ref, 'name') ?? '?'}/${stringAt(ref, 'template') ?? '?'}`;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** KFP v1 turns `Input parameter` into `input-parameter` for Argo names. */
function sanitize(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function componentIo(
  componentSpec: unknown,
  kind: 'inputs' | 'outputs',
  name: string,
): UnknownRecord | undefined {
  const wanted = sanitize(name);
  return recordsAt(componentSpec, kind).find((io) => {
    const ioName = stringAt(io, 'name');
    return (
      ioName !== undefined &&
      (wanted === sanitize(ioName) || wanted.endsWith(`-${sanitize(ioName)}`))
    );
  });
}

function inputs(
  task: UnknownRecord,
  template: UnknownRecord | undefined,
  componentSpec: unknown,
): IoSpec[] {
  const argument = (kind: string, name: string): UnknownRecord | undefined =>
    recordsAt(task, 'arguments', kind).find((item) => stringAt(item, 'name') === name);
  const specs: IoSpec[] = [];
  for (const parameter of recordsAt(template, 'inputs', 'parameters')) {
    const name = stringAt(parameter, 'name') ?? '?';
    const component = componentIo(componentSpec, 'inputs', name);
    specs.push({
      name,
      kind: 'parameter',
      type: stringAt(component, 'type'),
      defaultValue:
        scalarAt(parameter, 'default') ??
        scalarAt(parameter, 'value') ??
        valueText(component?.default),
      optional: component?.optional === true ? true : undefined,
      description: stringAt(parameter, 'description') ?? stringAt(component, 'description'),
      value: scalarAt(argument('parameters', name), 'value'),
    });
  }
  for (const artifact of recordsAt(template, 'inputs', 'artifacts')) {
    const name = stringAt(artifact, 'name') ?? '?';
    const bound = argument('artifacts', name);
    specs.push({
      name,
      kind: 'artifact',
      type: stringAt(componentIo(componentSpec, 'inputs', name), 'type'),
      optional: artifact.optional === true ? true : undefined,
      value:
        stringAt(bound, 'from') ??
        stringAt(bound, 'raw', 'data') ??
        stringAt(artifact, 'raw', 'data'),
    });
  }
  return specs;
}

function outputs(template: UnknownRecord | undefined): IoSpec[] {
  return [
    ...recordsAt(template, 'outputs', 'parameters').map((item): IoSpec => ({
      name: stringAt(item, 'name') ?? '?',
      kind: 'parameter',
    })),
    ...recordsAt(template, 'outputs', 'artifacts').map((item): IoSpec => ({
      name: stringAt(item, 'name') ?? '?',
      kind: 'artifact',
    })),
  ];
}

const PLAIN_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage', 'storage', 'pods']);

function resources(spec: UnknownRecord | undefined): ResourceSpec | undefined {
  if (!spec) return undefined;
  const limits = recordAt(spec, 'limits');
  const requests = recordAt(spec, 'requests');
  // An extended resource (`nvidia.com/gpu`, `cloud-tpus.google.com/v2`…) is the accelerator; GPUs first.
  const extended = Object.keys({ ...requests, ...limits }).filter(
    (key) => !PLAIN_RESOURCES.has(key) && key.includes('/'),
  );
  const preferred = extended.find((key) => key.endsWith('/gpu')) ?? extended[0];
  const result: ResourceSpec = {
    cpuLimit: scalarAt(limits, 'cpu'),
    cpuRequest: scalarAt(requests, 'cpu'),
    memoryLimit: scalarAt(limits, 'memory'),
    memoryRequest: scalarAt(requests, 'memory'),
    accelerator:
      preferred === undefined
        ? undefined
        : { type: preferred, count: scalarAt(limits, preferred) ?? scalarAt(requests, preferred) },
  };
  return Object.values(result).some((value) => value !== undefined) ? result : undefined;
}

function volumes(
  container: UnknownRecord | undefined,
  declared: readonly UnknownRecord[],
): VolumeMountSpec[] {
  return recordsAt(container, 'volumeMounts').map((mount) => {
    const name = stringAt(mount, 'name') ?? '?';
    const volume = declared.find((item) => stringAt(item, 'name') === name);
    const readOnly =
      mount.readOnly === true ||
      (isRecord(volume?.persistentVolumeClaim) && volume.persistentVolumeClaim.readOnly === true);
    return {
      name,
      mountPath: stringAt(mount, 'mountPath'),
      source: volumeSource(volume),
      ...(readOnly ? { readOnly: true as const } : {}),
    };
  });
}

function volumeSource(volume: UnknownRecord | undefined): string | undefined {
  if (!volume) return undefined;
  const claim = stringAt(volume, 'persistentVolumeClaim', 'claimName');
  if (claim !== undefined) return `pvc ${claim}`;
  const secret = stringAt(volume, 'secret', 'secretName');
  if (secret !== undefined) return `secret ${secret}`;
  const configMap = stringAt(volume, 'configMap', 'name');
  if (configMap !== undefined) return `configMap ${configMap}`;
  return Object.keys(volume).find((key) => key !== 'name');
}

function caching(template: UnknownRecord | undefined): CachingSpec | undefined {
  const staleness = stringAt(template, 'metadata', 'annotations', `${KFP}/max_cache_staleness`);
  if (staleness !== undefined) return { enabled: staleness !== 'P0D', maxStaleness: staleness };
  const label = scalarAt(template, 'metadata', 'labels', `${KFP}/enable_caching`);
  return label === undefined ? undefined : { enabled: label === 'true' };
}

function retry(strategy: UnknownRecord | undefined): RetrySpec | undefined {
  if (!strategy) return undefined;
  return {
    maxRetries: scalarAt(strategy, 'limit'),
    policy: scalarAt(strategy, 'retryPolicy'),
    backoffDuration: scalarAt(strategy, 'backoff', 'duration'),
    backoffFactor: scalarAt(strategy, 'backoff', 'factor'),
    backoffMaxDuration: scalarAt(strategy, 'backoff', 'maxDuration'),
  };
}

function loop(task: UnknownRecord, template: UnknownRecord | undefined): LoopSpec | undefined {
  const limit = numberAt(template, 'parallelism');
  const parallelism = limit !== undefined && limit > 0 ? limit : undefined;
  if (Array.isArray(task.withItems))
    return { source: 'items', items: JSON.stringify(task.withItems), parallelism };
  const withParam = stringAt(task, 'withParam');
  if (withParam !== undefined) return { source: 'parameter', items: withParam, parallelism };
  if (isRecord(task.withSequence))
    return { source: 'sequence', items: JSON.stringify(task.withSequence), parallelism };
  return undefined;
}

function manifestKind(manifest: string | undefined): string | undefined {
  return manifest === undefined ? undefined : /^kind:\s*["']?([\w.-]+)/m.exec(manifest)?.[1];
}
