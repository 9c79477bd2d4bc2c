import { createHash } from 'node:crypto';
import { field } from '../json.ts';
import {
  containerDriverTemplate,
  dagDriverTemplate,
  executorTemplates,
  importerTemplate,
} from './compile-templates.ts';
import {
  containerTasks,
  dagTasks,
  depends,
  driverCondition,
  entrypointTemplate,
  exitHook,
  importerTask,
  inputRef,
  stable,
  taskOutput,
  type TaskCall,
} from './compile-tasks.ts';
import type { IrComponent, IrPipeline, IrTask } from './spec.ts';
import type { JsonObject, JsonValue } from '../../lib/json.ts';

/**
 * The Argo Workflow KFP's v2 compiler makes for a pipeline (backend/src/v2/compiler/argocompiler,
 * golden files in test_data/compiled-workflows/): component specs and container implementations
 * as workflow arguments, one DAG template per DAG component (`<task>-driver` then `<task>`), loop
 * `-iterator` / `-iteration` templates, exit handlers as `exit-hook-<dag>-<task>` lifecycle hooks,
 * and the `entrypoint` DAG (`root-driver`, then `root`).
 */

export interface CompiledWorkflow {
  /** `{metadata, spec}` without `spec.arguments` (the manifest adds them). */
  readonly workflow: JsonObject;
  readonly arguments: readonly JsonObject[];
}

class Compiler {
  readonly templates = new Map<string, JsonObject>();
  readonly args = new Map<string, string>();

  constructor(
    private readonly ir: JsonObject,
    private readonly pipeline: IrPipeline,
    private readonly runId: string,
  ) {}

  /** `components-<name>` (DAGs) or `components-<sha256 of the container>` (argo.go). */
  componentArg(name: string): string {
    const component = this.pipeline.components.get(name);
    const container = this.containerOf(component);
    const key =
      container === undefined ? name : createHash('sha256').update(stable(container)).digest('hex');
    this.args.set(
      `components-${key}`,
      stable(name === 'root' ? field(this.ir, 'root') : field(this.ir, 'components', name)),
    );
    if (container !== undefined) this.args.set(`implementations-${key}`, stable(container));
    return `{{workflow.parameters.components-${key}}}`;
  }

  containerOf(component: IrComponent | undefined): JsonValue | undefined {
    const executor = this.pipeline.executors.get(component?.executorLabel ?? '');
    return field(executor, 'container') ?? field(executor, 'importer');
  }

  implArg(name: string): string {
    const container = this.containerOf(this.pipeline.components.get(name));
    const key = createHash('sha256').update(stable(container)).digest('hex');
    return `{{workflow.parameters.implementations-${key}}}`;
  }

  add(template: JsonObject): void {
    const name = template.name;
    if (typeof name === 'string' && !this.templates.has(name)) this.templates.set(name, template);
  }

  taskJson(dag: string, task: string): string {
    const spec = dag === 'root' ? field(this.ir, 'root') : field(this.ir, 'components', dag);
    return stable(field(spec, 'dag', 'tasks', task));
  }

  /** argocompiler `task()`: the Argo DAG tasks one KFP task compiles to. */
  task(
    dag: string,
    task: IrTask,
    parentDagId: string,
    hook?: string,
    iteration?: string,
  ): JsonObject[] {
    const component = this.pipeline.components.get(task.componentRef);
    const name = iteration === undefined ? task.name : 'iteration-item';
    const taskParam = { name: 'task', value: this.taskJson(dag, task.name) };
    const call: TaskCall = {
      name,
      deps: iteration !== undefined || task.runsAfterFailures ? [] : task.deps,
      common: [
        { name: 'component', value: this.componentArg(task.componentRef) },
        ...(iteration !== undefined ? [{ name: 'iteration-index', value: iteration }] : []),
        { name: 'parent-dag-id', value: parentDagId },
        taskParam,
        { name: 'task-name', value: task.name },
      ],
      when: driverCondition(task.condition !== undefined, name),
      hooks: exitHook(hook, parentDagId),
    };
    if (task.iterator && iteration === undefined) return [this.loop(dag, task, parentDagId)];
    if (component?.tasks) {
      this.dag(task.componentRef, component);
      return dagTasks(call, task.componentRef, task.condition !== undefined);
    }
    const executor = this.pipeline.executors.get(component?.executorLabel ?? '');
    if (field(executor, 'importer') !== undefined) {
      this.add(importerTemplate(this.pipeline.name, this.runId));
      return [
        importerTask(call, {
          task: taskParam,
          component: this.componentArg(task.componentRef),
          importer: this.implArg(task.componentRef),
          parentDagId,
        }),
      ];
    }
    this.add(containerDriverTemplate(this.pipeline.name, this.runId));
    for (const template of executorTemplates(task.maxRetryCount > 0)) this.add(template);
    return containerTasks(call, this.implArg(task.componentRef), task);
  }

