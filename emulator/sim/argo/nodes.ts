import { endOf, lastState, type Outcome, type PlanNode } from '../plan.ts';
import { argoNodeId, argoPodName } from '../pod-name.ts';
import type { ArgoContext, ArgoInfo, ArgoNodeType, Call, NodeRun } from './types.ts';
import { noArgoOutputs } from './substitute.ts';

/** Argo's node id: the workflow name for the root, else `<workflow>-<fnv32a(node name)>`. */
export function nodeId(ctx: ArgoContext, name: string): string {
  return argoNodeId(ctx.wfName, name);
}

/** Argo's pod name (POD_NAMES=v2): `<workflow>-<template>-<fnv32a(node name)>`, same hash as the node id. */
export function podNameOf(ctx: ArgoContext, nodeName: string, template: string): string {
  return argoPodName(ctx.wfName, template, nodeName);
}

export function addNode(
  ctx: ArgoContext,
  call: Pick<Call, 'key' | 'displayName' | 'parentKey' | 'boundaryKey'>,
  type: ArgoNodeType,
  templateName?: string,
): PlanNode<ArgoInfo> {
  return ctx.plan.add(call.key, call.parentKey, {
    id: nodeId(ctx, call.key),
    name: call.key,
    displayName: call.displayName,
    type,
    ...(templateName !== undefined ? { templateName } : {}),
    ...(call.boundaryKey !== undefined ? { boundaryKey: call.boundaryKey } : {}),
    argoChildren: [],
    outbound: [],
    result: noArgoOutputs,
  });
}

export function link(ctx: ArgoContext, fromKey: string, toKey: string): void {
  const children = ctx.plan.nodes.get(fromKey)?.info.argoChildren;
  if (children && !children.includes(toKey)) children.push(toKey);
}

/** Where edges leaving a node start (Argo's getOutboundNodes). */
export function outboundOf(node: PlanNode<ArgoInfo>): string[] {
  switch (node.info.type) {
    case 'Pod':
    case 'Skipped':
      return [node.key];
    case 'Retry': {
      const last = node.info.argoChildren[node.info.argoChildren.length - 1];
      return last === undefined ? [node.key] : [last];
    }
    default:
      return node.info.outbound.length > 0 ? node.info.outbound : [node.key];
  }
}

/** A node reused from the previous attempt of a retried run. */
export function reusedRun(node: PlanNode<ArgoInfo>): NodeRun {
  const outcome: Outcome = lastState(node.history)?.phase === 'skipped' ? 'skipped' : 'succeeded';
  return {
    keys: [node.key],
    outcome,
    end: endOf(node.history),
    outputs: node.info.result,
    outbound: outboundOf(node),
  };
}

/** A node that ends at once: Skipped (when false), Omitted (upstream failed) or Error. */
export function instantNode(
  ctx: ArgoContext,
  call: Pick<Call, 'key' | 'displayName' | 'parentKey' | 'boundaryKey'>,
  type: ArgoNodeType,
  templateName: string | undefined,
  at: number,
  outcome: Outcome,
  message: string,
): NodeRun {
  const node = addNode(ctx, call, type, templateName);
  node.info.message = message;
  if (outcome === 'error') ctx.plan.mark(node, at, 'pending');
  ctx.plan.mark(node, at, outcome, message);
  const failure =
    outcome === 'error' || outcome === 'failed'
      ? { message: `${call.displayName}: ${message}` }
      : {};
  return {
    keys: [node.key],
    outcome,
    end: at,
    outputs: noArgoOutputs,
    outbound: [node.key],
    ...failure,
  };
}
