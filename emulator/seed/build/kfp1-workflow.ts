import { stringify } from 'yaml';
import {
  componentSpec,
  containerCommand,
  flagOf,
  inputPath,
  outputPath,
  type Kfp1Component,
  type Kfp1Type,
} from './kfp1-component.ts';
import { pyJson } from './py-json.ts';

export const kfpSdkVersion = '1.8.22';

/** Where a task input comes from: a DAG input (pipeline parameter), another task's output, or a constant. */
export type Kfp1Arg =
  | { readonly param: string }
  | { readonly of: string; readonly output: string }
  | { readonly constant: string };

export interface ContainerTask {
  readonly kind: 'container';
  /** Task and template name. */
  readonly name: string;
  readonly component: Kfp1Component;
  /** By component input name. */
  readonly args: Readonly<Record<string, Kfp1Arg>>;
  readonly after?: readonly string[];
  readonly displayName?: string;
  readonly gpu?: number;
  readonly mountVolume?: boolean;
}

export interface DagCall {
  readonly kind: 'dag';
  readonly name: string;
  readonly template: string;
  /** By the called DAG's input name. */
  readonly args: Readonly<Record<string, Kfp1Arg>>;
  readonly after?: readonly string[];
  /** dsl.Condition: `"<left>" == "<right>"`. */
  readonly when?: { readonly left: Kfp1Arg; readonly right: string };
}

export interface DagTemplate {
  readonly name: string;
  readonly inputs: readonly string[];
  readonly tasks: readonly (ContainerTask | DagCall)[];
}

export interface Kfp1Pipeline {
  readonly name: string;
  readonly description: string;
  readonly params: readonly {
    readonly name: string;
    readonly type: Kfp1Type;
    readonly default: string;
  }[];
  readonly root: Omit<DagTemplate, 'name' | 'inputs'>;
  readonly dags?: readonly DagTemplate[];
  readonly onExit?: ContainerTask;
  readonly volume?: {
    readonly name: string;
    readonly claimName: string;
    readonly mountPath: string;
  };
  readonly compiledAt: string;
}

const special = new Set(['mlpipeline_ui_metadata', 'mlpipeline_metrics']);
const outputName = (task: string, output: string) =>
  special.has(output) ? output.replace(/_/g, '-') : `${task}-${output}`;

/** The name an argument travels under between templates. */
function argoName(arg: Kfp1Arg): string | undefined {
  if ('param' in arg) return arg.param;
  if ('of' in arg) return outputName(arg.of, arg.output);
  return undefined;
}

type Scope = { readonly siblings: ReadonlySet<string> };

/** The argument's value as written in the calling DAG, and the sibling it depends on. */
function expression(
  arg: Kfp1Arg,
  scope: Scope,
  kind: 'parameters' | 'artifacts',
): { value: string; dependency?: string } {
  if ('constant' in arg) return { value: arg.constant };
  const name = argoName(arg) ?? '';
  if ('of' in arg && scope.siblings.has(arg.of))
    return { value: `{{tasks.${arg.of}.outputs.${kind}.${name}}}`, dependency: arg.of };
  return { value: `{{inputs.parameters.${name}}}` };
}

const paramKind = (task: ContainerTask, input: string) =>
  task.component.params.find((p) => p.name === input)?.kind;

function containerTemplate(task: ContainerTask, pipeline: Kfp1Pipeline): Record<string, unknown> {
  const { component } = task;
  const args: string[] = [];
  const argumentValues: Record<string, string> = {};
  const inputParams: { name: string }[] = [];
  const inputArtifacts: { name: string; path: string }[] = [];
  const outputArtifacts: { name: string; path: string }[] = [];
  const outputParams: { name: string; valueFrom: { path: string } }[] = [];
  for (const p of component.params) {
    args.push(flagOf(p.name));
    if (p.kind === 'outPath') {
      args.push(outputPath(p.name));
      outputArtifacts.push({ name: outputName(task.name, p.name), path: outputPath(p.name) });
      continue;
    }
    const arg = task.args[p.name];
    if (!arg) throw new Error(`${task.name}: no argument for ${p.name}`);
    const name = argoName(arg);
    if (p.kind === 'inPath') {
      args.push(inputPath(p.name));
      if (name) inputArtifacts.push({ name, path: inputPath(p.name) });
      continue;
    }
    const value = 'constant' in arg ? arg.constant : `{{inputs.parameters.${name ?? ''}}}`;
    args.push(value);
    argumentValues[p.name] = value;
    if (name && !inputParams.some((i) => i.name === name)) inputParams.push({ name });
  }
  if (component.returns.length > 0)
    args.push('----output-paths', ...component.returns.map((r) => outputPath(r.name)));
  for (const r of component.returns) {
    outputParams.push({
      name: outputName(task.name, r.name),
      valueFrom: { path: outputPath(r.name) },
    });
    outputArtifacts.push({ name: outputName(task.name, r.name), path: outputPath(r.name) });
  }
  const volumeMounts =
    task.mountVolume && pipeline.volume
      ? [{ mountPath: pipeline.volume.mountPath, name: pipeline.volume.name }]
      : undefined;
  const inputs = {
    ...(inputParams.length > 0 ? { parameters: inputParams } : {}),
    ...(inputArtifacts.length > 0 ? { artifacts: inputArtifacts } : {}),
  };
  const outputs = {
    ...(outputParams.length > 0 ? { parameters: outputParams } : {}),
    ...(outputArtifacts.length > 0
      ? { artifacts: outputArtifacts.sort((a, b) => a.name.localeCompare(b.name)) }
      : {}),
  };
  return {
    name: task.name,
    container: {
      args,
      command: containerCommand(component),
      image: component.image,
      ...(task.gpu ? { resources: { limits: { 'nvidia.com/gpu': task.gpu } } } : {}),
      ...(volumeMounts ? { volumeMounts } : {}),
    },
    ...(Object.keys(inputs).length > 0 ? { inputs } : {}),
    ...(Object.keys(outputs).length > 0 ? { outputs } : {}),
    metadata: {
      labels: {
        'pipelines.kubeflow.org/kfp_sdk_version': kfpSdkVersion,
        'pipelines.kubeflow.org/pipeline-sdk-type': 'kfp',
        'pipelines.kubeflow.org/enable_caching': 'true',
      },
      annotations: {
        ...(task.displayName
          ? { 'pipelines.kubeflow.org/task_display_name': task.displayName }
          : {}),
        'pipelines.kubeflow.org/component_spec': pyJson(componentSpec(component)),
        'pipelines.kubeflow.org/component_ref': '{}',
        ...(Object.keys(argumentValues).length > 0
          ? { 'pipelines.kubeflow.org/arguments.parameters': pyJson(argumentValues) }
          : {}),
      },
    },
  };
}

