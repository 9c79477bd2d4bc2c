import { ExpressionEvalError, ExpressionSyntaxError, parseCondition } from '../expression.ts';
import { jsonToText, parseJson } from '../json.ts';
import { SimError } from '../plan.ts';
import { delay } from '../walk-context.ts';
import { runDag } from './dag.ts';
import { addNode, instantNode, link, reusedRun } from './nodes.ts';
import { runPod, runRetry } from './pod.ts';
import type { ArgoTask } from './spec.ts';
import { runSteps } from './steps.ts';
import { artifactFrom, itemLabel, noArgoOutputs, substitute, type VarScope } from './substitute.ts';
import { maxRecursionDepth, type ArgoContext, type Call, type NodeRun } from './types.ts';
import type { JsonValue } from '../../lib/json.ts';

const encoder = new TextEncoder();
export const workflowKey = '@workflow';

/** Runs one template invocation: reused on retry, or a Pod / Retry / DAG / Steps node. */
export function executeTemplate(ctx: ArgoContext, call: Call): NodeRun {
  const reused = ctx.plan.reuse(call.key);
  if (reused) return reusedRun(reused);
  const template = ctx.workflow.templates.get(call.template);
  if (!template) throw new SimError(`template '${call.template}' not found`);
  const at = Math.max(call.start, ctx.notBefore);
  const type = template.kind === 'dag' ? 'DAG' : template.kind === 'steps' ? 'Steps' : 'Pod';
  if (call.depth > maxRecursionDepth) {
    return instantNode(
      ctx,
      call,
      type,
      template.name,
      at,
      'error',
      'Maximum recursion depth exceeded. See https://argoproj.github.io/argo-workflows/scaling/#maximum-recursion-depth',
    );
  }
  const inputs: Record<string, string> = {};
  for (const p of template.inputParameters) {
    const value =
      call.parameters[p.name] ??
      (p.value === undefined
        ? undefined
        : substitute(p.value, {
            inputs: {},
            siblings: new Map(),
            workflow: ctx.workflowVars,
            globals: ctx.globals,
          }));
    if (value === undefined)
      return instantNode(
        ctx,
        call,
        type,
        template.name,
        at,
        'error',
        `inputs.parameters.${p.name} was not supplied`,
      );
    inputs[p.name] = value;
  }
  const timed = { ...call, start: at };
  if (template.kind === 'dag') return runDag(ctx, timed, template, inputs, expandTask);
  if (template.kind === 'steps') return runSteps(ctx, timed, template, inputs, expandTask);
  return template.retryLimit > 0
    ? runRetry(ctx, timed, template, inputs)
    : runPod(ctx, timed, template, inputs, 0);
}

export interface Place {
  readonly key: string;
  readonly displayName: string;
  readonly parentKey: string;
  readonly boundaryKey: string;
  readonly at: number;
  readonly depth: number;
}

/** One instance of a task: its `when`, its arguments, then the template. */
function instance(ctx: ArgoContext, task: ArgoTask, scope: VarScope, place: Place): NodeRun {
  if (task.when !== undefined) {
    const text = substitute(task.when, scope);
    let ok: boolean;
    try {
      ok = parseCondition(text, 'argo').evaluate(() => undefined);
    } catch (e) {
      if (e instanceof ExpressionSyntaxError)
        throw new SimError(
          `cannot parse the when expression of task '${task.name}' (${task.when} → ${text}): ${e.message}`,
        );
      if (e instanceof ExpressionEvalError)
        return instantNode(
          ctx,
          place,
          'Skipped',
          task.template,
          place.at,
          'error',
          `invalid when expression '${text}': ${e.message}`,
        );
      throw e;
    }
    if (!ok)
      return instantNode(
        ctx,
        place,
        'Skipped',
        task.template,
        place.at,
        'skipped',
        `when '${text}' evaluated false`,
      );
  }
  const parameters: Record<string, string> = {};
  for (const p of task.parameters) parameters[p.name] = substitute(p.value ?? '', scope);
  const artifacts: Record<string, { key?: string; bytes: Uint8Array }> = {};
  for (const a of task.artifacts) {
    const found = a.from === undefined ? undefined : artifactFrom(a.from, scope);
    if (found) artifacts[a.name] = found;
    else if (a.raw !== undefined)
      artifacts[a.name] = { bytes: encoder.encode(substitute(a.raw, scope)) };
  }
  return executeTemplate(ctx, {
    key: place.key,
    displayName: place.displayName,
    template: task.template,
    taskName: task.name,
    parameters,
    artifacts,
    parentKey: place.parentKey,
    boundaryKey: place.boundaryKey,
    start: place.at,
    depth: place.depth,
  });
}

