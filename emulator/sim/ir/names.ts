import { fnv32a, int64From, uuidFrom } from '../random.ts';
import type { IrContext } from './context.ts';
import type { IrComponent, IrTask } from './spec.ts';
import type { V2Info, V2TaskType } from './types.ts';

/** The task type a KFP driver records for a task (names as the compiler generates them). */
export function taskType(task: IrTask, component: IrComponent | undefined): V2TaskType {
  if (task.iterator) return 'LOOP';
  if (!component?.tasks) return 'RUNTIME';
  if (task.name.startsWith('condition-branches-')) return 'CONDITION_BRANCH';
  if (task.condition !== undefined || task.name.startsWith('condition-')) return 'CONDITION';
  if (task.name.startsWith('exit-handler-')) return 'EXIT_HANDLER';
  return 'DAG';
}

/** Node name inside the (simulated) compiled Argo workflow; pod names hash it like Argo does. */
export function nodeNameOf(ctx: IrContext, key: string): string {
  return `${ctx.wfName}.${key.split('/').join('.')}`;
}

export function podName(ctx: IrContext, template: string, nodeName: string): string {
  return `${ctx.wfName}-${template}-${fnv32a(nodeName)}`;
}

export function newInfo(
  ctx: IrContext,
  key: string,
  fields: Pick<V2Info, 'type' | 'name' | 'displayName' | 'scopePath'> & {
    readonly iterationIndex?: number;
  },
): V2Info {
  const nodeName = nodeNameOf(ctx, key);
  return {
    ...fields,
    nodeName,
    taskId: uuidFrom(ctx.runId, key, 'task'),
    detailId: key === 'root' ? ctx.wfName : `${ctx.wfName}-${fnv32a(nodeName)}`,
    executionId: int64From(ctx.runId, key, 'execution'),
    inputs: { params: [], artifacts: [] },
    outputs: { params: [], artifacts: [] },
    result: { params: {}, artifacts: {} },
  };
}
