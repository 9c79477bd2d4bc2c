import type { Outcome } from '../plan.ts';
import type { WalkContext } from '../walk-context.ts';
import type { ArgoWorkflow } from './spec.ts';
import type { ArgoOutputs } from './substitute.ts';
import type { JsonObject } from '../../lib/json.ts';

export type ArgoNodeType =
  'Pod' | 'DAG' | 'Steps' | 'StepGroup' | 'TaskGroup' | 'Retry' | 'Skipped' | 'Workflow';

/** An Argo node in the plan (the synthetic `Workflow` root carries the workflow's phase). */
export interface ArgoInfo {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly type: ArgoNodeType;
  readonly templateName?: string;
  readonly boundaryKey?: string;
  /** Argo's `children`: the graph edges (downstream nodes), not the containment. */
  readonly argoChildren: string[];
  outbound: string[];
  inputs?: JsonObject;
  outputs?: JsonObject;
  result: ArgoOutputs;
  message?: string;
  /** Why a Pending pod waits (Argo copies the pod's reason into the node's message). */
  waiting?: string;
  podName?: string;
}

export interface ArgoContext extends WalkContext<ArgoInfo> {
  readonly workflow: ArgoWorkflow;
  /** `{{workflow.parameters.x}}` */
  readonly globals: Readonly<Record<string, string>>;
  /** `{{workflow.name}}`, `{{workflow.status}}`, … */
  readonly workflowVars: Record<string, string>;
  readonly createdIso: string;
}

/** One template invocation: a node to create. */
export interface Call {
  readonly key: string;
  readonly displayName: string;
  readonly template: string;
  /** The DAG task / step name (failure injection, behaviour display name). */
  readonly taskName: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly artifacts: Readonly<
    Record<string, { readonly key?: string; readonly bytes: Uint8Array }>
  >;
  readonly parentKey: string;
  readonly boundaryKey?: string;
  readonly start: number;
  readonly depth: number;
}

/** What a caller learns from a created node (or a group of them). */
export interface NodeRun {
  /** Nodes created at this level (the caller links them). */
  readonly keys: readonly string[];
  readonly outcome: Outcome;
  readonly end: number;
  readonly outputs: ArgoOutputs;
  /** Leaf nodes downstream edges attach to. */
  readonly outbound: readonly string[];
  /** Why it failed, for the run's error. */
  readonly message?: string;
}

/** Argo gives up beyond this template nesting ("Maximum recursion depth exceeded"). */
export const maxRecursionDepth = 100;
