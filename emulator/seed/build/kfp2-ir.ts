import { stringify } from 'yaml';

/**
 * Helpers to write KFP v2 IR (PipelineSpec, schemaVersion 2.1.0) the way the kfp 2.9 compiler
 * lays it out: components, deploymentSpec executors with the Python source, root DAG.
 */

export const kfp2SdkVersion = '2.9.0';

export type ParameterType =
  'STRING' | 'NUMBER_INTEGER' | 'NUMBER_DOUBLE' | 'BOOLEAN' | 'LIST' | 'STRUCT';
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonMap = { [key: string]: Json };

export interface V2Component {
  /** The Python function name; the component is `comp-<kebab>` and its executor `exec-<kebab>`. */
  readonly functionName: string;
  readonly source: string;
  readonly packages?: readonly string[];
  readonly image?: string;
  readonly inputs?: {
    readonly parameters?: Readonly<Record<string, ParameterType>>;
    readonly artifacts?: Readonly<Record<string, string>>;
  };
  readonly outputs?: {
    readonly parameters?: Readonly<Record<string, ParameterType>>;
    readonly artifacts?: Readonly<Record<string, string>>;
  };
}

export const kebab = (name: string): string => name.replace(/_/g, '-');

const definitions = (io: V2Component['inputs']): JsonMap | undefined => {
  const out: JsonMap = {};
  const artifacts = Object.entries(io?.artifacts ?? {});
  const parameters = Object.entries(io?.parameters ?? {});
  if (artifacts.length > 0)
    out.artifacts = Object.fromEntries(
      artifacts.map(([k, schemaTitle]) => [
        k,
        { artifactType: { schemaTitle, schemaVersion: '0.0.1' } },
      ]),
    );
  if (parameters.length > 0)
    out.parameters = Object.fromEntries(
      parameters.map(([k, parameterType]) => [k, { parameterType }]),
    );
  return Object.keys(out).length > 0 ? out : undefined;
};

/** The component entry (`components.comp-x`). */
export function componentEntry(c: V2Component, suffix = ''): JsonMap {
  const inputDefinitions = definitions(c.inputs);
  const outputDefinitions = definitions(c.outputs);
  return {
    executorLabel: `exec-${kebab(c.functionName)}${suffix}`,
    ...(inputDefinitions ? { inputDefinitions } : {}),
    ...(outputDefinitions ? { outputDefinitions } : {}),
  };
}

/** The executor (`deploymentSpec.executors.exec-x`): pip, then kfp's executor_main on the function. */
export function executorEntry(c: V2Component): JsonMap {
  const kfp = `python3 -m pip install --quiet --no-warn-script-location 'kfp==${kfp2SdkVersion}' '--no-deps' 'typing-extensions>=3.7.4,<5; python_version<"3.9"'`;
  const extra = (c.packages ?? []).map((p) => `'${p}'`).join(' ');
  const pip = extra
    ? `python3 -m pip install --quiet --no-warn-script-location ${extra}  &&  ${kfp}`
    : kfp;
  return {
    container: {
      args: ['--executor_input', '{{$}}', '--function_to_execute', c.functionName],
      command: [
        'sh',
        '-c',
        `\nif ! [ -x "$(command -v pip)" ]; then\n    python3 -m ensurepip || python3 -m ensurepip --user || apt-get install python3-pip\nfi\n\nPIP_DISABLE_PIP_VERSION_CHECK=1 ${pip} && "$0" "$@"\n`,
        'sh',
        '-ec',
        'program_path=$(mktemp -d)\n\nprintf "%s" "$0" > "$program_path/ephemeral_component.py"\n_KFP_RUNTIME=true python3 -m kfp.dsl.executor_main                         --component_module_path                         "$program_path/ephemeral_component.py"                         "$@"\n',
        `\nimport kfp\nfrom kfp import dsl\nfrom kfp.dsl import *\nfrom typing import *\n\n${c.source.trimEnd()}\n\n`,
      ],
      image: c.image ?? 'python:3.10',
    },
  };
}

export const fromInput = (name: string): Json => ({ componentInputParameter: name });
export const fromTask = (producerTask: string, outputParameterKey = 'Output'): Json => ({
  taskOutputParameter: { outputParameterKey, producerTask },
});
export const constant = (value: Json): Json => ({ runtimeValue: { constant: value } });
export const artifactFromTask = (producerTask: string, outputArtifactKey: string): Json => ({
  taskOutputArtifact: { outputArtifactKey, producerTask },
});
export const artifactFromInput = (name: string): Json => ({ componentInputArtifact: name });

