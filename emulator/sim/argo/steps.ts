import { delay } from '../walk-context.ts';
import { templateOutputs } from './dag.ts';
import { addNode, link } from './nodes.ts';
import type { ArgoTemplate } from './spec.ts';
import { noArgoOutputs, type ArgoOutputs, type VarScope } from './substitute.ts';
import type { ArgoContext, Call, NodeRun } from './types.ts';
import type { expandTask } from './walker.ts';

/** A steps template: step groups run one after another, the steps of a group in parallel. */
export function runSteps(
  ctx: ArgoContext,
  call: Call,
  template: ArgoTemplate,
  inputs: Readonly<Record<string, string>>,
  /** The walker's expandTask, passed in so that the walker alone imports its recursion. */
  expand: typeof expandTask,
): NodeRun {
  const node = addNode(ctx, call, 'Steps', template.name);
  ctx.plan.mark(node, call.start, 'running');
  const siblings = new Map<string, ArgoOutputs>();
  const scope: VarScope = { inputs, siblings, workflow: ctx.workflowVars, globals: ctx.globals };
  let at = call.start;
  let previous: readonly string[] = [];
  let failure: NodeRun | undefined;
  for (const [index, group] of template.steps.entries()) {
    const groupKey = `${call.key}[${index}]`;
    const groupNode = addNode(
      ctx,
      { key: groupKey, displayName: `[${index}]`, parentKey: call.key, boundaryKey: call.key },
      'StepGroup',
      template.name,
    );
    ctx.plan.mark(groupNode, at, 'running');
    if (index === 0) link(ctx, call.key, groupKey);
    for (const from of previous) link(ctx, from, groupKey);
    const runs = group.map((step) => {
      const run = expand(
        ctx,
        step,
        scope,
        {
          key: `${groupKey}.${step.name}`,
          displayName: step.name,
          parentKey: groupKey,
          boundaryKey: call.key,
          at,
          depth: call.depth + 1,
        },
        false,
      );
      for (const key of run.keys) link(ctx, groupKey, key);
      siblings.set(step.name, run.outputs);
      return run;
    });
    const end = Math.max(at, ...runs.map((r) => r.end)) + delay(ctx, 200, groupKey, 'done');
    failure = runs.find((r) => r.outcome === 'failed' || r.outcome === 'error');
    previous = runs.flatMap((r) => r.outbound);
    groupNode.info.outbound = [...previous];
    ctx.plan.mark(groupNode, end, failure ? 'failed' : 'succeeded');
    at = end;
    if (failure) break;
  }
  node.info.outbound = [...previous];
  const outcome = failure ? 'failed' : 'succeeded';
  const outputs = failure ? noArgoOutputs : templateOutputs(template, scope);
  node.info.result = outputs;
  const end = at + delay(ctx, 200, call.key, 'done');
  ctx.plan.mark(
    node,
    end,
    outcome,
    failure ? `child '${failure.keys[0] ?? ''}' failed` : undefined,
  );
  return {
    keys: [node.key],
    outcome,
    end,
    outputs,
    outbound: previous.length > 0 ? previous : [node.key],
    ...(failure?.message ? { message: failure.message } : {}),
  };
}