  /** A ParallelFor: `<task>` runs `<comp>-<task>-iterator` (iteration-driver, then the iterations). */
  loop(dag: string, task: IrTask, parentDagId: string): JsonObject {
    const ref = task.componentRef;
    const iterator = `${ref}-${task.name}-iterator`;
    const iteration = `${ref}-iteration`;
    const driverParams = [
      { name: 'component', value: this.componentArg(ref) },
      { name: 'parent-dag-id', value: inputRef('parent-dag-id') },
      { name: 'task', value: this.taskJson(dag, task.name) },
      { name: 'task-name', value: task.name },
    ];
    this.add({
      name: iteration,
      inputs: { parameters: [{ name: 'parent-dag-id' }, { name: 'iteration-index' }] },
      dag: {
        tasks: this.task(
          dag,
          task,
          inputRef('parent-dag-id'),
          undefined,
          inputRef('iteration-index'),
        ),
      },
    });
    this.add({
      name: iterator,
      inputs: { parameters: [{ name: 'parent-dag-id' }] },
      ...(task.parallelismLimit > 0 ? { parallelism: task.parallelismLimit } : {}),
      dag: {
        tasks: [
          {
            name: 'iteration-driver',
            template: 'system-dag-driver',
            arguments: { parameters: driverParams },
          },
          {
            name: 'iteration-iterations',
            template: iteration,
            depends: 'iteration-driver.Succeeded',
            ...(task.condition === undefined
              ? {}
              : { when: `${taskOutput('iteration-driver', 'condition')} != false` }),
            arguments: {
              parameters: [
                { name: 'parent-dag-id', value: taskOutput('iteration-driver', 'execution-id') },
                { name: 'iteration-index', value: '{{item}}' },
              ],
            },
            withSequence: { count: taskOutput('iteration-driver', 'iteration-count') },
          },
        ],
      },
    });
    return {
      name: task.name,
      template: iterator,
      ...depends(task.deps),
      arguments: { parameters: [{ name: 'parent-dag-id', value: parentDagId }] },
    };
  }

  /** argocompiler `DAG()`: exit tasks become `exit-hook-<dag>-<task>` hooks on their upstream task. */
  dag(name: string, component: IrComponent): void {
    if (this.templates.has(name)) return;
    this.templates.set(name, {});
    const tasks = [...(component.tasks ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
    const hookOf = new Map<string, string>();
    for (const task of tasks.filter((t) => t.runsAfterFailures)) {
      const hook = `exit-hook-${name}-${task.name}`;
      for (const dep of task.deps) hookOf.set(dep, hook);
      this.add({
        name: hook,
        inputs: { parameters: [{ name: 'parent-dag-id' }] },
        dag: { tasks: this.task(name, task, inputRef('parent-dag-id')) },
      });
    }
    const dagTasks = tasks
      .filter((t) => !t.runsAfterFailures)
      .flatMap((t) => this.task(name, t, inputRef('parent-dag-id'), hookOf.get(t.name)));
    this.templates.set(name, {
      name,
      inputs: { parameters: [{ name: 'parent-dag-id' }] },
      dag: { tasks: dagTasks },
    });
  }
}

export function compileWorkflow(
  ir: JsonObject,
  pipeline: IrPipeline,
  run: {
    readonly runId: string;
    readonly displayName: string;
    readonly parameters: JsonObject;
    readonly pipelineRoot: string;
  },
): CompiledWorkflow {
  const c = new Compiler(ir, pipeline, run.runId);
  c.add(dagDriverTemplate(pipeline.name, run.runId));
  c.dag('root', pipeline.root);
  const runtimeConfig = {
    parameterValues: run.parameters,
    ...(run.pipelineRoot ? { gcsOutputDirectory: run.pipelineRoot } : {}),
  };
  c.add(entrypointTemplate(c.componentArg('root'), runtimeConfig));
  const labels = { 'pipelines.kubeflow.org/v2_component': 'true' };
  return {
    workflow: {
      metadata: {
        generateName: `${pipeline.name}-`,
        annotations: { 'pipelines.kubeflow.org/run_name': run.displayName },
      },
      spec: {
        entrypoint: 'entrypoint',
        serviceAccountName: 'pipeline-runner',
        podMetadata: { annotations: labels, labels: { ...labels, 'pipeline/runid': run.runId } },
        templates: [...c.templates.values()],
      },
    },
    arguments: [...c.args].map(([name, value]) => ({ name, value })),
  };
}
