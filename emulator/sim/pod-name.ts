import { fnv32a } from './random.ts';

/**
 * The one pod-naming function of the simulator (v1 and v2 runs, logs, ML Metadata): Argo's
 * POD_NAMES=v2 scheme, `<workflow>-<template>-<fnv32a(node name)>` (the hash of the node id), which
 * KFP's API server reverses in backend/src/common/util/workflow.go `RetrievePodName`. The workflow's
 * own node is named after the workflow.
 */
export function argoPodName(workflowName: string, template: string, nodeName: string): string {
  if (nodeName === workflowName) return workflowName;
  const prefix = `${workflowName}-${template}`.slice(0, 242);
  return `${prefix}-${fnv32a(nodeName)}`;
}

/** Argo's node id: the workflow name for its own node, else `<workflow>-<fnv32a(node name)>`. */
export function argoNodeId(workflowName: string, nodeName: string): string {
  return nodeName === workflowName ? workflowName : `${workflowName}-${fnv32a(nodeName)}`;
}
