import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { RunEngine, RunRuntime, RunStart } from '../store/run-engine.ts';
import { finishedStates } from '../store/run-engine.ts';
import type { ComponentBehaviour, TaskExecution, TaskResult } from '../sim/types.ts';
import { asArray, asObject, asString, parseJson } from '../sim/json.ts';
import { createLogStore } from '../sim/log-store.ts';
import { createObjectStore } from '../sim/object-store.ts';
import { createSimEngine } from '../sim/sim-engine.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';

/** Test helpers for the simulator (used by emulator/sim/*.test.ts only). */

export const t0 = '2026-03-01T10:00:00.000Z';

export function fakeClock(start = t0) {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    iso: () => new Date(now).toISOString(),
  };
}

export type Script = (task: TaskExecution) => Partial<TaskResult> | undefined;

function defaultOutput(type: string, task: TaskExecution): JsonValue {
  switch (type) {
    case 'NUMBER_INTEGER':
      return 7;
    case 'NUMBER_DOUBLE':
      return 0.5;
    case 'BOOLEAN':
      return true;
    case 'LIST':
      return ['a', 'b', 'c'];
    case 'STRUCT':
      return { a: 1 };
    default:
      return `${task.displayName}-out`;
  }
}

/** A tiny deterministic behaviour: every task succeeds after 10 s (unless scripted or injected). */
export function scriptedBehaviour(script: Script = () => undefined): ComponentBehaviour {
  return (task) => {
    const outputs: Record<string, JsonValue> = {};
    for (const spec of task.outputParameters) outputs[spec.name] = defaultOutput(spec.type, task);
    const artifacts: Record<string, Uint8Array> = {};
    for (const spec of task.outputArtifacts) {
      const content =
        spec.type === 'system.Metrics'
          ? JSON.stringify({ accuracy: 0.9, loss: 0.1 })
          : `${task.displayName}:${spec.name}`;
      artifacts[spec.name] = new TextEncoder().encode(content);
    }
    const base: TaskResult = {
      outcome: task.injectFailure ? 'failed' : 'succeeded',
      durationMs: 10_000,
      outputs,
      artifacts,
      log: [
        `start ${task.displayName} attempt ${task.attempt}`,
        `inputs ${JSON.stringify(task.inputs)}`,
        `end ${task.displayName}`,
      ],
      ...(task.injectFailure ? { error: 'injected failure' } : {}),
    };
    return { ...base, ...script(task) };
  };
}

export function makeRun(spec: JsonObject, overrides: Partial<RunStart> = {}): RunStart {
  return {
    runId: 'run-1',
    displayName: 'my run',
    namespace: 'kubeflow-alice',
    spec,
    parameters: {},
    pipelineRoot: '',
    createdAt: t0,
    events: [],
    ...overrides,
  };
}

export function simSetup(
  options: { behaviour?: ComponentBehaviour; seed?: number; speed?: number } = {},
) {
  const clock = fakeClock();
  const objects = createObjectStore();
  const logs = createLogStore();
  const engine = createSimEngine({
    speed: options.speed ?? 1,
    seed: options.seed ?? 42,
    behaviour: options.behaviour ?? scriptedBehaviour(),
    objects,
    logs,
    now: clock.now,
  });
  return { clock, objects, logs, engine };
}

/** Advances the clock until the run finished (or the step budget ran out); returns the last runtime. */
export function runToEnd(
  engine: RunEngine,
  clock: ReturnType<typeof fakeClock>,
  runId: string,
  stepMs = 5_000,
  maxSteps = 5_000,
): RunRuntime {
  for (let i = 0; i < maxSteps; i++) {
    const runtime = engine.runtime(runId);
    if (!runtime) throw new Error(`unknown run ${runId}`);
    if (finishedStates.has(runtime.state)) return runtime;
    clock.advance(stepMs);
  }
  throw new Error(`run ${runId} did not finish`);
}

/** The first YAML document of a file as a JSON object. */
export function loadYaml(path: string): JsonObject {
  const docs = parseAllDocuments(readFileSync(path, 'utf8'));
  const first = docs[0];
  if (!first) throw new Error(`${path}: empty`);
  if (first.errors.length > 0)
    throw new Error(`${path}: ${first.errors.map((e) => e.message).join('; ')}`);
  const value = parseJson(JSON.stringify(first.toJS()));
  if (!isJsonObject(value)) throw new Error(`${path}: not an object`);
  return value;
}

export function fixture(shared: string, kind: 'v1' | 'v2', name: string): JsonObject {
  return loadYaml(join(shared, 'fixtures', 'pipelines', kind, name));
}

export function manifest(runtime: RunRuntime): JsonObject {
  const value = parseJson(runtime.workflowManifest ?? 'null');
  if (!isJsonObject(value)) throw new Error('no workflow manifest');
  return value;
}

/** status.nodes of a workflow manifest as a list. */
export function argoNodes(runtime: RunRuntime): JsonObject[] {
  const nodes = asObject(asObject(manifest(runtime).status)?.nodes) ?? {};
  return Object.values(nodes).flatMap((n) => (isJsonObject(n) ? [n] : []));
}

export function tasksNamed(runtime: RunRuntime, name: string): JsonObject[] {
  return runtime.tasks.filter((t) => t.name === name);
}

export function list(value: JsonValue | undefined): readonly JsonValue[] {
  return asArray(value) ?? [];
}

/** Argo nodes by display name. */
export function byDisplay(nodes: readonly JsonObject[], displayName: string): JsonObject[] {
  return nodes.filter((n) => n.displayName === displayName);
}

/** The one Argo node with this display name. */
export function one(nodes: readonly JsonObject[], displayName: string): JsonObject {
  const [node, ...rest] = byDisplay(nodes, displayName);
  if (!node || rest.length > 0)
    throw new Error(`expected one node '${displayName}', found ${rest.length + (node ? 1 : 0)}`);
  return node;
}

/** The ids of a node's children. */
export const children = (node: JsonObject) => list(node.children).flatMap((c) => asString(c) ?? []);
