import type { OutputSpec, TaskExecution } from '../types.ts';
import { arrayField, entries, field, objectField, stringField } from '../json.ts';
import { podHistory, type ObjectWrite, type PlanNode } from '../plan.ts';
import { uuidFrom } from '../random.ts';
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
import { fingerprintOf } from './cache.ts';
import { runImporter } from './importer.ts';
import { record, recordOutputs, setOutputs } from './task-outputs.ts';
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
  const platform = field(ctx.platformExecutors, component.executorLabel ?? '');
  if (task.enableCache) {
    const fingerprint = fingerprintOf({
      inputParameters: inputs.params,
      inputArtifacts: inputs.artifacts,
      outputArtifacts: Object.fromEntries(outputArtifacts.map((o) => [o.name, o.type])),
      outputParameters: Object.fromEntries(outputParameters.map((o) => [o.name, o.type])),
      cmdArgs: command,
      image: image ?? '',
      pvcNames: irPodSpec(
        container,
        platform,
        { templateName: '', nodeName: '', image: '', command },
        false,
      ).volumes.flatMap((v) => v.claimName ?? []),
    });
    node.info.fingerprint = fingerprint;
    const hit = ctx.cache(node.key, fingerprint);
    if (hit) {
      // The driver publishes the execution CACHED with the earlier outputs; no executor pod.
      node.info.cachedFrom = { runId: hit.sourceRunId, taskId: hit.sourceTaskId };
      setOutputs(node, { ...hit.outputs.params }, { ...hit.outputs.artifacts }, iteration);
      ctx.plan.mark(node, driverEnd, 'running');
      return record(ctx, node, 'succeeded', driverEnd + delay(ctx, 200, node.key, 'cached'));
    }
  }
  const fail = injectFailure(ctx, task.name, task.displayName, component.name);
  const pending = injectPending(ctx, task.name, task.displayName, component.name);
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
