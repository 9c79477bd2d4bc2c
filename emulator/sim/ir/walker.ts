import { dagOutcome, scheduleDag } from '../dag-schedule.ts';
import { ExpressionEvalError } from '../expression.ts';
import { asArray, asObject, entries, field, stringField } from '../json.ts';
import { endOf, lastState, SimError, type Outcome, type PlanNode } from '../plan.ts';
import { delay } from '../walk-context.ts';
import type { IrContext, Place } from './context.ts';
import { runExecutor } from './executor.ts';
import type { ResolvedInputs } from './inputs.ts';
import { resolveInputs } from './inputs.ts';
import { runLoop } from './loop.ts';
import { newInfo, rootShape, taskShape, taskType } from './names.ts';
import { driverPod } from './pods.ts';
import type { IrComponent, IrTask } from './spec.ts';
import {
  noOutputs,
  type ArtifactRef,
  type IoParam,
  type Scope,
  type Sibling,
  type TaskOutputs,
  type V2Info,
} from './types.ts';
import type { JsonValue } from '../../lib/json.ts';

/** Walks a KFP v2 pipeline spec into the plan: root, DAGs, conditions, loops, executors. */
export function walkIr(ctx: IrContext): void {
  const root = ctx.plan.add(
    'root',
    undefined,
    newInfo(ctx, 'root', {
      type: 'ROOT',
      name: 'ROOT',
      displayName: ctx.runName,
      scopePath: 'root',
      argo: rootShape(ctx.wfName),
    }),
  );
  const created = ctx.notBefore;
  // A retried run is RUNNING again at once; a new one waits for its root driver.
  if (ctx.runAttempt === 0) ctx.plan.mark(root, created, 'pending');
  else ctx.plan.mark(root, created, 'running');
  const start = created + delay(ctx, 1500, 'root');
  if (ctx.runAttempt === 0) ctx.plan.mark(root, start, 'running');
  driverPod(ctx, root, created, start);
  const params: Record<string, JsonValue> = {};
  const io: IoParam[] = [];
  for (const [name, definition] of entries(ctx.pipeline.root.inputParameters)) {
    const value = ctx.parameters[name] ?? field(definition, 'defaultValue');
    if (value === undefined) {
      if (field(definition, 'isOptional') === true) continue;
      throw new SimError(`the run has no value for the required pipeline parameter '${name}'`);
    }
    params[name] = value;
    io.push({
      key: name,
      value,
      type: name in ctx.parameters ? 'RUNTIME_VALUE_INPUT' : 'COMPONENT_DEFAULT_INPUT',
      producer: { task: 'ROOT' },
    });
  }
  root.info.inputs = { params: io, artifacts: [] };
  const result = evalDag(ctx, ctx.pipeline.root, { params, artifacts: {} }, start, {
    parentKey: 'root',
    scopePath: 'root',
  });
  finishNode(ctx, root, result);
}

export interface DagRun {
  readonly outcome: Outcome;
  readonly end: number;
  readonly outputs: TaskOutputs;
  readonly message?: string;
}

function firstFailure(siblings: ReadonlyMap<string, Sibling>): string | undefined {
  let found: Sibling | undefined;
  let name = '';
  for (const [n, s] of siblings) {
    if ((s.outcome === 'failed' || s.outcome === 'error') && (!found || s.end < found.end)) {
      found = s;
      name = n;
    }
  }
  return found ? (found.message ?? `task '${name}' failed`) : undefined;
}

function succeeded(
  siblings: ReadonlyMap<string, Sibling>,
  producer: string | undefined,
): Sibling | undefined {
  const sibling = producer === undefined ? undefined : siblings.get(producer);
  return sibling?.outcome === 'succeeded' ? sibling : undefined;
}

/** `dag.outputs`: valueFromParameter, valueFromOneof, artifactSelectors (first producer that ran). */
export function dagOutputs(
  component: IrComponent,
  siblings: ReadonlyMap<string, Sibling>,
): TaskOutputs {
  const params: Record<string, JsonValue> = {};
  const artifacts: Record<string, readonly ArtifactRef[]> = {};
  for (const [name, spec] of entries(field(component.dagOutputs, 'parameters'))) {
    const selectors = asArray(field(spec, 'valueFromOneof', 'parameterSelectors')) ?? [
      asObject(field(spec, 'valueFromParameter')) ?? {},
    ];
    for (const selector of selectors) {
      const key = stringField(selector, 'outputParameterKey') ?? '';
      const value = succeeded(siblings, stringField(selector, 'producerSubtask'))?.outputs.params[
        key
      ];
      if (value !== undefined) {
        params[name] = value;
        break;
      }
    }
  }
  for (const [name, spec] of entries(field(component.dagOutputs, 'artifacts'))) {
    for (const selector of asArray(field(spec, 'artifactSelectors')) ?? []) {
      const key = stringField(selector, 'outputArtifactKey') ?? '';
      const list = succeeded(siblings, stringField(selector, 'producerSubtask'))?.outputs.artifacts[
        key
      ];
      if (list) {
        artifacts[name] = list;
        break;
      }
    }
  }
  return { params, artifacts };
}

