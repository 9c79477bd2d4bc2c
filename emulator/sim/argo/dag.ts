import { dagOutcome, scheduleDag, type ItemResult } from '../dag-schedule.ts';
import { stringField } from '../json.ts';
import { delay } from '../walk-context.ts';
import { addNode, instantNode, link } from './nodes.ts';
import type { ArgoTask, ArgoTemplate } from './spec.ts';
import { noArgoOutputs, substitute, type ArgoOutputs, type VarScope } from './substitute.ts';
import type { ArgoContext, Call, NodeRun } from './types.ts';
import { taskDeps } from './validate.ts';
import type { expandTask } from './walker.ts';

/** `outputs.parameters[].valueFrom.parameter` of a DAG or steps template. */
export function templateOutputs(template: ArgoTemplate, scope: VarScope): ArgoOutputs {
  const parameters: Record<string, string> = {};
  for (const p of template.outputParameters) {
    const from = stringField(p.valueFrom, 'parameter');
    if (from !== undefined) parameters[p.name] = substitute(from, scope);
  }
  return { parameters, artifacts: {} };
}

interface DagItem {
  readonly name: string;
  readonly deps: readonly string[];
  readonly runsAfterFailures: boolean;
  readonly task: ArgoTask;
}

/** A DAG template: tasks in dependency order, `failFast`, `parallelism`, Argo's edges and outbound nodes. */
export function runDag(
  ctx: ArgoContext,
  call: Call,
  template: ArgoTemplate,
  inputs: Readonly<Record<string, string>>,
  /** The walker's expandTask, passed in so that the walker alone imports its recursion. */
  expand: typeof expandTask,
): NodeRun {
  const node = addNode(ctx, call, 'DAG', template.name);
  node.info.inputs =
    template.inputParameters.length > 0
      ? {
          parameters: template.inputParameters.map((p) => ({
            name: p.name,
            value: inputs[p.name] ?? '',
          })),
        }
      : {};
  ctx.plan.mark(node, call.start, 'running');
  const siblings = new Map<string, ArgoOutputs>();
  const scope: VarScope = { inputs, siblings, workflow: ctx.workflowVars, globals: ctx.globals };
  const items: DagItem[] = template.tasks.map((task) => ({
    name: task.name,
    deps: taskDeps(task),
    runsAfterFailures: false,
    task,
  }));
  const runs = new Map<string, NodeRun>();
  const blocked = new Set<string>();
  const results = scheduleDag(
    items,
    { start: call.start, failFast: template.failFast, parallelism: template.parallelism },
    (item, at, verdict): ItemResult => {
      if (verdict === 'blocked' || (verdict === 'omit' && item.deps.some((d) => blocked.has(d)))) {
        blocked.add(item.name);
        return { outcome: 'omitted', end: at };
      }
      const place = {
        key: `${call.key}.${item.name}`,
        displayName: item.name,
        parentKey: call.key,
        boundaryKey: call.key,
        at,
        depth: call.depth + 1,
      };
      const run =
        verdict === 'omit'
          ? instantNode(
              ctx,
              place,
              'Skipped',
              item.task.template,
              at,
              'omitted',
              'omitted: depends condition not met',
            )
          : expand(ctx, item.task, scope, place, true);
      for (const key of run.keys) {
        if (item.deps.length === 0) link(ctx, call.key, key);
        for (const dep of item.deps)
          for (const from of runs.get(dep)?.outbound ?? []) link(ctx, from, key);
      }
      runs.set(item.name, run);
      siblings.set(item.name, run.outputs);
      return run;
    },
  );
  const upstream = new Set(items.flatMap((i) => i.deps));
  node.info.outbound = items
    .filter((i) => !upstream.has(i.name))
    .flatMap((i) => runs.get(i.name)?.outbound ?? []);
  const outcome = dagOutcome(results.values());
  const end =
    Math.max(call.start, ...[...results.values()].map((r) => r.end)) +
    delay(ctx, 200, call.key, 'done');
  const failed = [...runs.entries()].find(
    ([, r]) => r.outcome === 'failed' || r.outcome === 'error',
  );
  const outputs = outcome === 'succeeded' ? templateOutputs(template, scope) : noArgoOutputs;
  node.info.result = outputs;
  if (Object.keys(outputs.parameters).length > 0) {
    node.info.outputs = {
      parameters: Object.entries(outputs.parameters).map(([name, value]) => ({ name, value })),
    };
  }
  if (failed)
    node.info.message = `child '${ctx.plan.nodes.get(failed[1].keys[0] ?? '')?.info.id ?? failed[0]}' failed`;
  ctx.plan.mark(node, end, outcome, failed ? node.info.message : undefined);
  return {
    keys: [node.key],
    outcome,
    end,
    outputs,
    outbound: node.info.outbound.length > 0 ? node.info.outbound : [node.key],
    ...(failed?.[1].message ? { message: failed[1].message } : {}),
  };
}
