import type { JsonObject, RunStart } from '../../store/run-engine.ts';
import { errorMessage, type Flavor } from '../flavor.ts';
import type { FlavorEnv } from '../ir/flavor.ts';
import { jsonToText } from '../json.ts';
import { PlanBuilder, SimError } from '../plan.ts';
import { uuidFrom } from '../random.ts';
import { delay, workflowName } from '../walk-context.ts';
import { addNode } from './nodes.ts';
import { workflowManifest } from './project.ts';
import { readWorkflow } from './spec.ts';
import type { ArgoContext, ArgoInfo } from './types.ts';
import { validateWorkflow } from './validate.ts';
import { walkArgo, workflowKey } from './walker.ts';

/** The kfp 1.x dialect: an Argo Workflow, served as `workflow_manifest`. */
export function argoFlavor(run: RunStart, spec: JsonObject, env: FlavorEnv): Flavor<ArgoInfo> {
  const workflow = readWorkflow(spec);
  const createdAtMs = Date.parse(run.createdAt);
  const createdIso = new Date(createdAtMs).toISOString();
  const wfName = workflowName(workflow.pipelineName, env.seed, run.runId);
  const uid = uuidFrom(env.seed, run.runId, 'workflow-uid');
  const globals: Record<string, string> = {};
  let problem = validateWorkflow(workflow);
  for (const arg of workflow.arguments) {
    const given = run.parameters[arg.name];
    const value = given === undefined || given === null ? arg.value : jsonToText(given);
    if (value === undefined) problem ??= `invalid spec: spec.arguments.${arg.name}.value is required`;
    else globals[arg.name] = value;
  }
  const workflowVars = (): Record<string, string> => ({ name: wfName, namespace: run.namespace, uid, creationTimestamp: createdIso, status: 'Running' });
  return {
    kind: 'v1',
    walk(runAttempt, notBefore, previous) {
      const onExit = `${wfName}.onExit`;
      const plan = new PlanBuilder<ArgoInfo>(previous, (key) => key === onExit || key.startsWith(`${onExit}.`) || key.startsWith(`${onExit}(`));
      const ctx: ArgoContext = {
        runId: run.runId,
        runName: run.displayName,
        namespace: run.namespace,
        parameters: run.parameters,
        createdAtMs,
        seed: env.seed,
        speed: env.speed,
        runAttempt,
        notBefore,
        behaviour: env.behaviour,
        plan,
        wfName,
        workflow,
        globals,
        workflowVars: workflowVars(),
        createdIso,
      };
      try {
        if (problem !== undefined) throw new SimError(problem);
        walkArgo(ctx);
        return plan.build(workflowKey);
      } catch (e) {
        const failed = new PlanBuilder<ArgoInfo>(previous);
        const root = addNode({ ...ctx, plan: failed }, { key: workflowKey, displayName: wfName, parentKey: '' }, 'Workflow');
        const message = e instanceof SimError ? e.message : `simulator error: ${errorMessage(e)}`;
        if (runAttempt === 0) failed.mark(root, notBefore, 'pending');
        failed.mark(root, notBefore + delay(ctx, 800, 'workflow', 'error'), 'error', message);
        return failed.build(workflowKey);
      }
    },
    project(plan, t) {
      const args = Object.entries(globals).map(([name, value]) => ({ name, value }));
      return {
        tasks: [],
        taskDetails: [],
        workflowManifest: workflowManifest({ plan, t, wfName, uid, runId: run.runId, namespace: run.namespace, createdAtMs, spec, arguments: args }),
      };
    },
  };
}
