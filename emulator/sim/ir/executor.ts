import type { OutputSpec, TaskExecution } from '../types.ts';
import { arrayField, entries, field, jsonToText, objectField, stringField } from '../json.ts';
import { podHistory, type ObjectWrite, type Outcome, type PlanNode } from '../plan.ts';
import { int64From, uuidFrom } from '../random.ts';
import { irPodSpec, NO_GPU_MESSAGE } from '../pod-spec.ts';
import {
  archivesLogs,
  callBehaviour,
  delay,
  executionSeed,
  injectFailure,
  injectPending,
} from '../walk-context.ts';
import { argoLogKey, defaultBucket } from '../object-store.ts';
import { EXECUTOR_LOGS, executorLogsArtifact, outputArtifact, parseRoot } from './artifacts.ts';
import type { IrContext } from './context.ts';
import { defaultFor, type ResolvedInputs } from './inputs.ts';
import { executorNode, executorTemplate, podName } from './names.ts';
import { driverPod, isoAt } from './pods.ts';
import type { IrComponent, IrTask } from './spec.ts';
import { noOutputs, type ArtifactRef, type Sibling, type V2Info } from './types.ts';
import type { JsonValue } from '../../lib/json.ts';

function strings(values: readonly JsonValue[]): string[] {
  return values.flatMap((v) => (typeof v === 'string' ? [v] : []));
}

function inputBytes(
  ctx: IrContext,
  artifacts: ResolvedInputs['artifacts'],
): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, list] of Object.entries(artifacts)) {
    const first = list[0];
    if (!first) continue;
    const known = ctx.artifactBytes.get(first.uri);
    const location = parseRoot(first.uri);
    const bytes = known ?? ctx.readObject(location.bucket, location.prefix);
    if (bytes) out[name] = bytes;
  }
  return out;
}

