import type { RunStart } from '../../store/run-engine.ts';
import { stringField } from '../json.ts';
import type { ObjectStore } from '../contracts.ts';
import { parseCondition, type Condition } from '../expression.ts';
import type { Flavor } from '../flavor.ts';
import { failedPlan, PlanBuilder, SimError, type Plan } from '../plan.ts';
import { delay, failureReason, walkContext, workflowName, type WalkEnv } from '../walk-context.ts';
import { defaultPipelineRoot, parseRoot } from './artifacts.ts';
import type { IrContext } from './context.ts';
import { newInfo } from './names.ts';
import { pipelineTask, type Projection } from './project-tasks.ts';
import { taskDetail } from './project-details.ts';
import { readIrPipeline, unwrapIr } from './spec.ts';
import type { V2Info } from './types.ts';
import { validateIr } from './validate.ts';
import { walkIr } from './walker.ts';

export interface FlavorEnv extends WalkEnv {
  readonly objects: ObjectStore;
}

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

/** The KFP v2 dialect: walks the IR, serves `tasks` and `taskDetails`. */
export function irFlavor(run: RunStart, env: FlavorEnv): Flavor<V2Info> {
  const ir = unwrapIr(run.spec);
  const pipeline = readIrPipeline(ir ?? {});
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
  return {
    kind: 'v2',
    workflowName: wfName,
    walk(runAttempt, notBefore, previous) {
      const attempt = { runAttempt, notBefore };
      const plan = new PlanBuilder<V2Info>(previous);
      const ctx: IrContext = {
        ...walkContext(run, env, wfName, attempt, plan),
        pipeline,
        storage: parseRoot(run.pipelineRoot || defaultPipelineRoot),
        conditions,
        artifactBytes: new Map(),
        readObject: (bucket, key) => env.objects.get(bucket, key),
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
      const nodes = [...plan.nodes.values()];
      return {
        tasks: present(nodes.map((node) => pipelineTask(p, node))),
        taskDetails: present(nodes.map((node) => taskDetail(p, node))),
      };
    },
  };
}