function loopItems(task: ArgoTask, scope: VarScope): readonly JsonValue[] | string {
  if (task.withItems) return task.withItems;
  const text = substitute(task.withParam ?? '', scope);
  const parsed = parseJson(text);
  return Array.isArray(parsed)
    ? parsed
    : `withParam value could not be parsed as a JSON list: ${text}`;
}

/**
 * A DAG task or a step, with its loop: `withItems` / `withParam` expand into `name(i:item)` nodes
 * (under a TaskGroup node in a DAG, directly in the step group for steps).
 */
export function expandTask(
  ctx: ArgoContext,
  task: ArgoTask,
  scope: VarScope,
  place: Place,
  grouped: boolean,
): NodeRun {
  if (!task.withItems && task.withParam === undefined) return instance(ctx, task, scope, place);
  const items = loopItems(task, scope);
  if (typeof items === 'string')
    return instantNode(
      ctx,
      place,
      grouped ? 'TaskGroup' : 'Skipped',
      task.template,
      place.at,
      'error',
      items,
    );
  const group = grouped ? addNode(ctx, place, 'TaskGroup', task.template) : undefined;
  if (group) ctx.plan.mark(group, place.at, 'running');
  const runs = items.map((item, i) => {
    const label = `(${i}:${itemLabel(item)})`;
    return instance(
      ctx,
      task,
      { ...scope, item },
      {
        ...place,
        key: `${place.key}${label}`,
        displayName: `${task.name}${label}`,
        parentKey: group ? place.key : place.parentKey,
      },
    );
  });
  const failed = runs.find((r) => r.outcome === 'failed' || r.outcome === 'error');
  const end = Math.max(place.at, ...runs.map((r) => r.end));
  const outbound = runs.flatMap((r) => r.outbound);
  const outcome = failed ? 'failed' : runs.length === 0 ? 'skipped' : 'succeeded';
  if (!group)
    return {
      keys: runs.flatMap((r) => r.keys),
      outcome,
      end,
      outputs: noArgoOutputs,
      outbound,
      ...(failed?.message ? { message: failed.message } : {}),
    };
  for (const run of runs) for (const key of run.keys) link(ctx, group.key, key);
  group.info.outbound = outbound;
  const finished = end + delay(ctx, 200, group.key, 'done');
  if (failed) group.info.message = `child '${failed.keys[0] ?? ''}' failed`;
  ctx.plan.mark(
    group,
    finished,
    outcome,
    failed ? group.info.message : runs.length === 0 ? 'Skipped, empty params' : undefined,
  );
  return {
    keys: [group.key],
    outcome,
    end: finished,
    outputs: noArgoOutputs,
    outbound: outbound.length > 0 ? outbound : [group.key],
    ...(failed?.message ? { message: failed.message } : {}),
  };
}

/** The whole workflow: arguments, the entrypoint, then `spec.onExit` whatever happened. */
export function walkArgo(ctx: ArgoContext): void {
  const plan = ctx.plan;
  const root = addNode(
    ctx,
    { key: workflowKey, displayName: ctx.wfName, parentKey: '' },
    'Workflow',
  );
  if (ctx.runAttempt === 0) plan.mark(root, ctx.notBefore, 'pending');
  const start = ctx.runAttempt === 0 ? ctx.notBefore + delay(ctx, 1000, 'workflow') : ctx.notBefore;
  plan.mark(root, start, 'running');
  const entry = executeTemplate(ctx, {
    key: ctx.wfName,
    displayName: ctx.wfName,
    template: ctx.workflow.entrypoint,
    taskName: ctx.workflow.entrypoint,
    parameters: ctx.globals,
    artifacts: {},
    parentKey: workflowKey,
    start,
    depth: 0,
  });
  let end = entry.end;
  let failure = entry.outcome === 'failed' || entry.outcome === 'error' ? entry : undefined;
  if (ctx.workflow.onExit !== undefined) {
    ctx.workflowVars.status = failure ? 'Failed' : 'Succeeded';
    const exit = executeTemplate(ctx, {
      key: `${ctx.wfName}.onExit`,
      displayName: `${ctx.wfName}.onExit`,
      template: ctx.workflow.onExit,
      taskName: ctx.workflow.onExit,
      parameters: {},
      artifacts: {},
      parentKey: workflowKey,
      start: entry.end + delay(ctx, 800, 'onExit'),
      depth: 0,
    });
    end = exit.end;
    if (!failure && (exit.outcome === 'failed' || exit.outcome === 'error')) failure = exit;
  }
  const message = failure
    ? (failure.message ?? `child '${jsonToText(failure.keys[0] ?? '')}' failed`)
    : undefined;
  plan.mark(
    root,
    end + delay(ctx, 500, 'workflow', 'done'),
    failure ? (failure.outcome === 'error' ? 'error' : 'failed') : 'succeeded',
    message,
  );
}