export interface TaskOptions {
  readonly parameters?: Readonly<Record<string, Json>>;
  readonly artifacts?: Readonly<Record<string, Json>>;
  readonly dependentTasks?: readonly string[];
  readonly condition?: string;
  readonly iterator?: { readonly itemInput: string; readonly inputParameter: string };
  readonly runAfterFailures?: boolean;
  /** DAG components (loops, conditions, exit handlers) have no caching options. */
  readonly dag?: boolean;
  /** `set_caching_options(False)`: the compiler writes `cachingOptions: {}` (enableCache false). */
  readonly noCache?: boolean;
}

/** A task of a DAG (`dag.tasks.<name>`). */
export function task(name: string, componentRef: string, options: TaskOptions = {}): JsonMap {
  const inputs: JsonMap = {};
  if (options.artifacts) inputs.artifacts = { ...options.artifacts };
  if (options.parameters) inputs.parameters = { ...options.parameters };
  return {
    ...(options.dag
      ? {}
      : { cachingOptions: options.noCache === true ? {} : { enableCache: true } }),
    componentRef: { name: componentRef },
    ...(options.dependentTasks && options.dependentTasks.length > 0
      ? { dependentTasks: [...options.dependentTasks] }
      : {}),
    ...(Object.keys(inputs).length > 0 ? { inputs } : {}),
    ...(options.iterator
      ? {
          parameterIterator: {
            itemInput: options.iterator.itemInput,
            items: { inputParameter: options.iterator.inputParameter },
          },
        }
      : {}),
    taskInfo: { name },
    ...(options.condition ? { triggerPolicy: { condition: options.condition } } : {}),
    ...(options.runAfterFailures
      ? { triggerPolicy: { strategy: 'ALL_UPSTREAM_TASKS_COMPLETED' } }
      : {}),
  };
}

export interface PipelineInput {
  readonly type: ParameterType;
  readonly default?: Json;
}

/** The PipelineSpec document, with the comment header the compiler writes. */
export function pipelineSpec(options: {
  name: string;
  description: string;
  inputs: Readonly<Record<string, PipelineInput>>;
  components: Readonly<Record<string, Json>>;
  executors: Readonly<Record<string, Json>>;
  tasks: Readonly<Record<string, Json>>;
}): JsonMap {
  const parameters = Object.fromEntries(
    Object.entries(options.inputs).map(([name, input]) => [
      name,
      {
        ...(input.default !== undefined ? { defaultValue: input.default, isOptional: true } : {}),
        parameterType: input.type,
      },
    ]),
  );
  const sorted = <T>(record: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    components: sorted(options.components),
    deploymentSpec: { executors: sorted(options.executors) },
    pipelineInfo: { description: options.description, name: options.name },
    root: {
      dag: { tasks: sorted(options.tasks) },
      ...(Object.keys(parameters).length > 0 ? { inputDefinitions: { parameters } } : {}),
    },
    schemaVersion: '2.1.0',
    sdkVersion: `kfp-${kfp2SdkVersion}`,
  };
}

/** Python's repr of a default value, as the compiler writes it into the header. */
function pyRepr(value: Json): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `'${k}': ${pyRepr(v)}`)
      .join(', ')}}`;
  return String(value);
}

const typeNames: Record<ParameterType, string> = {
  STRING: 'str',
  NUMBER_INTEGER: 'int',
  NUMBER_DOUBLE: 'float',
  BOOLEAN: 'bool',
  LIST: 'list',
  STRUCT: 'dict',
};

/** YAML with the `# PIPELINE DEFINITION` header of compiled files. */
export function irYaml(
  spec: unknown,
  meta: { name: string; description: string; inputs: Readonly<Record<string, PipelineInput>> },
): string {
  const header = [
    '# PIPELINE DEFINITION',
    `# Name: ${meta.name}`,
    `# Description: ${meta.description}`,
  ];
  const entries = Object.entries(meta.inputs);
  if (entries.length > 0) {
    header.push('# Inputs:');
    for (const [k, v] of entries)
      header.push(
        `#    ${k}: ${typeNames[v.type]}${v.default !== undefined ? ` [Default: ${pyRepr(v.default)}]` : ''}`,
      );
  }
  return `${header.join('\n')}\n${stringify(spec, { version: '1.1', lineWidth: 100, blockQuote: 'literal', aliasDuplicateObjects: false })}`;
}

/** `components` and `deploymentSpec.executors` entries of Python components. */
export function pythonComponents(components: readonly V2Component[]): {
  components: Record<string, Json>;
  executors: Record<string, Json>;
} {
  const key = (c: V2Component) => kebab(c.functionName);
  return {
    components: Object.fromEntries(components.map((c) => [`comp-${key(c)}`, componentEntry(c)])),
    executors: Object.fromEntries(components.map((c) => [`exec-${key(c)}`, executorEntry(c)])),
  };
}
