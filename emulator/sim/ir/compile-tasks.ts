import type { JsonObject, JsonValue } from '../../lib/json.ts';
/**
 * The Argo DAG tasks one KFP task compiles to (argocompiler `task()`, container.go, dag.go,
 * importer.go): a driver task, then the task that runs the DAG's template or the container.
 */

export const stable = (value: JsonValue | undefined): string => JSON.stringify(value ?? {});
export const inputRef = (name: string) => `{{inputs.parameters.${name}}}`;
export const taskOutput = (task: string, name: string) =>
  `{{tasks.${task}.outputs.parameters.${name}}}`;
export const depends = (deps: readonly string[]): JsonObject =>
  deps.length > 0 ? { depends: deps.map((d) => `${d}.Succeeded`).join(' && ') } : {};

/** What every task of one KFP task shares: its Argo name, what it waits for, its driver's parameters. */
export interface TaskCall {
  readonly name: string;
  readonly deps: readonly string[];
  /** The driver's parameters. */
  readonly common: JsonObject[];
  /** `when`: the driver's condition, when the task has one. */
  readonly when: JsonObject;
  /** `hooks.exit`: the exit handler that runs after this task. */
  readonly hooks: JsonObject;
}

export function exitHook(hook: string | undefined, parentDagId: string): JsonObject {
  return hook === undefined
    ? {}
    : {
        hooks: {
          exit: {
            template: hook,
            arguments: { parameters: [{ name: 'parent-dag-id', value: parentDagId }] },
          },
        },
      };
}

export function driverCondition(conditional: boolean, name: string): JsonObject {
  return conditional ? { when: `${taskOutput(`${name}-driver`, 'condition')} != false` } : {};
}

/** A DAG component: `<task>-driver` (system-dag-driver), then `<task>` running the DAG's template. */
export function dagTasks(call: TaskCall, template: string, conditional: boolean): JsonObject[] {
  const { name } = call;
  return [
    {
      name: `${name}-driver`,
      template: 'system-dag-driver',
      ...depends(call.deps),
      arguments: { parameters: call.common },
    },
    {
      name,
      template,
      ...depends([`${name}-driver`]),
      ...call.when,
      ...call.hooks,
      arguments: {
        parameters: [
          { name: 'parent-dag-id', value: taskOutput(`${name}-driver`, 'execution-id') },
          {
            name: 'condition',
            value: conditional ? taskOutput(`${name}-driver`, 'condition') : '',
          },
        ],
      },
    },
  ];
}

/** An importer: one `system-importer` task, no driver. */
export function importerTask(
  call: TaskCall,
  params: { task: JsonObject; component: string; importer: string; parentDagId: string },
): JsonObject {
  return {
    name: call.name,
    template: 'system-importer',
    ...depends(call.deps),
    arguments: {
      parameters: [
        params.task,
        { name: 'component', value: params.component },
        { name: 'importer', value: params.importer },
        { name: 'parent-dag-id', value: params.parentDagId },
      ],
    },
  };
}

/** A container: `<task>-driver` (system-container-driver), then the (retrying) executor. */
export function containerTasks(
  call: TaskCall,
  container: string,
  retry: { readonly maxRetryCount: number; readonly backoffFactor: number },
): JsonObject[] {
  const { name } = call;
  const retries = retry.maxRetryCount > 0;
  return [
    {
      name: `${name}-driver`,
      template: 'system-container-driver',
      ...depends(call.deps),
      arguments: { parameters: [...call.common, { name: 'container', value: container }] },
    },
    {
      name,
      template: `${retries ? 'retry-' : ''}system-container-executor`,
      ...depends([`${name}-driver`]),
      ...call.when,
      ...call.hooks,
      arguments: {
        parameters: [
          { name: 'pod-spec-patch', value: taskOutput(`${name}-driver`, 'pod-spec-patch') },
          {
            name: 'cached-decision',
            value: taskOutput(`${name}-driver`, 'cached-decision'),
            default: 'false',
          },
          ...(retries
            ? [
                { name: 'retry-max-count', value: String(retry.maxRetryCount) },
                { name: 'retry-backoff-factor', value: String(retry.backoffFactor) },
              ]
            : []),
        ],
      },
    },
  ];
}

/** The `entrypoint` DAG: `root-driver` (ROOT_DAG, with the runtime config), then `root`. */
export function entrypointTemplate(component: string, runtimeConfig: JsonObject): JsonObject {
  return {
    name: 'entrypoint',
    dag: {
      tasks: [
        {
          name: 'root-driver',
          template: 'system-dag-driver',
          arguments: {
            parameters: [
              { name: 'component', value: component },
              { name: 'runtime-config', value: stable(runtimeConfig) },
              { name: 'driver-type', value: 'ROOT_DAG' },
            ],
          },
        },
        {
          name: 'root',
          template: 'root',
          depends: 'root-driver.Succeeded',
          arguments: {
            parameters: [
              { name: 'parent-dag-id', value: taskOutput('root-driver', 'execution-id') },
              { name: 'condition', value: '' },
            ],
          },
        },
      ],
    },
  };
}
