/**
 * Run-state overlay of a v1 (Argo) run: the live Workflow's `status.nodes` (or `status.compressedNodes`,
 * base64 gzip of the same JSON) mapped onto `graphFromArgoWorkflow` ids `<entrypoint>/<task>/…`.
 * A node's graph id comes from its boundary (the DAG it runs in) plus its task name; loop iterations
 * (`for-loop-1(0:a)`) and retries (`task(1)`) land on their task; a recursive call's nodes land in the
 * group it calls, one level deeper. Virtual nodes (StepGroup) are skipped.
 */
import { ARGO_EXIT_ID } from './from-argo-workflow.ts';
import type { PipelineGraph } from './graph-model.ts';
import { walkOverlay } from './overlay-walk.ts';
import {
  durationBetween,
  placeChild,
  type NodeExecution,
  type NodeRunState,
  type RunArtifact,
  type RunOverlay,
  type RunParameter,
} from './run-state.ts';
import { arrayAt, record, stringAt, type UnknownRecord } from './unknown-reader.ts';
import { isRecord } from '@/lib/parse/reader.ts';
export function argoPhaseState(phase: string | undefined): NodeRunState {
  switch (phase) {
    case 'Running':
      return 'RUNNING';
    case 'Succeeded':
      return 'SUCCEEDED';
    case 'Skipped':
    case 'Omitted':
      return 'SKIPPED';
    case 'Failed':
    case 'Error':
      return 'FAILED';
    default:
      return 'PENDING';
  }
}

