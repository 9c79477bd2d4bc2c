import { parseJson } from '../json.ts';
import type { PlanNode } from '../plan.ts';
import { delay } from '../walk-context.ts';
import type { IrContext, Place } from './context.ts';
import type { ResolvedInputs } from './inputs.ts';
import { loopItems } from './inputs.ts';
import { iterationShape, newInfo } from './names.ts';
import { driverPod } from './pods.ts';
import type { IrComponent, IrTask } from './spec.ts';
import { noOutputs, type ArtifactRef, type Sibling, type V2Info } from './types.ts';
import type { DagRun, evalDag, finishNode } from './walker.ts';
import type { JsonValue } from '../../lib/json.ts';

function fail(ctx: IrContext, node: PlanNode<V2Info>, at: number, message: string): Sibling {
  node.info.message = message;
  ctx.plan.mark(node, at, 'failed', message);
  return { outcome: 'failed', outputs: noOutputs, end: at, message };
}

/** The loop's items: parameter values, or artifacts for an artifactIterator. */
function items(
  task: IrTask,
  inputs: ResolvedInputs,
): readonly (JsonValue | ArtifactRef)[] | undefined {
  const iterator = task.iterator;
  if (!iterator) return undefined;
  if (iterator.kind === 'artifact')
    return iterator.input === undefined ? undefined : inputs.artifacts[iterator.input];
  if (iterator.raw !== undefined) {
    const parsed = parseJson(iterator.raw);
    return Array.isArray(parsed) ? parsed : undefined;
  }
  return iterator.input === undefined ? undefined : loopItems(inputs.params[iterator.input]);
}

function isArtifact(item: JsonValue | ArtifactRef): item is ArtifactRef {
  return (
    typeof item === 'object' &&
    item !== null &&
    !Array.isArray(item) &&
    'uri' in item &&
    'schemaTitle' in item
  );
}

/** A ParallelFor: one iteration DAG per item, at most `parallelismLimit` at a time; outputs are collected. */
export function runLoop(
  ctx: IrContext,
  task: IrTask,
  component: IrComponent,
  inputs: ResolvedInputs,
  node: PlanNode<V2Info>,
  start: number,
  place: Place,
  /** The walker's DAG functions, passed in so that the walker alone imports its recursion. */
  dag: { readonly evalDag: typeof evalDag; readonly finishNode: typeof finishNode },
): Sibling {
  const running = start + delay(ctx, 1500, node.key, 'driver');
  driverPod(ctx, node, start, running);
  ctx.plan.mark(node, running, 'running');
  const iterator = task.iterator;
  const list = items(task, inputs);
  if (!iterator || !list) {
    return fail(
      ctx,
      node,
      running + delay(ctx, 200, node.key),
      `iterating on item input '${iterator?.itemInput ?? ''}' failed: the items are not a list`,
    );
  }
  node.info.iterationCount = list.length;
  const values = list.filter((item): item is JsonValue => !isArtifact(item));
  const artifactItems = list.filter(isArtifact);
  node.info.inputs = {
    params: [
      ...node.info.inputs.params,
      ...(iterator.kind === 'parameter'
        ? [
            {
              key: iterator.itemInput,
              value: values,
              type:
                iterator.raw !== undefined
                  ? ('ITERATOR_INPUT_RAW' as const)
                  : ('ITERATOR_INPUT' as const),
            },
          ]
        : []),
    ],
    artifacts: [
      ...node.info.inputs.artifacts,
      ...(iterator.kind === 'artifact'
        ? [{ key: iterator.itemInput, artifacts: artifactItems, type: 'ITERATOR_INPUT' as const }]
        : []),
    ],
  };
  if (list.length === 0) {
    const end = running + delay(ctx, 200, node.key, 'empty');
    ctx.plan.mark(node, end, 'skipped');
    return { outcome: 'skipped', outputs: noOutputs, end };
  }
  const slots =
    task.parallelismLimit > 0 ? new Array<number>(task.parallelismLimit).fill(running) : undefined;
  const runs: DagRun[] = [];
  list.forEach((item, index) => {
    const key = `${node.key}/${index}`;
    const slot = slots ? slots.indexOf(Math.min(...slots)) : -1;
    const at = Math.max(running, slots?.[slot] ?? running, ctx.notBefore);
    const reused = ctx.plan.reuse(key);
    let run: DagRun;
    if (reused) {
      const last = reused.history[reused.history.length - 1];
      run = { outcome: 'succeeded', end: last?.at ?? at, outputs: reused.info.result };
    } else {
      const iteration = ctx.plan.add(
        key,
        node.key,
        newInfo(ctx, key, {
          type: 'DAG',
          name: task.name,
          displayName: task.displayName,
          scopePath: place.scopePath,
          iterationIndex: index,
          argo: iterationShape(node.info.argo, index),
        }),
      );
      ctx.plan.mark(iteration, at, 'pending');
      const begun = at + delay(ctx, 1000, key, 'driver');
      driverPod(ctx, iteration, at, begun);
      ctx.plan.mark(iteration, begun, 'running');
      const scope = isArtifact(item)
        ? {
            params: inputs.params,
            artifacts: { ...inputs.artifacts, [iterator.itemInput]: [item] },
          }
        : { params: { ...inputs.params, [iterator.itemInput]: item }, artifacts: inputs.artifacts };
      const result = dag.evalDag(ctx, component, scope, begun, {
        parentKey: key,
        scopePath: place.scopePath,
        iteration: index,
      });
      const finished = dag.finishNode(ctx, iteration, result);
      run = { ...result, end: finished.end };
    }
    runs.push(run);
    if (slots && slot >= 0) slots[slot] = run.end;
  });
  const collected = new Map<string, JsonValue[]>();
  const artifacts: Record<string, ArtifactRef[]> = {};
  for (const run of runs) {
    for (const [key, value] of Object.entries(run.outputs.params))
      collected.set(key, [...(collected.get(key) ?? []), value]);
    for (const [key, list] of Object.entries(run.outputs.artifacts))
      (artifacts[key] ??= []).push(...list);
  }
  const params: Record<string, JsonValue> = Object.fromEntries(collected);
  const failed = runs.find((r) => r.outcome === 'failed' || r.outcome === 'error');
  const end = Math.max(...runs.map((r) => r.end));
  return dag.finishNode(
    ctx,
    node,
    {
      outcome: failed ? 'failed' : 'succeeded',
      end,
      outputs: { params, artifacts },
      ...(failed?.message ? { message: failed.message } : {}),
    },
    'ITERATOR_OUTPUT',
  );
}