function dagTask(task: ContainerTask | DagCall, scope: Scope): Record<string, unknown> {
  const dependencies = new Set(task.after ?? []);
  const parameters: { name: string; value: string }[] = [];
  const artifacts: { name: string; from: string }[] = [];
  for (const [input, arg] of Object.entries(task.args)) {
    const name = task.kind === 'dag' ? input : argoName(arg);
    if (name === undefined) continue;
    const isArtifact = task.kind === 'container' && paramKind(task, input) === 'inPath';
    const { value, dependency } = expression(arg, scope, isArtifact ? 'artifacts' : 'parameters');
    if (dependency) dependencies.add(dependency);
    if (isArtifact) artifacts.push({ name, from: value });
    else if (!parameters.some((p) => p.name === name)) parameters.push({ name, value });
  }
  let when: string | undefined;
  if (task.kind === 'dag' && task.when) {
    const left = expression(task.when.left, scope, 'parameters');
    if (left.dependency) dependencies.add(left.dependency);
    when = `"${left.value}" == "${task.when.right}"`;
  }
  const args = {
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(artifacts.length > 0 ? { artifacts } : {}),
  };
  return {
    name: task.name,
    template: task.kind === 'dag' ? task.template : task.name,
    ...(dependencies.size > 0 ? { dependencies: [...dependencies].sort() } : {}),
    ...(Object.keys(args).length > 0 ? { arguments: args } : {}),
    ...(when ? { when } : {}),
  };
}

function dagTemplate(dag: DagTemplate): Record<string, unknown> {
  const scope = { siblings: new Set(dag.tasks.map((t) => t.name)) };
  return {
    name: dag.name,
    ...(dag.inputs.length > 0
      ? { inputs: { parameters: dag.inputs.map((name) => ({ name })) } }
      : {}),
    dag: {
      tasks: [...dag.tasks]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((t) => dagTask(t, scope)),
    },
  };
}

/** The Argo Workflow kfp 1.8 compiles the pipeline to. */
export function compileKfp1(pipeline: Kfp1Pipeline): Record<string, unknown> {
  const root: DagTemplate = {
    name: pipeline.name,
    inputs: pipeline.params.map((p) => p.name),
    tasks: pipeline.root.tasks,
  };
  const dags = [root, ...(pipeline.dags ?? [])];
  const containers = new Map<string, ContainerTask>();
  for (const dag of dags)
    for (const t of dag.tasks) if (t.kind === 'container') containers.set(t.name, t);
  if (pipeline.onExit) containers.set(pipeline.onExit.name, pipeline.onExit);
  const templates = [
    ...dags.map(dagTemplate),
    ...[...containers.values()].map((t) => containerTemplate(t, pipeline)),
  ];
  templates.sort((a, b) => String(a.name).localeCompare(String(b.name)));
  const pipelineSpec = {
    description: pipeline.description,
    inputs: pipeline.params.map((p) => ({
      default: p.default,
      name: p.name,
      optional: true,
      type: p.type,
    })),
    name: pipeline.name,
  };
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: {
      generateName: `${pipeline.name}-`,
      annotations: {
        'pipelines.kubeflow.org/kfp_sdk_version': kfpSdkVersion,
        'pipelines.kubeflow.org/pipeline_compilation_time': pipeline.compiledAt,
        'pipelines.kubeflow.org/pipeline_spec': pyJson(pipelineSpec),
      },
      labels: { 'pipelines.kubeflow.org/kfp_sdk_version': kfpSdkVersion },
    },
    spec: {
      entrypoint: pipeline.name,
      templates,
      ...(pipeline.onExit ? { onExit: pipeline.onExit.name } : {}),
      arguments: { parameters: pipeline.params.map((p) => ({ name: p.name, value: p.default })) },
      serviceAccountName: 'pipeline-runner',
      ...(pipeline.volume
        ? {
            volumes: [
              {
                name: pipeline.volume.name,
                persistentVolumeClaim: { claimName: pipeline.volume.claimName },
              },
            ],
          }
        : {}),
    },
  };
}

export const toYaml = (document: unknown): string =>
  stringify(document, {
    version: '1.1',
    lineWidth: 100,
    blockQuote: 'literal',
    aliasDuplicateObjects: false,
  });
