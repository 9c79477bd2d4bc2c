import type { TaskExecution } from '../types.ts';
import { jsonToText } from '../json.ts';
import { argoArtifactArchive, argoArtifactKey } from '../object-store.ts';
import { podHistory, type ObjectWrite, type PlanNode } from '../plan.ts';
import { uuidFrom } from '../random.ts';
import { argoPodSpec, NO_GPU_MESSAGE } from '../pod-spec.ts';
import {
  archivesLogs,
  callBehaviour,
  delay,
  executionSeed,
  injectFailure,
  injectPending,
} from '../walk-context.ts';
import { addNode, link, podNameOf } from './nodes.ts';
import type { ArgoTemplate } from './spec.ts';
import { substitute, type ArgoOutputs } from './substitute.ts';
import type { ArgoContext, ArgoInfo, Call, NodeRun } from './types.ts';
import type { PodSpecInfo } from '../types.ts';
import type { JsonObject, JsonValue } from '../../lib/json.ts';

const encoder = new TextEncoder();
const bucket = 'mlpipeline';

function baseName(path: string | undefined, fallback: string): string {
  const name = path
    ?.split('/')
    .filter((p) => p !== '')
    .pop();
  return name ?? fallback;
}

function isoAt(ctx: ArgoContext, offset: number): string {
  return new Date(ctx.createdAtMs + offset).toISOString();
}

/** A container / script / resource template: one pod, its log, parameters and tar.gz artifacts. */
export function runPod(
  ctx: ArgoContext,
  call: Call,
  template: ArgoTemplate,
  inputs: Readonly<Record<string, string>>,
  attempt: number,
): NodeRun {
  const node = addNode(ctx, call, 'Pod', template.name);
  const podName = podNameOf(ctx, call.key, template.name);
  node.info.podName = podName;
  const scope = {
    inputs,
    siblings: new Map(),
    workflow: { ...ctx.workflowVars, 'pod.name': podName },
    globals: ctx.globals,
  };
  node.info.inputs = {
    ...(template.inputParameters.length > 0
      ? {
          parameters: template.inputParameters.map((p) => ({
            name: p.name,
            value: inputs[p.name] ?? '',
          })),
        }
      : {}),
    ...(Object.keys(call.artifacts).length > 0
      ? {
          artifacts: Object.entries(call.artifacts).map(([name, a]): JsonObject =>
            a.key !== undefined ? { name, s3: { key: a.key } } : { name },
          ),
        }
      : {}),
  };
  ctx.plan.mark(node, call.start, 'pending');
  const pending = injectPending(ctx, call.taskName, template.name);
  const spec = argoPodSpec(
    template.raw,
    ctx.workflow.volumes,
    {
      templateName: template.name,
      nodeName: call.key,
      image: template.image ?? 'python:3.9',
      command: template.command.map((c) => substitute(c, scope)),
    },
    pending,
  );
  if (pending) return stuckPending(ctx, node, call, podName, spec);
  const running = call.start + delay(ctx, 1500, call.key, 'schedule');
  const execution: TaskExecution = {
    component: template.name,
    displayName: call.taskName,
    pipelineKind: 'v1',
    inputs,
    inputArtifacts: Object.fromEntries(
      Object.entries(call.artifacts).map(([name, a]) => [name, a.bytes]),
    ),
    outputParameters: template.outputParameters.map((p) => ({
      name: p.name,
      type: template.outputTypes[p.name] ?? 'String',
    })),
    outputArtifacts: template.outputArtifacts
      .filter((a) => a.name !== 'main-logs')
      .map((a) => ({ name: a.name, type: 'String' })),
    ...(template.image !== undefined ? { image: template.image } : {}),
    command: template.command.map((c) => substitute(c, scope)),
    seed: executionSeed(ctx, call.key, attempt),
    attempt,
    injectFailure: injectFailure(ctx, call.taskName, template.name),
    runId: ctx.runId,
    podName,
    namespace: ctx.namespace,
    startedAt: isoAt(ctx, running),
  };
  const result = callBehaviour(ctx.behaviour, execution);
  const end = running + result.durationMs / ctx.speed;
  ctx.plan.mark(node, running, 'running');
  const mtime = Math.round(ctx.createdAtMs + end);
  const logKey = argoArtifactKey(ctx.wfName, ctx.createdIso, podName, 'main-logs');
  const wireArtifacts: JsonObject[] = [];
  const writes: ObjectWrite[] = [];
  const parameters: Record<string, string> = {};
  const artifacts: Record<string, { key: string; bytes: Uint8Array }> = {};
  const succeeded = result.outcome === 'succeeded';
  if (succeeded) {
    for (const p of template.outputParameters)
      parameters[p.name] = jsonToText(result.outputs[p.name] ?? null);
    for (const a of template.outputArtifacts) {
      if (a.name === 'main-logs') continue;
      const produced: JsonValue | undefined = result.outputs[a.name];
      const bytes =
        result.artifacts[a.name] ??
        encoder.encode(produced === undefined ? '' : jsonToText(produced));
      const key = argoArtifactKey(ctx.wfName, ctx.createdIso, podName, a.name);
      writes.push({
        bucket,
        key,
        data: argoArtifactArchive(baseName(a.path, a.name), bytes, mtime),
      });
      artifacts[a.name] = { key, bytes };
      wireArtifacts.push({
        name: a.name,
        ...(a.path !== undefined ? { path: a.path } : {}),
        s3: { key },
      });
    }
  }
  const archived = archivesLogs(ctx);
  if (archived) wireArtifacts.push({ name: 'main-logs', s3: { key: logKey } });
  const outputs: ArgoOutputs = { parameters, artifacts };
  node.info.result = outputs;
  node.info.outputs = {
    ...(succeeded && template.outputParameters.length > 0
      ? {
          parameters: template.outputParameters.map((p) => ({
            name: p.name,
            value: parameters[p.name] ?? '',
            ...(p.valueFrom ? { valueFrom: p.valueFrom } : {}),
          })),
        }
      : {}),
    artifacts: wireArtifacts,
    exitCode: succeeded ? '0' : '1',
  };
  ctx.plan.addPod({
    name: podName,
    uid: uuidFrom(ctx.runId, podName, ctx.runAttempt),
    nodeKey: node.key,
    role: 'executor',
    runAttempt: ctx.runAttempt,
    history: podHistory(call.start, running, end, result.outcome, result.error),
    log: result.log,
    writes,
    finalWrites: result.extraObjects ?? [],
    ...(archived ? { logArchive: { bucket, key: logKey, mtime } } : {}),
    spec,
  });
  const message = result.error ?? 'Error (exit code 1)';
  if (!succeeded) node.info.message = message;
  ctx.plan.mark(node, end, result.outcome, succeeded ? undefined : message);
  return {
    keys: [node.key],
    outcome: result.outcome,
    end,
    outputs,
    outbound: [node.key],
    ...(succeeded ? {} : { message: `task '${call.taskName}' failed: ${message}` }),
  };
}

