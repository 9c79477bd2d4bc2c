import type { RunStart } from '../../store/run-engine.ts';
import type { Flavor } from '../flavor.ts';
import type { FlavorEnv } from '../ir/flavor.ts';
import { jsonToText } from '../json.ts';
import { failedPlan, PlanBuilder, SimError } from '../plan.ts';
import { uuidFrom } from '../random.ts';
import { delay, failureReason, walkContext, workflowName } from '../walk-context.ts';
import { nodeStatuses, workflowManifest, type WorkflowView } from './project.ts';
import { taskDetailsOf } from './task-details.ts';
import { readWorkflow } from './spec.ts';
import { noArgoOutputs } from './substitute.ts';
import type { ArgoContext, ArgoInfo } from './types.ts';
import { validateWorkflow } from './validate.ts';
import { walkArgo, workflowKey } from './walker.ts';
import type { JsonObject } from '../../lib/json.ts';

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
    if (value === undefined)
      problem ??= `invalid spec: spec.arguments.${arg.name}.value is required`;
    else globals[arg.name] = value;
  }
  const workflowVars = (): Record<string, string> => ({
    name: wfName,
    namespace: run.namespace,
    uid,
    creationTimestamp: createdIso,
    status: 'Running',
  });
  return {
    kind: 'v1',
    workflowName: wfName,
    walk(runAttempt, notBefore, previous) {
      const attempt = { runAttempt, notBefore };
      const onExit = `${wfName}.onExit`;
      const plan = new PlanBuilder<ArgoInfo>(
        previous,
        (key) => key === onExit || key.startsWith(`${onExit}.`) || key.startsWith(`${onExit}(`),
      );
      const ctx: ArgoContext = {
        ...walkContext(run, env, wfName, attempt, plan),
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
        const message = failureReason(e, '');
        const info: ArgoInfo = {
          id: wfName,
          name: wfName,
          displayName: wfName,
          type: 'Workflow',
          argoChildren: [],
          outbound: [],
          result: noArgoOutputs,
          message,
        };
        return failedPlan(
          previous,
          workflowKey,
          info,
          attempt,
          notBefore + delay(ctx, 800, 'workflow', 'error'),
          message,
          'error',
        );
      }
    },
    project(plan, t) {
      const args = Object.entries(globals).map(([name, value]) => ({ name, value }));
      const view: WorkflowView = {
        plan,
        t,
        wfName,
        uid,
        runId: run.runId,
        namespace: run.namespace,
        createdAtMs,
        spec,
        arguments: args,
      };
      const statuses = nodeStatuses(view);
      // A released KFP reports every run's Argo nodes as task details, v1 runs too.
      return {
        tasks: [],
        taskDetails: taskDetailsOf(view, statuses),
        workflowManifest: () => workflowManifest(view, statuses),
      };
    },
  };
}
