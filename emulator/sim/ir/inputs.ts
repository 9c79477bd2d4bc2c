import { asObject, asString, entries, field, jsonToText, parseJson, stringField } from '../json.ts';
import type { IrComponent, IrTask } from './spec.ts';
import type { ArtifactRef, IoArtifact, IoParam, IoType, Scope, Sibling } from './types.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../lib/json.ts';

export interface ResolvedInputs {
  readonly params: Record<string, JsonValue>;
  readonly artifacts: Record<string, readonly ArtifactRef[]>;
  readonly io: { params: IoParam[]; artifacts: IoArtifact[] };
}

const finalStates: Record<string, string> = {
  succeeded: 'SUCCEEDED',
  skipped: 'SKIPPED',
  canceled: 'CANCELED',
  failed: 'FAILED',
  error: 'FAILED',
  omitted: 'FAILED',
};

/** `parseJson(string_value)["a"]` and friends: the selectors the compiler emits for loop items. */
export function applySelector(value: JsonValue, selector: string | undefined): JsonValue {
  if (!selector) return value;
  const match = /^parseJson\(string_value\)((?:\[[^\]]*\])*)$/.exec(selector.trim());
  if (!match) return value;
  let current: JsonValue = typeof value === 'string' ? (parseJson(value) ?? value) : value;
  for (const part of (match[1] ?? '').matchAll(/\[("[^"]*"|'[^']*'|\d+)\]/g)) {
    const raw = part[1] ?? '';
    const key = /^\d+$/.test(raw) ? Number(raw) : raw.slice(1, -1);
    if (Array.isArray(current) && typeof key === 'number') current = current[key] ?? null;
    else if (isJsonObject(current) && typeof key === 'string') current = current[key] ?? null;
    else current = null;
  }
  return current;
}

/** Replaces `{{$.inputs.parameters['x']}}` placeholders with resolved values. */
export function fillPlaceholders(
  text: string,
  params: Readonly<Record<string, JsonValue>>,
): string {
  return text.replace(
    /\{\{\$\.inputs\.parameters\[['"]([^'"]+)['"]\]\}\}/g,
    (whole, name: string) => (name in params ? jsonToText(params[name]) : whole),
  );
}

function siblingParam(
  siblings: ReadonlyMap<string, Sibling>,
  producer: string,
  key: string,
): JsonValue {
  return siblings.get(producer)?.outputs.params[key] ?? null;
}

/** Resolves a task's inputs against its DAG's scope and finished siblings. */
export function resolveInputs(
  task: IrTask,
  component: IrComponent,
  scope: Scope,
  siblings: ReadonlyMap<string, Sibling>,
  runName: string,
): ResolvedInputs {
  const params: Record<string, JsonValue> = {};
  const artifacts: Record<string, readonly ArtifactRef[]> = {};
  const ioParams: IoParam[] = [];
  const ioArtifacts: IoArtifact[] = [];
  const constants: [string, string][] = [];

  for (const [name, spec] of entries(task.parameterInputs)) {
    let value: JsonValue = null;
    let type: IoType = 'COMPONENT_INPUT';
    let producerTask: string | undefined;
    const componentInput = stringField(spec, 'componentInputParameter');
    const taskOutput = asObject(field(spec, 'taskOutputParameter'));
    const finalStatus = asObject(field(spec, 'taskFinalStatus'));
    const runtime = field(spec, 'runtimeValue', 'constant');
    if (componentInput !== undefined) {
      value = applySelector(
        scope.params[componentInput] ?? null,
        stringField(spec, 'parameterExpressionSelector'),
      );
    } else if (taskOutput) {
      producerTask = stringField(taskOutput, 'producerTask') ?? '';
      value = siblingParam(
        siblings,
        producerTask,
        stringField(taskOutput, 'outputParameterKey') ?? '',
      );
      type = 'TASK_OUTPUT_INPUT';
    } else if (finalStatus) {
      producerTask = stringField(finalStatus, 'producerTask') ?? '';
      const sibling = siblings.get(producerTask);
      const state = finalStates[sibling?.outcome ?? 'failed'] ?? 'FAILED';
      const status: JsonObject = {
        state,
        pipelineJobResourceName: runName,
        pipelineTaskName: producerTask,
      };
      if (state === 'FAILED')
        status.error = { code: 2, message: sibling?.message ?? 'the task failed' };
      value = status;
      type = 'TASK_OUTPUT_INPUT';
    } else if (runtime !== undefined) {
      value = runtime;
      type = 'RUNTIME_VALUE_INPUT';
      if (typeof runtime === 'string' && runtime.includes('{{$.inputs.parameters'))
        constants.push([name, runtime]);
    }
    params[name] = value;
    ioParams.push({
      key: name,
      value,
      type,
      ...(producerTask ? { producer: { task: producerTask } } : {}),
    });
  }
  for (const [name, text] of constants) {
    const value = fillPlaceholders(text, params);
    params[name] = value;
    const index = ioParams.findIndex((p) => p.key === name);
    if (index >= 0) ioParams[index] = { key: name, value, type: 'RUNTIME_VALUE_INPUT' };
  }
  for (const [name, definition] of entries(component.inputParameters)) {
    const defaultValue = field(definition, 'defaultValue');
    if (!(name in params) && defaultValue !== undefined) {
      params[name] = defaultValue;
      ioParams.push({ key: name, value: defaultValue, type: 'COMPONENT_DEFAULT_INPUT' });
    }
  }

  for (const [name, spec] of entries(task.artifactInputs)) {
    const componentInput = stringField(spec, 'componentInputArtifact');
    const taskOutput = asObject(field(spec, 'taskOutputArtifact'));
    let list: readonly ArtifactRef[] = [];
    let producer: string | undefined;
    if (componentInput !== undefined) list = scope.artifacts[componentInput] ?? [];
    else if (taskOutput) {
      producer = stringField(taskOutput, 'producerTask') ?? '';
      list =
        siblings.get(producer)?.outputs.artifacts[
          stringField(taskOutput, 'outputArtifactKey') ?? ''
        ] ?? [];
    }
    artifacts[name] = list;
    ioArtifacts.push({
      key: name,
      artifacts: list,
      type: producer ? 'TASK_OUTPUT_INPUT' : 'COMPONENT_INPUT',
      ...(producer ? { producer: { task: producer } } : {}),
    });
  }
  return { params, artifacts, io: { params: ioParams, artifacts: ioArtifacts } };
}

/** Items of a loop: a JSON list value (or a string holding one). */
export function loopItems(value: JsonValue | undefined): readonly JsonValue[] | undefined {
  if (Array.isArray(value)) return value;
  const text = asString(value);
  if (text === undefined) return undefined;
  const parsed = parseJson(text);
  return Array.isArray(parsed) ? parsed : undefined;
}

/** Default value of a declared output the behaviour did not produce. */
export function defaultFor(parameterType: string | undefined): JsonValue {
  switch (parameterType) {
    case 'NUMBER_INTEGER':
    case 'NUMBER_DOUBLE':
      return 0;
    case 'BOOLEAN':
      return false;
    case 'LIST':
      return [];
    case 'STRUCT':
      return {};
    default:
      return '';
  }
}