/**
 * `pending_task`: the pod never leaves Pending (no node has the GPU it asks for). Nothing after it
 * starts: its end is never reached, so the run stays Running until it is terminated.
 */
function stuckPending(
  ctx: ArgoContext,
  node: PlanNode<ArgoInfo>,
  call: Call,
  podName: string,
  spec: PodSpecInfo,
): NodeRun {
  node.info.waiting = `Unschedulable: ${NO_GPU_MESSAGE}`;
  ctx.plan.addPod({
    name: podName,
    uid: uuidFrom(ctx.runId, podName, ctx.runAttempt),
    nodeKey: node.key,
    role: 'executor',
    runAttempt: ctx.runAttempt,
    history: [{ at: call.start, phase: 'pending' }],
    log: [],
    writes: [],
    finalWrites: [],
    logArchive: {
      bucket,
      key: argoArtifactKey(ctx.wfName, ctx.createdIso, podName, 'main-logs'),
      mtime: Math.round(ctx.createdAtMs + call.start),
    },
    spec,
  });
  return {
    keys: [node.key],
    outcome: 'canceled',
    end: Infinity,
    outputs: { parameters: {}, artifacts: {} },
    outbound: [node.key],
  };
}

/** `retryStrategy.limit`: a Retry node with one pod child per attempt, `name(0)`, `name(1)`, … */
export function runRetry(
  ctx: ArgoContext,
  call: Call,
  template: ArgoTemplate,
  inputs: Readonly<Record<string, string>>,
): NodeRun {
  const node = addNode(ctx, call, 'Retry', template.name);
  ctx.plan.mark(node, call.start, 'running');
  let at = call.start;
  let last: NodeRun | undefined;
  for (let attempt = 0; attempt <= template.retryLimit; attempt++) {
    const run = runPod(
      ctx,
      {
        ...call,
        key: `${call.key}(${attempt})`,
        displayName: `${call.displayName}(${attempt})`,
        parentKey: call.key,
        start: at,
      },
      template,
      inputs,
      attempt,
    );
    link(ctx, node.key, run.keys[0] ?? '');
    last = run;
    if (run.outcome === 'succeeded') break;
    at = run.end + delay(ctx, 1000, call.key, attempt, 'backoff');
  }
  const outcome = last?.outcome ?? 'failed';
  const end = last?.end ?? at;
  node.info.result = last?.outputs ?? node.info.result;
  node.info.outputs = ctx.plan.nodes.get(last?.keys[0] ?? '')?.info.outputs;
  if (outcome !== 'succeeded') node.info.message = `No more retries left`;
  ctx.plan.mark(node, end, outcome, outcome === 'succeeded' ? undefined : node.info.message);
  return {
    keys: [node.key],
    outcome,
    end,
    outputs: node.info.result,
    outbound: last?.keys.slice(0, 1) ?? [node.key],
    ...(last?.message ? { message: last.message } : {}),
  };
}