/** `status.compressedNodes` → the nodes object (base64 → gunzip with DecompressionStream → JSON). */
export async function decompressNodes(compressed: string): Promise<unknown> {
  const binary = atob(compressed.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  const text = await new Response(stream).text();
  const parsed: unknown = JSON.parse(text);
  return parsed;
}

/** The workflow's nodes, decompressing `compressedNodes` when `nodes` is absent. */
export async function workflowNodes(workflow: unknown): Promise<UnknownRecord> {
  const status = record(stringOr(workflow));
  const nodes = status?.nodes;
  if (isRecord(nodes)) return nodes;
  const compressed = status?.compressedNodes;
  if (typeof compressed === 'string' && compressed !== '') {
    const decoded = await decompressNodes(compressed);
    if (isRecord(decoded)) return decoded;
    throw new Error('status.compressedNodes does not hold a nodes object');
  }
  return {};
}

function stringOr(workflow: unknown): unknown {
  return isRecord(workflow) ? workflow.status : undefined;
}

const ITERATION = /\((\d+):.*\)$/s;
const ATTEMPT = /\((\d+)\)$/;

/** `for-loop-1(0:a)` → task `for-loop-1`, iteration 0; `train(2)` → task `train`, attempt 2. */
export function splitDisplayName(displayName: string): {
  task: string;
  iteration?: number;
  attempt?: number;
} {
  const iteration = ITERATION.exec(displayName);
  if (iteration?.[1] !== undefined)
    return { task: displayName.slice(0, iteration.index), iteration: Number(iteration[1]) };
  const attempt = ATTEMPT.exec(displayName);
  if (attempt?.[1] !== undefined)
    return { task: displayName.slice(0, attempt.index), attempt: Number(attempt[1]) };
  return { task: displayName };
}

/**
 * Argo's pod name: `<workflow>-<template>-<hash>` (pod name format v2, the default), or the node id
 * when the workflow says `pod-name-format: v1`.
 */
export function argoPodName(workflow: unknown, node: UnknownRecord): string | undefined {
  if (stringAt(node, 'type') !== 'Pod') return undefined;
  const id = stringAt(node, 'id') ?? '';
  const wfName = stringAt(workflow, 'metadata', 'name') ?? '';
  const format = stringAt(
    workflow,
    'metadata',
    'annotations',
    'workflows.argoproj.io/pod-name-format',
  );
  const template = stringAt(node, 'templateName');
  if (format === 'v1' || template === undefined || !id.startsWith(`${wfName}-`)) return id;
  return `${`${wfName}-${template}`.slice(0, 242)}-${id.slice(wfName.length + 1)}`;
}

function parameters(value: unknown): RunParameter[] {
  return arrayAt(value, 'parameters').flatMap((p) => {
    const name = stringAt(p, 'name');
    return name === undefined ? [] : [{ name, value: stringAt(p, 'value') ?? '' }];
  });
}

function artifacts(value: unknown): RunArtifact[] {
  return arrayAt(value, 'artifacts').flatMap((a) => {
    const name = stringAt(a, 'name');
    if (name === undefined) return [];
    const key = stringAt(a, 's3', 'key');
    const bucket = stringAt(a, 's3', 'bucket') ?? 'mlpipeline';
    return [{ name, ...(key !== undefined ? { uri: `minio://${bucket}/${key}` } : {}) }];
  });
}

function execution(
  workflow: unknown,
  node: UnknownRecord,
  depth: number,
  split: ReturnType<typeof splitDisplayName>,
): NodeExecution {
  const state = argoPhaseState(stringAt(node, 'phase'));
  const startedAt = stringAt(node, 'startedAt') || undefined;
  const finishedAt = stringAt(node, 'finishedAt') || undefined;
  const durationMs = durationBetween(startedAt, finishedAt);
  const message = stringAt(node, 'message');
  const podName = argoPodName(workflow, node);
  return {
    runtimeId: stringAt(node, 'id') ?? '',
    state,
    ...(startedAt !== undefined ? { startedAt } : {}),
    ...(finishedAt !== undefined ? { finishedAt } : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(podName !== undefined ? { podName } : {}),
    ...(message !== undefined && message !== '' && state === 'FAILED' ? { error: message } : {}),
    cached: false,
    ...(split.iteration !== undefined ? { iteration: split.iteration } : {}),
    ...(split.attempt !== undefined ? { attempt: split.attempt } : {}),
    depth,
    history: [
      { time: startedAt, state: startedAt === undefined ? 'PENDING' : 'RUNNING' },
      ...(finishedAt !== undefined
        ? [{ time: finishedAt, state, ...(message ? { error: message } : {}) }]
        : []),
    ],
    inputs: parameters(node.inputs),
    outputs: parameters(node.outputs),
    inputArtifacts: artifacts(node.inputs),
    outputArtifacts: artifacts(node.outputs),
  };
}

/** The overlay of a live Argo Workflow (an object; `JSON.parse` the manifest string first). */
export async function overlayFromWorkflow(
  graph: PipelineGraph,
  workflow: unknown,
): Promise<RunOverlay> {
  return overlayFromWorkflowNodes(graph, workflow, await workflowNodes(workflow));
}

export function overlayFromWorkflowNodes(
  graph: PipelineGraph,
  workflow: unknown,
  nodes: UnknownRecord,
): RunOverlay {
  const wfName = stringAt(workflow, 'metadata', 'name') ?? '';
  const entrypoint = stringAt(workflow, 'spec', 'entrypoint') ?? wfName;
  const entryOf = (id: string): ArgoEntry | undefined => {
    const node = record(nodes[id]);
    return node ? { id, node } : undefined;
  };
  return walkOverlay<ArgoEntry>(graph, {
    records: Object.keys(nodes).flatMap((id) => entryOf(id) ?? []),
    id: (entry) => entry.id,
    place: ({ id, node }, placeParent, builder) => {
      const name = stringAt(node, 'name') ?? '';
      if (id === wfName || name === wfName) return { nodeId: '', childBase: entrypoint, depth: 0 };
      if (name === `${wfName}.onExit`)
        return { nodeId: ARGO_EXIT_ID, childBase: ARGO_EXIT_ID, depth: 0 };
      const boundary = stringAt(node, 'boundaryID');
      const boundaryEntry = boundary === undefined ? undefined : entryOf(boundary);
      const parent =
        boundary === undefined
          ? { nodeId: '', childBase: entrypoint, depth: 0 }
          : boundaryEntry
            ? placeParent(boundaryEntry)
            : null;
      if (parent === null || stringAt(node, 'type') === 'StepGroup') return null;
      const split = splitDisplayName(stringAt(node, 'displayName') ?? name);
      const placed = placeChild(builder, parent, split.task, entrypoint);
      return split.iteration !== undefined ? { ...placed, iteration: split.iteration } : placed;
    },
    container: ({ node }) => {
      const type = stringAt(node, 'type');
      if (type !== 'TaskGroup' && type !== 'Retry') return undefined;
      return {
        state: argoPhaseState(stringAt(node, 'phase')),
        count: type === 'TaskGroup' ? arrayAt(node, 'children').length : undefined,
      };
    },
    execution: ({ node }, placement) =>
      execution(workflow, node, placement.depth, {
        ...splitDisplayName(stringAt(node, 'displayName') ?? ''),
        ...(placement.iteration !== undefined ? { iteration: placement.iteration } : {}),
      }),
    // A recursive call also counts as one more pass through the group it calls.
    countsCallsInCalledGroup: true,
  });
}

/** One of the workflow's nodes with its key. */
interface ArgoEntry {
  readonly id: string;
  readonly node: UnknownRecord;
}
