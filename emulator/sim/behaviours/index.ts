import type { ComponentBehaviour, TaskExecution, TaskResult } from '../types.ts';
import { dataHandlingComponents } from './data-handling.ts';
import { dataVisualizationComponents } from './data-visualization.ts';
import { genericArtifact, genericComponent, genericParameter } from './generic.ts';
import { nextPrimeComponents } from './next-prime.ts';
import { assembleLog, launcherOverheadMs, pythonAsctime, startTime } from './log.ts';
import { pipInstall } from './pip.ts';
import { pyBool, pyFloat } from './python.ts';
import { createRandom } from './random.ts';
import { recursionComponents } from './recursion.ts';
import { assignOutputs, normaliseName, taskInputs } from './task-io.ts';
import type { ComponentContext, ComponentDefinition, OutputValue } from './types.ts';
import { v2TrainingComponents } from './v2-training.ts';
import { yoloComponents } from './yolo.ts';
import type { JsonValue } from '../../lib/json.ts';

const definitions: readonly ComponentDefinition[] = [
  ...dataHandlingComponents,
  ...recursionComponents,
  ...nextPrimeComponents,
  ...dataVisualizationComponents,
  ...yoloComponents,
  ...v2TrainingComponents,
];
const byName = new Map(definitions.flatMap((d) => d.names.map((name) => [name, d] as const)));

/** `comp-check-if-prime-2` → `check-if-prime`: how a compiled component name maps to its Python function. */
export function componentKey(name: string): string {
  return normaliseName(name)
    .replace(/^(comp|exec)-/, '')
    .replace(/(-\d+)+$/, '');
}

/** The tutorial's (and the seed's) component a task runs, if it is one of them. */
export function findComponent(
  task: Pick<TaskExecution, 'component' | 'displayName'>,
): ComponentDefinition | undefined {
  return byName.get(componentKey(task.component)) ?? byName.get(componentKey(task.displayName));
}

/** kfp 1.x passes outputs as the text str() gives; kfp 2.x as JSON values. */
function serialise(value: OutputValue, kind: TaskExecution['pipelineKind']): JsonValue {
  if (kind === 'v2') return value.value;
  switch (value.type) {
    case 'float':
      return pyFloat(value.value);
    case 'int':
      return String(value.value);
    case 'bool':
      return pyBool(value.value);
    case 'str':
      return value.value;
    case 'json':
      return JSON.stringify(value.value);
  }
}

const encoder = new TextEncoder();
const asBytes = (data: string | Uint8Array) =>
  typeof data === 'string' ? encoder.encode(data) : data;
const asText = (value: JsonValue) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * What a component task does, for the simulator: recognised components compute their real outputs
 * from the inputs (multiply multiplies, check_if_prime decides), others produce plausible typed
 * outputs. Logs, durations and outputs depend only on the task (its seed included).
 */
export const executeComponent: ComponentBehaviour = (task) => {
  const definition = findComponent(task) ?? genericComponent(task);
  const rng = createRandom(task.seed);
  const packages =
    task.pipelineKind === 'v2' ? [...definition.packages, 'kfp==2.9.0'] : definition.packages;
  const pip = pipInstall(packages, rng.fork('pip'));
  const workStart =
    startTime(task) + (task.pipelineKind === 'v2' ? launcherOverheadMs : 0) + pip.durationMs;
  const context: ComponentContext = {
    task,
    rng: rng.fork('work'),
    inputs: taskInputs(task),
    timestamp: (offsetMs) => pythonAsctime(workStart + offsetMs),
  };
  const outcome = definition.run(context);
  const failure = task.injectFailure ? definition.injectedFailure(context) : outcome.failure;
  const logRng = rng.fork('log');

  if (failure) {
    const printed = task.injectFailure
      ? outcome.stdout.slice(0, Math.ceil(outcome.stdout.length / 2))
      : outcome.stdout;
    const workMs = task.injectFailure ? Math.round(outcome.workMs / 2) : outcome.workMs;
    const log = assembleLog({
      task,
      rng: logRng,
      functionName: definition.functionName,
      failureLine: definition.failureLine,
      pip,
      stdout: printed,
      workMs,
      failure,
      uploaded: [],
    });
    return {
      outcome: 'failed',
      durationMs: log.durationMs,
      outputs: {},
      artifacts: {},
      log: log.lines,
      error: 'Error (exit code 1)',
    };
  }

  const fillRng = rng.fork('outputs');
  const producedParams: Record<string, JsonValue> = {};
  for (const [name, value] of Object.entries(outcome.outputs ?? {}))
    producedParams[name] = serialise(value, task.pipelineKind);
  const params = assignOutputs(task.outputParameters, producedParams);
  // A kfp 2 `OutputPath(str)` is an output parameter the function writes to a file.
  const textFiles: Record<string, JsonValue> = {};
  for (const [name, data] of Object.entries(outcome.files ?? {}))
    if (typeof data === 'string') textFiles[name] = data;
  const fromFiles = assignOutputs(params.unmatched, textFiles);
  Object.assign(params.assigned, fromFiles.assigned);
  params.unmatched = fromFiles.unmatched;
  for (const spec of params.unmatched)
    params.assigned[spec.name] = serialise(genericParameter(spec, fillRng), task.pipelineKind);

  const producedFiles: Record<string, Uint8Array> = {};
  if (task.pipelineKind === 'v1') {
    // kfp 1.x also exports every output parameter as an artifact holding its text.
    for (const [name, value] of Object.entries(producedParams))
      producedFiles[name] = encoder.encode(asText(value));
  }
  for (const [name, data] of Object.entries(outcome.files ?? {}))
    producedFiles[name] = asBytes(data);
  const files = assignOutputs(task.outputArtifacts, producedFiles);
  for (const spec of files.unmatched) {
    const fromParam = params.assigned[spec.name];
    files.assigned[spec.name] = encoder.encode(
      fromParam === undefined ? genericArtifact(spec, task, fillRng) : asText(fromParam),
    );
  }

  const log = assembleLog({
    task,
    rng: logRng,
    functionName: definition.functionName,
    failureLine: definition.failureLine,
    pip,
    stdout: outcome.stdout,
    workMs: outcome.workMs,
    uploaded: Object.keys(files.assigned),
  });
  const result: TaskResult = {
    outcome: 'succeeded',
    durationMs: log.durationMs,
    outputs: params.assigned,
    artifacts: files.assigned,
    log: log.lines,
    ...(outcome.extraObjects ? { extraObjects: outcome.extraObjects } : {}),
  };
  return result;
};