/** Runs one DAG (a component's `dag.tasks`) from `start`. */
export function evalDag(
  ctx: IrContext,
  component: IrComponent,
  scope: Scope,
  start: number,
  place: Place,
): DagRun {
  const siblings = new Map<string, Sibling>();
  const results = scheduleDag(
    component.tasks ?? [],
    { start, failFast: true },
    (task, at, verdict) => {
      const run: Sibling =
        verdict === 'run'
          ? evalTask(ctx, task, scope, siblings, at, place)
          : { outcome: 'omitted', outputs: noOutputs, end: at };
      siblings.set(task.name, run);
      return run;
    },
  );
  const end = Math.max(start, ...[...results.values()].map((r) => r.end));
  const message = firstFailure(siblings);
  return {
    outcome: dagOutcome(results.values()),
    end,
    outputs: dagOutputs(component, siblings),
    ...(message ? { message } : {}),
  };
}

function fromNode(node: PlanNode<V2Info>): Sibling {
  const last = lastState(node.history);
  const outcome: Outcome = last?.phase === 'skipped' ? 'skipped' : 'succeeded';
  return { outcome, outputs: node.info.result, end: endOf(node.history) };
}

/** Marks a DAG-like node finished with its children's result and records its outputs. */
export function finishNode(
  ctx: IrContext,
  node: PlanNode<V2Info>,
  result: DagRun,
  outputType: 'OUTPUT' | 'ITERATOR_OUTPUT' = 'OUTPUT',
): Sibling {
  const end = result.end + delay(ctx, 300, node.key, 'finish');
  node.info.result = result.outputs;
  node.info.outputs = {
    params: Object.entries(result.outputs.params).map(([key, value]) => ({
      key,
      value,
      type: outputType,
      producer: { task: node.info.name },
    })),
    artifacts: Object.entries(result.outputs.artifacts).map(([key, artifacts]) => ({
      key,
      artifacts,
      type: outputType,
      producer: { task: node.info.name },
    })),
  };
  if (result.message !== undefined && result.outcome !== 'succeeded')
    node.info.message = result.message;
  ctx.plan.mark(
    node,
    end,
    result.outcome,
    result.outcome === 'succeeded' ? undefined : result.message,
  );
  return {
    outcome: result.outcome,
    outputs: result.outputs,
    end,
    ...(result.message ? { message: result.message } : {}),
  };
}

function checkCondition(ctx: IrContext, task: IrTask, inputs: ResolvedInputs): boolean | string {
  const condition = ctx.conditions.get(task.condition ?? '');
  if (!condition) return true;
  try {
    return condition.evaluate((name) =>
      name === 'inputs' ? { parameter_values: inputs.params } : undefined,
    );
  } catch (e) {
    if (e instanceof ExpressionEvalError)
      return `cannot evaluate the condition ${condition.text}: ${e.message}`;
    throw e;
  }
}

/** One task of a DAG: reused on retry, skipped by its condition, or run as loop / DAG / executor. */
function evalTask(
  ctx: IrContext,
  task: IrTask,
  scope: Scope,
  siblings: ReadonlyMap<string, Sibling>,
  at: number,
  place: Place,
): Sibling {
  const key = `${place.parentKey}/${task.name}`;
  const reused = ctx.plan.reuse(key);
  if (reused) return fromNode(reused);
  const component = ctx.pipeline.components.get(task.componentRef);
  if (!component)
    throw new SimError(`task '${task.name}' refers to a missing component '${task.componentRef}'`);
  const start = Math.max(at, ctx.notBefore);
  const inputs = resolveInputs(task, component, scope, siblings, ctx.wfName);
  const scopePath = `${place.scopePath}.${task.name}`;
  const parent = ctx.plan.nodes.get(place.parentKey);
  if (!parent) throw new SimError(`task '${task.name}' has no parent DAG '${place.parentKey}'`);
  const executor = ctx.pipeline.executors.get(component.executorLabel ?? '');
  const node = ctx.plan.add(
    key,
    place.parentKey,
    newInfo(ctx, key, {
      type: taskType(task, component),
      name: task.name,
      displayName: task.displayName,
      scopePath,
      argo: taskShape(parent.info.argo, task, component, field(executor, 'importer') !== undefined),
    }),
  );
  node.info.inputs = inputs.io;
  ctx.plan.mark(node, start, 'pending');
  if (task.condition !== undefined) {
    const verdict = checkCondition(ctx, task, inputs);
    if (verdict !== true) {
      const decided = start + delay(ctx, 1500, key, 'driver');
      driverPod(ctx, node, start, decided);
      ctx.plan.mark(node, decided, 'running');
      const end = decided + delay(ctx, 200, key, 'decided');
      if (verdict === false) {
        ctx.plan.mark(node, end, 'skipped');
        return { outcome: 'skipped', outputs: noOutputs, end };
      }
      node.info.message = verdict;
      ctx.plan.mark(node, end, 'failed', verdict);
      return { outcome: 'failed', outputs: noOutputs, end, message: verdict };
    }
  }
  const inner: Place = {
    parentKey: key,
    scopePath,
    ...(place.iteration !== undefined ? { iteration: place.iteration } : {}),
  };
  if (task.iterator)
    return runLoop(ctx, task, component, inputs, node, start, inner, { evalDag, finishNode });
  if (component.tasks) {
    const running = start + delay(ctx, 1500, key, 'driver');
    driverPod(ctx, node, start, running);
    ctx.plan.mark(node, running, 'running');
    return finishNode(
      ctx,
      node,
      evalDag(
        ctx,
        component,
        { params: inputs.params, artifacts: inputs.artifacts },
        running,
        inner,
      ),
    );
  }
  return runExecutor(ctx, task, component, inputs, node, start, place.iteration);
}