function record(
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
function setOutputs(
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

function recordOutputs(
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

/** An importer task: the driver registers an existing URI as an artifact; no executor pod. */
function runImporter(
  ctx: IrContext,
  component: IrComponent,
  importer: JsonValue,
  inputs: ResolvedInputs,
  node: PlanNode<V2Info>,
  start: number,
  iteration: number | undefined,
): Sibling {
  const end = start + delay(ctx, 2000, node.key, 'importer');
  driverPod(ctx, node, start, end);
  ctx.plan.mark(node, Math.min(end, start + delay(ctx, 400, node.key, 'importer-run')), 'running');
  const parameter = stringField(importer, 'artifactUri', 'runtimeParameter');
  const uri =
    stringField(importer, 'artifactUri', 'constant') ??
    jsonToText(parameter === undefined ? null : (inputs.params[parameter] ?? null));
  const outputName = Object.keys(component.outputArtifacts)[0] ?? 'artifact';
  const ref: ArtifactRef = {
    id: uuidFrom(ctx.runId, node.key, ctx.runAttempt, 'import'),
    numericId: int64From(ctx.runId, node.key, ctx.runAttempt, 'import'),
    name: outputName,
    schemaTitle: stringField(importer, 'typeSchema', 'schemaTitle') ?? 'system.Artifact',
    uri,
    metadata: objectField(importer, 'metadata') ?? {},
    createdAt: end,
  };
  setOutputs(node, {}, { [outputName]: [ref] }, iteration);
  return record(ctx, node, 'succeeded', end);
}

/** A container task: driver pod, then one executor pod per attempt (retryPolicy), via the behaviour. */
export function runExecutor(
  ctx: IrContext,
  task: IrTask,
  component: IrComponent,
  inputs: ResolvedInputs,
  node: PlanNode<V2Info>,
  start: number,
  iteration: number | undefined,
): Sibling {
  const executor = ctx.pipeline.executors.get(component.executorLabel ?? '');
  const importer = field(executor, 'importer');
  if (importer !== undefined)
    return runImporter(ctx, component, importer, inputs, node, start, iteration);
  const container = objectField(executor, 'container');
  const image = stringField(container, 'image');
  const command = [
    ...strings(arrayField(container, 'command')),
    ...strings(arrayField(container, 'args')),
  ];
  const outputParameters: OutputSpec[] = entries(component.outputParameters).map(([name, d]) => ({
    name,
    type: stringField(d, 'parameterType') ?? 'STRING',
  }));
  const outputArtifacts: OutputSpec[] = entries(component.outputArtifacts).map(([name, d]) => ({
    name,
    type: stringField(d, 'artifactType', 'schemaTitle') ?? 'system.Artifact',
  }));
  const driverEnd = start + delay(ctx, 2500, node.key, 'driver');
  driverPod(ctx, node, start, driverEnd);
  const fail = injectFailure(ctx, task.name, task.displayName, component.name);
  const pending = injectPending(ctx, task.name, task.displayName, component.name);
  const platform = field(ctx.platformExecutors, component.executorLabel ?? '');
  const bytesIn = inputBytes(ctx, inputs.artifacts);
  const logs: ArtifactRef[] = [];
  let podCreate = driverEnd;
  for (let attempt = 0; attempt <= task.maxRetryCount; attempt++) {
    const name = podName(
      ctx,
      executorTemplate(node.info.argo),
      executorNode(node.info.argo, attempt),
    );
    node.info.executorPod = name;
    const spec = irPodSpec(
      container,
      platform,
      {
        templateName: executorTemplate(node.info.argo),
        nodeName: executorNode(node.info.argo, attempt),
        image: image ?? 'python:3.9',
        command,
      },
      pending,
    );
    if (pending) {
      // `pending_task`: the pod waits for a GPU no node has; nothing after it ever starts.
      ctx.plan.addPod({
        name,
        uid: uuidFrom(ctx.runId, name, ctx.runAttempt),
        nodeKey: node.key,
        role: 'executor',
        runAttempt: ctx.runAttempt,
        history: [{ at: podCreate, phase: 'pending', message: NO_GPU_MESSAGE }],
        log: [],
        writes: [],
        finalWrites: [],
        spec,
      });
      return { outcome: 'canceled', outputs: noOutputs, end: Infinity };
    }
    const running = podCreate + delay(ctx, 1200, node.key, attempt, 'schedule');
    if (attempt === 0) ctx.plan.mark(node, running, 'running');
    const execution: TaskExecution = {
      component: component.name,
      displayName: task.displayName,
      pipelineKind: 'v2',
      inputs: inputs.params,
      inputArtifacts: bytesIn,
      outputParameters,
      outputArtifacts,
      ...(image !== undefined ? { image } : {}),
      command,
      seed: executionSeed(ctx, node.key, attempt),
      attempt,
      injectFailure: fail,
      runId: ctx.runId,
      podName: name,
      namespace: ctx.namespace,
      startedAt: isoAt(ctx, running),
    };
    const result = callBehaviour(ctx.behaviour, execution);
    const end = running + result.durationMs / ctx.speed;
    const logFile = executorLogsArtifact(
      {
        root: ctx.storage,
        pipelineName: ctx.pipeline.name,
        runId: ctx.runId,
        taskName: task.name,
        nodeKey: node.key,
        createdAt: end,
        runAttempt: ctx.runAttempt,
      },
      attempt,
    );
    logs.push(logFile.ref);
    const writes: ObjectWrite[] = [];
    if (result.outcome === 'succeeded') {
      const params: Record<string, JsonValue> = {};
      for (const spec of outputParameters)
        params[spec.name] = result.outputs[spec.name] ?? defaultFor(spec.type);
      const artifacts: Record<string, readonly ArtifactRef[]> = {};
      for (const spec of outputArtifacts) {
        const bytes = result.artifacts[spec.name] ?? new Uint8Array();
        const out = outputArtifact({
          root: ctx.storage,
          pipelineName: ctx.pipeline.name,
          runId: ctx.runId,
          taskName: task.name,
          nodeKey: node.key,
          name: spec.name,
          schemaTitle: spec.type,
          bytes,
          provided: undefined,
          createdAt: end,
          runAttempt: ctx.runAttempt,
        });
        ctx.artifactBytes.set(out.ref.uri, bytes);
        const generated = result.generatedArtifacts?.[spec.name];
        writes.push(generated ? { ...out.write, generated } : out.write);
        artifacts[spec.name] = [out.ref];
      }
      setOutputs(node, params, artifacts, iteration, logs);
    }
    ctx.plan.addPod({
      name,
      uid: uuidFrom(ctx.runId, name, ctx.runAttempt),
      nodeKey: node.key,
      role: 'executor',
      runAttempt: ctx.runAttempt,
      history: podHistory(podCreate, running, end, result.outcome, result.error),
      log: result.log,
      writes,
      finalWrites: result.extraObjects ?? [],
      // The cluster's Argo archives every pod's log (workflow-controller-configmap `archiveLogs`).
      executorLogs: { bucket: logFile.write.bucket, key: logFile.write.key },
      ...(archivesLogs(ctx)
        ? {
            logArchive: {
              bucket: defaultBucket,
              key: argoLogKey(ctx.wfName, new Date(ctx.createdAtMs).toISOString(), name),
              mtime: Math.round(ctx.createdAtMs + end),
              plain: true,
            },
          }
        : {}),
      spec,
    });
    if (result.outcome === 'succeeded')
      return record(ctx, node, 'succeeded', end + delay(ctx, 300, node.key, 'done'));
    if (attempt === task.maxRetryCount) {
      // A failed executor's launcher records only its log file (launcher_v2.go uploadOutputArtifacts).
      recordOutputs(node, {}, { [EXECUTOR_LOGS]: logs }, iteration);
      const reason = result.error ?? 'the container exited with a non-zero code';
      return record(
        ctx,
        node,
        'failed',
        end + delay(ctx, 300, node.key, 'done'),
        `task '${task.name}' failed: ${reason}`,
      );
    }
    podCreate =
      end +
      Math.min(task.backoffMs * task.backoffFactor ** attempt, task.backoffMaxMs) / ctx.speed +
      delay(ctx, 500, node.key, attempt, 'backoff');
  }
  return record(ctx, node, 'failed', podCreate, `task '${task.name}' failed`);
}
