import type { Outcome, PlanNode } from '../plan.ts';
import { EXECUTOR_LOGS } from './artifacts.ts';
import type { IrContext } from './context.ts';
import { noOutputs, type ArtifactRef, type Sibling, type V2Info } from './types.ts';
import type { JsonValue } from '../../lib/json.ts';

export function record(
  ctx: IrContext,
  node: PlanNode<V2Info>,
  outcome: Outcome,
  end: number,
  message?: string,
): Sibling {
  if (message !== undefined) node.info.message = message;
  ctx.plan.mark(node, end, outcome, message);
  return {
    outcome,
    outputs: outcome === 'succeeded' ? node.info.result : noOutputs,
    end,
    ...(message !== undefined ? { message } : {}),
  };
}

/**
 * The task's outputs: `result` for the tasks after it, and what it recorded, which also has the
 * `executor-logs` files (`logs`): no later task can take those as an input.
 */
export function setOutputs(
  node: PlanNode<V2Info>,
  params: Record<string, JsonValue>,
  artifacts: Record<string, readonly ArtifactRef[]>,
  iteration: number | undefined,
  logs: readonly ArtifactRef[] = [],
): void {
  node.info.result = { params, artifacts };
  recordOutputs(
    node,
    params,
    logs.length > 0 ? { ...artifacts, [EXECUTOR_LOGS]: logs } : artifacts,
    iteration,
  );
}

export function recordOutputs(
  node: PlanNode<V2Info>,
  params: Record<string, JsonValue>,
  artifacts: Record<string, readonly ArtifactRef[]>,
  iteration: number | undefined,
): void {
  const producer = { task: node.info.name, ...(iteration !== undefined ? { iteration } : {}) };
  node.info.outputs = {
    params: Object.entries(params).map(([key, value]) => ({
      key,
      value,
      type: 'OUTPUT',
      producer,
    })),
    artifacts: Object.entries(artifacts).map(([key, list]) => ({
      key,
      artifacts: list,
      type: 'OUTPUT',
      producer,
    })),
  };
}
