import type {
  LoopSpec,
  NodeDetails,
  ResourceSpec,
  RetrySpec,
  VolumeMountSpec,
} from './graph-model.ts';
import { bindingText, ioDefinitions } from './v2-io.ts';
import {
  booleanAt,
  numberAt,
  recordAt,
  recordsAt,
  scalarAt,
  stringAt,
  stringsAt,
  type UnknownRecord,
} from './unknown-reader.ts';

/** What a task's details are read from: the task, its component, the executor and its platform config. */
export interface V2TaskSources {
  readonly key: string;
  readonly task: UnknownRecord;
  readonly componentName: string | undefined;
  readonly component: UnknownRecord | undefined;
  readonly executor: UnknownRecord | undefined;
  readonly platform: UnknownRecord | undefined;
}

export function v2TaskDetails(sources: V2TaskSources): NodeDetails {
  const { key, task, component, executor, platform } = sources;
  const container = recordAt(executor, 'container');
  const caching = recordAt(task, 'cachingOptions');
  return {
    displayName: stringAt(task, 'taskInfo', 'name') ?? key,
    componentName: sources.componentName,
    image: stringAt(container, 'image'),
    command: stringsAt(container, 'command'),
    args: stringsAt(container, 'args'),
    inputs: ioDefinitions(recordAt(component, 'inputDefinitions'), recordAt(task, 'inputs')),
    outputs: ioDefinitions(recordAt(component, 'outputDefinitions')),
    resources: resources(recordAt(container, 'resources')),
    volumes: volumes(platform),
    caching: caching ? { enabled: booleanAt(caching, 'enableCache') === true } : undefined,
    retry: retry(recordAt(task, 'retryPolicy')),
    condition: stringAt(task, 'triggerPolicy', 'condition'),
    triggerStrategy: stringAt(task, 'triggerPolicy', 'strategy'),
    loop: loop(task),
    importer: importer(recordAt(executor, 'importer')),
  };
}

function firstText(source: UnknownRecord, ...keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const text = scalarAt(source, key);
    if (text !== undefined && text !== '') return text;
  }
  return undefined;
}

function resources(spec: UnknownRecord | undefined): ResourceSpec | undefined {
  if (!spec) return undefined;
  const memory = (stringKey: string, numberKey: string): string | undefined => {
    const text = firstText(spec, stringKey);
    if (text !== undefined) return text;
    const gigabytes = numberAt(spec, numberKey);
    return gigabytes === undefined ? undefined : `${gigabytes}G`;
  };
  const accelerator = recordAt(spec, 'accelerator');
  const result: ResourceSpec = {
    cpuLimit: firstText(spec, 'resourceCpuLimit', 'cpuLimit'),
    cpuRequest: firstText(spec, 'resourceCpuRequest', 'cpuRequest'),
    memoryLimit: memory('resourceMemoryLimit', 'memoryLimit'),
    memoryRequest: memory('resourceMemoryRequest', 'memoryRequest'),
    accelerator: accelerator
      ? {
          type: firstText(accelerator, 'resourceType', 'type'),
          count: firstText(accelerator, 'resourceCount', 'count'),
        }
      : undefined,
  };
  return Object.values(result).some((value) => value !== undefined) ? result : undefined;
}

function retry(policy: UnknownRecord | undefined): RetrySpec | undefined {
  if (!policy) return undefined;
  return {
    maxRetries: scalarAt(policy, 'maxRetryCount'),
    backoffDuration: scalarAt(policy, 'backoffDuration'),
    backoffFactor: scalarAt(policy, 'backoffFactor'),
    backoffMaxDuration: scalarAt(policy, 'backoffMaxDuration'),
  };
}

