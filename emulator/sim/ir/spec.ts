import {
  asNumber,
  asObject,
  asString,
  entries,
  field,
  objectField,
  stringField,
  arrayField,
} from '../json.ts';
import type { JsonObject, JsonValue } from '../../lib/json.ts';

/** Typed views of a KFP v2 pipeline spec (IR), read defensively from JSON. */

export interface IrIterator {
  readonly kind: 'parameter' | 'artifact';
  readonly itemInput: string;
  /** Name of the task input holding the list, or undefined with `raw`. */
  readonly input?: string;
  readonly raw?: string;
}

export interface IrTask {
  readonly name: string;
  readonly displayName: string;
  readonly componentRef: string;
  readonly deps: readonly string[];
  readonly condition?: string;
  readonly runsAfterFailures: boolean;
  readonly iterator?: IrIterator;
  readonly parallelismLimit: number;
  readonly maxRetryCount: number;
  readonly backoffMs: number;
  readonly backoffFactor: number;
  readonly backoffMaxMs: number;
  readonly parameterInputs: JsonObject;
  readonly artifactInputs: JsonObject;
  /** `cachingOptions.enableCache` (the kfp 2 SDK writes true unless the task disabled it). */
  readonly enableCache: boolean;
}

export interface IrComponent {
  readonly name: string;
  readonly tasks?: readonly IrTask[];
  readonly dagOutputs: JsonObject;
  readonly executorLabel?: string;
  readonly inputParameters: JsonObject;
  readonly inputArtifacts: JsonObject;
  readonly outputParameters: JsonObject;
  readonly outputArtifacts: JsonObject;
}

export interface IrPipeline {
  readonly name: string;
  readonly root: IrComponent;
  readonly components: ReadonlyMap<string, IrComponent>;
  readonly executors: ReadonlyMap<string, JsonObject>;
}

/** `'30s'`, `'1.5s'`, `'0s'` → milliseconds. */
function durationMs(value: JsonValue | undefined): number {
  const text = asString(value);
  if (text === undefined) return 0;
  const match = /^([\d.]+)s$/.exec(text.trim());
  return match ? Number(match[1]) * 1000 : 0;
}

/** Upstream tasks: explicit dependencies plus the producers of task-output inputs. */
function dependencies(spec: JsonObject): string[] {
  const deps = new Set<string>();
  for (const dep of arrayField(spec, 'dependentTasks')) {
    const name = asString(dep);
    if (name) deps.add(name);
  }
  for (const kind of ['parameters', 'artifacts']) {
    for (const [, input] of entries(field(spec, 'inputs', kind))) {
      for (const ref of ['taskOutputParameter', 'taskOutputArtifact', 'taskFinalStatus']) {
        const producer = stringField(input, ref, 'producerTask');
        if (producer) deps.add(producer);
      }
    }
  }
  return [...deps].sort();
}

function readIterator(spec: JsonObject): IrIterator | undefined {
  const parameter = objectField(spec, 'parameterIterator');
  if (parameter) {
    const input = stringField(parameter, 'items', 'inputParameter');
    const raw = stringField(parameter, 'items', 'raw');
    return {
      kind: 'parameter',
      itemInput: stringField(parameter, 'itemInput') ?? '',
      ...(input !== undefined ? { input } : {}),
      ...(raw !== undefined ? { raw } : {}),
    };
  }
  const artifact = objectField(spec, 'artifactIterator');
  if (artifact) {
    const input = stringField(artifact, 'items', 'inputArtifact');
    return {
      kind: 'artifact',
      itemInput: stringField(artifact, 'itemInput') ?? '',
      ...(input !== undefined ? { input } : {}),
    };
  }
  return undefined;
}

function readTask(name: string, spec: JsonObject): IrTask {
  const condition = stringField(spec, 'triggerPolicy', 'condition');
  const iterator = readIterator(spec);
  return {
    name,
    displayName: stringField(spec, 'taskInfo', 'name') ?? name,
    componentRef: stringField(spec, 'componentRef', 'name') ?? '',
    deps: dependencies(spec),
    ...(condition ? { condition } : {}),
    runsAfterFailures:
      stringField(spec, 'triggerPolicy', 'strategy') === 'ALL_UPSTREAM_TASKS_COMPLETED',
    ...(iterator ? { iterator } : {}),
    parallelismLimit: asNumber(field(spec, 'iteratorPolicy', 'parallelismLimit')) ?? 0,
    maxRetryCount: asNumber(field(spec, 'retryPolicy', 'maxRetryCount')) ?? 0,
    backoffMs: durationMs(field(spec, 'retryPolicy', 'backoffDuration')),
    backoffFactor: asNumber(field(spec, 'retryPolicy', 'backoffFactor')) ?? 2,
    backoffMaxMs: durationMs(field(spec, 'retryPolicy', 'backoffMaxDuration')) || 3_600_000,
    parameterInputs: objectField(spec, 'inputs', 'parameters') ?? {},
    artifactInputs: objectField(spec, 'inputs', 'artifacts') ?? {},
    enableCache: field(spec, 'cachingOptions', 'enableCache') === true,
  };
}

function readComponent(name: string, spec: JsonObject): IrComponent {
  const dag = objectField(spec, 'dag');
  const executorLabel = stringField(spec, 'executorLabel');
  return {
    name,
    ...(dag
      ? {
          tasks: entries(field(dag, 'tasks')).flatMap(([n, t]) => {
            const o = asObject(t);
            return o ? [readTask(n, o)] : [];
          }),
        }
      : {}),
    dagOutputs: objectField(dag, 'outputs') ?? {},
    ...(executorLabel ? { executorLabel } : {}),
    inputParameters: objectField(spec, 'inputDefinitions', 'parameters') ?? {},
    inputArtifacts: objectField(spec, 'inputDefinitions', 'artifacts') ?? {},
    outputParameters: objectField(spec, 'outputDefinitions', 'parameters') ?? {},
    outputArtifacts: objectField(spec, 'outputDefinitions', 'artifacts') ?? {},
  };
}

/** The IR itself, also when wrapped as `{pipeline_spec, platform_spec}` or `{pipelineSpec}`. */
export function unwrapIr(spec: JsonObject): JsonObject | undefined {
  const inner = objectField(spec, 'pipeline_spec') ?? objectField(spec, 'pipelineSpec');
  if (inner) return unwrapIr(inner);
  return objectField(spec, 'root') &&
    (objectField(spec, 'pipelineInfo') ?? objectField(spec, 'components'))
    ? spec
    : undefined;
}

export function readIrPipeline(ir: JsonObject): IrPipeline {
  const components = new Map<string, IrComponent>();
  for (const [name, spec] of entries(field(ir, 'components'))) {
    const o = asObject(spec);
    if (o) components.set(name, readComponent(name, o));
  }
  const executors = new Map<string, JsonObject>();
  for (const [name, spec] of entries(field(ir, 'deploymentSpec', 'executors'))) {
    const o = asObject(spec);
    if (o) executors.set(name, o);
  }
  return {
    name: stringField(ir, 'pipelineInfo', 'name') ?? 'pipeline',
    root: readComponent('root', objectField(ir, 'root') ?? {}),
    components,
    executors,
  };
}
