import { argoPodName } from '../pod-name.ts';
import { int64From, uuidFrom } from '../random.ts';
import type { IrContext } from './context.ts';
import type { IrComponent, IrTask } from './spec.ts';
import type { ArgoShape, V2Info, V2TaskType } from './types.ts';

/** The task type a KFP driver records for a task (names as the compiler generates them). */
export function taskType(task: IrTask, component: IrComponent | undefined): V2TaskType {
  if (task.iterator) return 'LOOP';
  if (!component?.tasks) return 'RUNTIME';
  if (task.name.startsWith('condition-branches-')) return 'CONDITION_BRANCH';
  if (task.condition !== undefined || task.name.startsWith('condition-')) return 'CONDITION';
  if (task.name.startsWith('exit-handler-')) return 'EXIT_HANDLER';
  return 'DAG';
}

/** A pod of the run, named the way Argo names the pod of the Argo node `nodeName`. */
export function podName(ctx: IrContext, template: string, nodeName: string): string {
  return argoPodName(ctx.wfName, template, nodeName);
}

/** The compiled workflow's entrypoint: `root-driver`, then the `root` DAG (argocompiler/dag.go). */
export function rootShape(wfName: string): ArgoShape {
  const node = `${wfName}.root`;
  return {
    kind: 'root',
    node,
    template: 'root',
    driver: `${wfName}.root-driver`,
    driverTemplate: 'system-dag-driver',
    inner: node,
    innerTemplate: 'root',
    boundary: wfName,
    retry: false,
    conditional: false,
    deps: [],
  };
}

/**
 * A task of the DAG whose node is `parent.inner`, compiled as argocompiler's `task()` does: a loop
 * becomes `<task>` (template `<component>-<task>-iterator`) with `iteration-driver` and
 * `iteration-iterations`; a DAG `<task>-driver` + `<task>`; a container `<task>-driver` + `<task>`
 * (system-container-executor) + `executor`; an importer one `system-importer` pod. A task that runs
 * after its upstream whatever the outcome (exit handler) becomes the exit lifecycle hook of that
 * upstream task: its nodes live under `<upstream>.onExit` (Argo's GenerateOnExitNodeName).
 */
export function taskShape(
  parent: ArgoShape,
  task: IrTask,
  component: IrComponent,
  importer: boolean,
): ArgoShape {
  const outer = parent.inner ?? parent.node;
  const hookTarget = task.runsAfterFailures ? task.deps[0] : undefined;
  const hookOf = hookTarget === undefined ? undefined : `${outer}.${hookTarget}`;
  const dag = hookOf === undefined ? outer : `${hookOf}.onExit`;
  const node = `${dag}.${task.name}`;
  const common = {
    node,
    boundary: dag,
    conditional: task.condition !== undefined,
    deps: hookOf === undefined ? task.deps : [],
    ...(hookOf !== undefined ? { hookOf } : {}),
  };
  if (task.iterator) {
    return {
      ...common,
      kind: 'loop',
      template: `${task.componentRef}-${task.name}-iterator`,
      driver: `${node}.iteration-driver`,
      driverTemplate: 'system-dag-driver',
      innerTemplate: task.componentRef,
      retry: false,
    };
  }
  if (component.tasks) {
    return {
      ...common,
      kind: 'dag',
      template: task.componentRef,
      driver: `${node}-driver`,
      driverTemplate: 'system-dag-driver',
      inner: node,
      innerTemplate: task.componentRef,
      retry: false,
    };
  }
  if (importer) return { ...common, kind: 'importer', template: 'system-importer', retry: false };
  const retry = task.maxRetryCount > 0;
  return {
    ...common,
    kind: 'container',
    template: retry ? 'retry-system-container-executor' : 'system-container-executor',
    driver: `${node}-driver`,
    driverTemplate: 'system-container-driver',
    retry,
  };
}

/** Iteration i of a loop: `iteration-iterations(i:i)` with `iteration-item-driver` and `iteration-item`. */
export function iterationShape(loop: ArgoShape, index: number): ArgoShape {
  const node = `${loop.node}.iteration-iterations(${index}:${index})`;
  const component = loop.innerTemplate ?? loop.template;
  return {
    kind: 'iteration',
    node,
    template: `${component}-iteration`,
    driver: `${node}.iteration-item-driver`,
    driverTemplate: 'system-dag-driver',
    inner: `${node}.iteration-item`,
    innerTemplate: component,
    boundary: loop.node,
    retry: false,
    conditional: false,
    deps: [],
  };
}

/** The executor pod's Argo node of attempt n (`executor`, or `executor(n)` under a Retry node). */
export function executorNode(shape: ArgoShape, attempt: number): string {
  return shape.retry ? `${shape.node}.executor(${attempt})` : `${shape.node}.executor`;
}

export function executorTemplate(shape: ArgoShape): string {
  return shape.retry ? 'retry-system-container-impl' : 'system-container-impl';
}

export function newInfo(
  ctx: IrContext,
  key: string,
  fields: Pick<V2Info, 'type' | 'name' | 'displayName' | 'scopePath' | 'argo'> & {
    readonly iterationIndex?: number;
  },
): V2Info {
  return {
    ...fields,
    nodeName: fields.argo.node,
    taskId: uuidFrom(ctx.runId, key, 'task'),
    executionId: int64From(ctx.runId, key, 'execution'),
    inputs: { params: [], artifacts: [] },
    outputs: { params: [], artifacts: [] },
    result: { params: {}, artifacts: {} },
  };
}
