import type { RunStart } from '../../store/run-engine.ts';
import { objectField, stringField } from '../json.ts';
import type { ObjectStore } from '../types.ts';
import { parseCondition, type Condition } from '../expression.ts';
import type { Flavor } from '../flavor.ts';
import { failedPlan, PlanBuilder, SimError, type Plan } from '../plan.ts';
import { delay, failureReason, walkContext, workflowName, type WalkEnv } from '../walk-context.ts';
import { defaultPipelineRoot, parseRoot } from './artifacts.ts';
import type { IrContext } from './context.ts';
import { newInfo, rootShape } from './names.ts';
import { pipelineTask, type Projection } from './project-tasks.ts';
import { readIrPipeline, unwrapIr } from './spec.ts';
import { argoPlanOf } from './argo-plan.ts';
import { hitsFromJson, recordedLookup, type CacheLookup } from './cache.ts';
import { compileWorkflow, type CompiledWorkflow } from './compile.ts';
import { nodeStatuses, workflowManifest, type WorkflowView } from '../argo/project.ts';
import { taskDetailsOf } from '../argo/task-details.ts';
import type { ArgoInfo } from '../argo/types.ts';
import { uuidFrom } from '../random.ts';
import type { V2Info } from './types.ts';
import { validateIr } from './validate.ts';
import { walkIr } from './walker.ts';

export interface FlavorEnv extends WalkEnv {
  readonly objects: ObjectStore;
}

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

/**
 * The KFP v2 dialect: walks the IR; serves `tasks` (KFP master's tasks[]), and the Argo workflow
 * KFP's compiler makes for it, whose node statuses are the released servers' task details.
 */
export function irFlavor(run: RunStart, env: FlavorEnv, lookup?: CacheLookup): Flavor<V2Info> {
  const ir = unwrapIr(run.spec);
  const pipeline = readIrPipeline(ir ?? {});
  const platformExecutors = objectField(
    run.spec,
    'platform_spec',
    'platforms',
    'kubernetes',
    'deploymentSpec',
    'executors',
  );
  const kind = stringField(run.spec, 'kind');
  const problem = ir
    ? validateIr(pipeline)
    : `expected a KFP v2 pipeline spec (pipelineInfo, root, components) or an Argo Workflow${kind !== undefined ? `, got kind '${kind}'` : ''}`;
  const conditions = new Map<string, Condition>();
  if (!problem) {
    for (const component of [pipeline.root, ...pipeline.components.values()]) {
      for (const task of component.tasks ?? [])
        if (task.condition !== undefined)
          conditions.set(task.condition, parseCondition(task.condition, 'cel'));
    }
  }
  const createdAtMs = Date.parse(run.createdAt);
  const wfName = workflowName(pipeline.name, env.seed, run.runId);
  const uid = uuidFrom(env.seed, run.runId, 'workflow-uid');
  // The hits decided when the run was created (its record), unless a decision is being made now.
  const cache = lookup ?? recordedLookup(hitsFromJson(run.cache));
  let compiled: CompiledWorkflow | undefined;
  const argoPlans = new WeakMap<Plan<V2Info>, Plan<ArgoInfo>>();
  return {
    kind: 'v2',
    workflowName: wfName,
    walk(runAttempt, notBefore, previous) {
      const attempt = { runAttempt, notBefore };
      const plan = new PlanBuilder<V2Info>(previous);
      const ctx: IrContext = {
        ...walkContext(run, env, wfName, attempt, plan),
        pipeline,
        ...(platformExecutors ? { platformExecutors } : {}),
        storage: parseRoot(run.pipelineRoot || defaultPipelineRoot),
        conditions,
        artifactBytes: new Map(),
        readObject: (bucket, key) => env.objects.get(bucket, key),
        cache,
      };
      try {
        if (problem) throw new SimError(problem);
        walkIr(ctx);
        return plan.build('root');
      } catch (e) {
        const message = failureReason(e, 'invalid pipeline spec: ');
        const info = {
          ...newInfo(ctx, 'root', {
            type: 'ROOT',
            name: 'ROOT',
            displayName: run.displayName,
            scopePath: 'root',
            argo: rootShape(wfName),
          }),
          message,
        };
        return failedPlan(
          previous,
          'root',
          info,
          attempt,
          notBefore + delay(ctx, 800, 'root', 'error'),
          message,
        );
      }
    },
    project(plan: Plan<V2Info>, t: number) {
      const p: Projection = { plan, runId: run.runId, namespace: run.namespace, createdAtMs, t };
      compiled ??=
        ir && !problem
          ? compileWorkflow(ir, pipeline, run)
          : { workflow: { metadata: {}, spec: {} }, arguments: [] };
      let argoPlan = argoPlans.get(plan);
      if (!argoPlan) {
        argoPlan = argoPlanOf(plan, wfName);
        argoPlans.set(plan, argoPlan);
      }
      // One source of truth: the compiled workflow's node statuses at t give both the v1beta1
      // workflow_manifest and the released servers' run_details.task_details.
      const view: WorkflowView = {
        plan: argoPlan,
        t,
        wfName,
        uid,
        runId: run.runId,
        namespace: run.namespace,
        createdAtMs,
        spec: compiled.workflow,
        arguments: compiled.arguments,
      };
      const statuses = nodeStatuses(view);
      return {
        tasks: present([...plan.nodes.values()].map((node) => pipelineTask(p, node))),
        taskDetails: taskDetailsOf(view, statuses),
        workflowManifest: () => workflowManifest(view, statuses),
      };
    },
  };
}