function loop(task: UnknownRecord): LoopSpec | undefined {
  const parallelismLimit = numberAt(task, 'iteratorPolicy', 'parallelismLimit');
  const parallelism =
    parallelismLimit !== undefined && parallelismLimit > 0 ? parallelismLimit : undefined;
  const parameterIterator = recordAt(task, 'parameterIterator');
  if (parameterIterator) {
    const itemInput = stringAt(parameterIterator, 'itemInput');
    const raw = stringAt(parameterIterator, 'items', 'raw');
    if (raw !== undefined) return { source: 'items', items: raw, itemInput, parallelism };
    const input = stringAt(parameterIterator, 'items', 'inputParameter') ?? '';
    return {
      source: 'parameter',
      items: boundInput(task, 'parameters', input),
      itemInput,
      parallelism,
    };
  }
  const artifactIterator = recordAt(task, 'artifactIterator');
  if (artifactIterator) {
    const input = stringAt(artifactIterator, 'items', 'inputArtifact') ?? '';
    return {
      source: 'artifact',
      items: boundInput(task, 'artifacts', input),
      itemInput: stringAt(artifactIterator, 'itemInput'),
      parallelism,
    };
  }
  return undefined;
}

/** Where the task's input `name` comes from (`list-maker.Output`, `input loop_parameter`), else the name. */
function boundInput(task: UnknownRecord, kind: 'parameters' | 'artifacts', name: string): string {
  const binding = recordAt(task, 'inputs', kind, name);
  return (binding ? bindingText(binding) : undefined) ?? name;
}

function importer(spec: UnknownRecord | undefined): NodeDetails['importer'] {
  if (!spec) return undefined;
  const uri = recordAt(spec, 'artifactUri');
  return {
    artifactUri: importerUri(uri),
    artifactType: stringAt(spec, 'typeSchema', 'schemaTitle'),
    reimport: booleanAt(spec, 'reimport'),
  };
}

/** Importer URIs are `{constant}`, `{runtimeParameter}` (a component input) or a task-style binding. */
function importerUri(uri: UnknownRecord | undefined): string | undefined {
  if (!uri) return undefined;
  const constant = scalarAt(uri, 'constant');
  if (constant !== undefined) return constant;
  const parameter = stringAt(uri, 'runtimeParameter');
  return parameter === undefined ? bindingText(uri) : `input ${parameter}`;
}

/** Volumes from the Kubernetes platform config of the task's executor. */
function volumes(platform: UnknownRecord | undefined): VolumeMountSpec[] {
  if (!platform) return [];
  const mounts: VolumeMountSpec[] = [];
  const nameOf = (mount: UnknownRecord, parameterKey: string, constantKey: string): string => {
    const parameter = recordAt(mount, parameterKey);
    // Older compilers put the binding (`constant`, `taskOutputParameter`…) on the mount itself.
    return (
      (parameter ? bindingText(parameter) : undefined) ??
      stringAt(mount, constantKey) ??
      stringAt(mount, 'constant') ??
      bindingText(mount) ??
      '?'
    );
  };
  for (const mount of recordsAt(platform, 'pvcMount')) {
    const name = nameOf(mount, 'pvcNameParameter', 'pvcName');
    mounts.push({ name, mountPath: stringAt(mount, 'mountPath'), source: `pvc ${name}` });
  }
  for (const mount of recordsAt(platform, 'secretAsVolume')) {
    const name = nameOf(mount, 'secretNameParameter', 'secretName');
    mounts.push({ name, mountPath: stringAt(mount, 'mountPath'), source: `secret ${name}` });
  }
  for (const mount of recordsAt(platform, 'configMapAsVolume')) {
    const name = nameOf(mount, 'configMapNameParameter', 'configMapName');
    mounts.push({ name, mountPath: stringAt(mount, 'mountPath'), source: `configMap ${name}` });
  }
  for (const mount of recordsAt(platform, 'emptyDirMounts')) {
    const name = stringAt(mount, 'volumeName') ?? '?';
    mounts.push({ name, mountPath: stringAt(mount, 'mountPath'), source: 'emptyDir' });
  }
  return mounts;
}
