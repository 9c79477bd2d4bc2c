import type { RunStart } from '../store/run-engine.ts';
import type { ComponentBehaviour, TaskExecution, TaskResult } from './types.ts';
import { asString, jsonToText } from './json.ts';
import { SimError, type PlanBuilder } from './plan.ts';
import { hashSeed, randomSuffix, roll } from './random.ts';
import type { JsonObject, JsonValue } from '../lib/json.ts';

/** What both walkers (v2 IR, v1 Argo) need to evaluate one attempt of a run. */
export interface WalkContext<I> {
  readonly runId: string;
  readonly runName: string;
  readonly namespace: string;
  readonly parameters: JsonObject;
  readonly createdAtMs: number;
  readonly seed: number;
  readonly speed: number;
  /** 0, then +1 for every retry of the run. */
  readonly runAttempt: number;
  /** Nothing new starts before this moment (the retry's time). */
  readonly notBefore: number;
  readonly behaviour: ComponentBehaviour;
  readonly plan: PlanBuilder<I>;
  readonly wfName: string;
}

/**
 * A simulated duration (milliseconds of simulated time, ±25 % deterministic jitter) as wall
 * milliseconds at the run's speed.
 */
export function delay<I>(
  ctx: WalkContext<I>,
  simMs: number,
  ...parts: readonly (string | number)[]
): number {
  const jitter = 0.75 + 0.5 * roll(ctx.seed, ctx.runId, ctx.runAttempt, ...parts);
  return (simMs * jitter) / ctx.speed;
}

export function executionSeed<I>(ctx: WalkContext<I>, key: string, attempt: number): number {
  return hashSeed(ctx.seed, ctx.runId, key, ctx.runAttempt, attempt);
}

/**
 * Failure injection: the run parameter `fail_task` (a task, template or component name, or `*`)
 * makes matching tasks fail in the run's first attempt; a retried run then succeeds.
 */
export function injectFailure<I>(ctx: WalkContext<I>, ...names: readonly string[]): boolean {
  if (ctx.runAttempt > 0) return false;
  const target = asString(ctx.parameters.fail_task);
  if (target === undefined || target === '') return false;
  return target === '*' || names.some((name) => name === target || name === `comp-${target}`);
}

/**
 * The run parameter `pending_task` (a task, template or component name, or `*`): matching tasks'
 * pods ask for a GPU no node has and stay Pending, unschedulable, until the run is terminated.
 */
export function injectPending<I>(ctx: WalkContext<I>, ...names: readonly string[]): boolean {
  const target = asString(ctx.parameters.pending_task);
  if (target === undefined || target === '') return false;
  return target === '*' || names.some((name) => name === target || name === `comp-${target}`);
}

const isTrue = (value: JsonValue | undefined) =>
  value === true || jsonToText(value ?? null).toLowerCase() === 'true';

/** The run parameter `vanish_pods`: pod logs disappear once the run finished. */
export function vanishPods(parameters: JsonObject): boolean {
  return isTrue(parameters.vanish_pods);
}

/**
 * Argo archives the run's pod logs, unless the run parameter `no_log_archive` stands for a cluster
 * whose workflow controller has `archiveLogs` off: no v1 `main-logs` artifact, no archived copy for
 * the UI server to find (v2 steps still have the launcher's `executor-logs`).
 */
export function archivesLogs<I>(ctx: WalkContext<I>): boolean {
  return !isTrue(ctx.parameters.no_log_archive);
}

/** Calls the behaviour; a throwing behaviour becomes a failed task, never a broken run. */
export function callBehaviour(behaviour: ComponentBehaviour, task: TaskExecution): TaskResult {
  try {
    const result = behaviour(task);
    const durationMs = Number.isFinite(result.durationMs) ? Math.max(0, result.durationMs) : 1000;
    return { ...result, durationMs };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      outcome: 'failed',
      durationMs: 1000,
      outputs: {},
      artifacts: {},
      log: [`simulator: the component behaviour failed: ${message}`],
      error: message,
    };
  }
}

/** `My Pipeline_v2` → `my-pipeline-v2` (DNS-1123, at most 57 characters). */
export function kebab(name: string): string {
  const out = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 57)
    .replace(/-+$/, '');
  return out || 'pipeline';
}

/** Argo-style generated workflow name: `<pipeline-name>-<5 chars>`. */
export function workflowName(pipelineName: string, seed: number, runId: string): string {
  return `${kebab(pipelineName)}-${randomSuffix(5, seed, runId, 'workflow')}`;
}

export interface WalkEnv {
  readonly seed: number;
  readonly speed: number;
  readonly behaviour: ComponentBehaviour;
}

/** The context of one attempt of a run (both dialects). */
export function walkContext<I>(
  run: RunStart,
  env: WalkEnv,
  wfName: string,
  attempt: { readonly runAttempt: number; readonly notBefore: number },
  plan: PlanBuilder<I>,
): WalkContext<I> {
  return {
    runId: run.runId,
    runName: run.displayName,
    namespace: run.namespace,
    parameters: run.parameters,
    createdAtMs: Date.parse(run.createdAt),
    seed: env.seed,
    speed: env.speed,
    runAttempt: attempt.runAttempt,
    notBefore: attempt.notBefore,
    behaviour: env.behaviour,
    plan,
    wfName,
  };
}

/** Why a walk stopped: the spec's problem, or (never expected) a simulator bug. */
export function failureReason(e: unknown, specPrefix: string): string {
  if (e instanceof SimError) return `${specPrefix}${e.message}`;
  return `simulator error: ${e instanceof Error ? e.message : String(e)}`;
}
