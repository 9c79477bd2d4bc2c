import { podHistory, type PlanNode } from '../plan.ts';
import { driverPodSpec } from '../pod-spec.ts';
import { uuidFrom } from '../random.ts';
import { delay } from '../walk-context.ts';
import type { IrContext } from './context.ts';
import { podName } from './names.ts';
import type { V2Info } from './types.ts';

export function isoAt(ctx: IrContext, offset: number): string {
  return new Date(ctx.createdAtMs + offset).toISOString();
}

/**
 * A KFP v2 driver pod for a node (an importer's one `system-importer` pod): it resolves inputs,
 * decides conditions, then ends. Named after the node's driver Argo node.
 */
export function driverPod(ctx: IrContext, node: PlanNode<V2Info>, from: number, to: number): void {
  const shape = node.info.argo;
  const template = shape.driverTemplate ?? shape.template;
  const name = podName(ctx, template, shape.driver ?? shape.node);
  const running = Math.min(to, from + delay(ctx, 400, node.key, 'driver-pod'));
  ctx.plan.addPod({
    name,
    uid: uuidFrom(ctx.runId, name, ctx.runAttempt),
    nodeKey: node.key,
    role: 'driver',
    runAttempt: ctx.runAttempt,
    history: podHistory(from, running, to, 'succeeded'),
    log: [
      `time="${isoAt(ctx, running)}" level=info msg="driver: ${template} for task ${node.info.name}"`,
      `time="${isoAt(ctx, running)}" level=info msg="run ${ctx.runId}, execution ${node.info.executionId}, scope ${node.info.scopePath}"`,
      `time="${isoAt(ctx, to)}" level=info msg="driver finished"`,
    ],
    writes: [],
    finalWrites: [],
    spec: driverPodSpec({ templateName: template, nodeName: shape.driver ?? shape.node }),
  });
}
