import {
  asArray,
  asNumber,
  asObject,
  asString,
  arrayField,
  field,
  jsonToText,
  objectField,
  parseJson,
  stringField,
} from '../json.ts';
import type { JsonObject, JsonValue } from '../../lib/json.ts';

/** Typed views of an Argo Workflow as compiled by the kfp 1.x SDK. */

export interface ArgoParam {
  readonly name: string;
  readonly value?: string;
  readonly valueFrom?: JsonObject;
}

export interface ArgoArtifactArg {
  readonly name: string;
  readonly from?: string;
  readonly raw?: string;
  readonly path?: string;
}

export interface ArgoTask {
  readonly name: string;
  readonly template: string;
  readonly dependencies: readonly string[];
  readonly when?: string;
  readonly withItems?: readonly JsonValue[];
  readonly withParam?: string;
  readonly parameters: readonly ArgoParam[];
  readonly artifacts: readonly ArgoArtifactArg[];
}

export type TemplateKind = 'dag' | 'steps' | 'container' | 'script' | 'resource' | 'suspend';

export interface ArgoTemplate {
  readonly name: string;
  readonly kind: TemplateKind | undefined;
  readonly tasks: readonly ArgoTask[];
  readonly steps: readonly (readonly ArgoTask[])[];
  readonly inputParameters: readonly ArgoParam[];
  readonly inputArtifacts: readonly ArgoArtifactArg[];
  readonly outputParameters: readonly ArgoParam[];
  readonly outputArtifacts: readonly ArgoArtifactArg[];
  readonly image?: string;
  readonly command: readonly string[];
  readonly retryLimit: number;
  readonly parallelism: number;
  readonly failFast: boolean;
  /** Output parameter types: the kfp component spec's (`JsonArray`, `Integer`…) or `JsonArray` when a loop iterates it. */
  readonly outputTypes: Readonly<Record<string, string>>;
  /** The template as written (container resources and volume mounts for the pod's spec). */
  readonly raw: JsonObject;
}

export interface ArgoWorkflow {
  readonly pipelineName: string;
  readonly entrypoint: string;
  readonly onExit?: string;
  readonly templates: ReadonlyMap<string, ArgoTemplate>;
  readonly arguments: readonly ArgoParam[];
  /** `spec.volumes` (PVCs the templates mount). */
  readonly volumes: readonly JsonValue[];
}

function param(value: JsonValue): ArgoParam | undefined {
  const name = stringField(value, 'name');
  if (name === undefined) return undefined;
  const raw = field(value, 'value');
  const valueFrom = objectField(value, 'valueFrom');
  return {
    name,
    ...(raw !== undefined && raw !== null ? { value: jsonToText(raw) } : {}),
    ...(valueFrom ? { valueFrom } : {}),
  };
}

function params(list: readonly JsonValue[]): ArgoParam[] {
  return list.flatMap((p) => param(p) ?? []);
}

function artifactArgs(list: readonly JsonValue[]): ArgoArtifactArg[] {
  return list.flatMap((a) => {
    const name = stringField(a, 'name');
    if (name === undefined) return [];
    const from = stringField(a, 'from');
    const raw = stringField(a, 'raw', 'data');
    const path = stringField(a, 'path');
    return [
      {
        name,
        ...(from !== undefined ? { from } : {}),
        ...(raw !== undefined ? { raw } : {}),
        ...(path !== undefined ? { path } : {}),
      },
    ];
  });
}

/** Task names an enhanced `depends` expression mentions (`a.Succeeded && (b || c)`). */
function dependsNames(depends: string): string[] {
  return [...depends.matchAll(/[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z]+)?/g)]
    .map((m) => m[0].split('.')[0] ?? '')
    .filter((n) => n !== '');
}

function task(value: JsonValue): ArgoTask | undefined {
  const name = stringField(value, 'name');
  if (name === undefined) return undefined;
  const when = stringField(value, 'when');
  const withItems = asArray(field(value, 'withItems'));
  const withParam = stringField(value, 'withParam');
  const depends = stringField(value, 'depends');
  const dependencies = [
    ...arrayField(value, 'dependencies').flatMap((d) => asString(d) ?? []),
    ...(depends ? dependsNames(depends) : []),
  ];
  return {
    name,
    template: stringField(value, 'template') ?? '',
    dependencies: [...new Set(dependencies)],
    ...(when !== undefined ? { when } : {}),
    ...(withItems ? { withItems } : {}),
    ...(withParam !== undefined ? { withParam } : {}),
    parameters: params(arrayField(value, 'arguments', 'parameters')),
    artifacts: artifactArgs(arrayField(value, 'arguments', 'artifacts')),
  };
}

/** Output types declared in the kfp 1.x `pipelines.kubeflow.org/component_spec` annotation. */
function declaredOutputTypes(
  t: JsonObject,
  name: string,
  outputs: readonly ArgoParam[],
): Record<string, string> {
  const annotation = stringField(
    t,
    'metadata',
    'annotations',
    'pipelines.kubeflow.org/component_spec',
  );
  const types: Record<string, string> = {};
  if (annotation === undefined) return types;
  for (const output of arrayField(parseJson(annotation), 'outputs')) {
    const outputName = stringField(output, 'name');
    const type = stringField(output, 'type');
    if (outputName === undefined || type === undefined) continue;
    const param = outputs.find(
      (p) =>
        p.name === outputName ||
        p.name === `${name}-${outputName}` ||
        p.name === `${name}-${outputName.replace(/_/g, '-')}`,
    );
    if (param) types[param.name] = type;
  }
  return types;
}

/** Outputs some loop iterates with `withParam: '{{tasks.T.outputs.parameters.P}}'` are JSON lists. */
function listOutputs(templates: ReadonlyMap<string, ArgoTemplate>): Map<string, Set<string>> {
  const lists = new Map<string, Set<string>>();
  for (const template of templates.values()) {
    const tasks = [...template.tasks, ...template.steps.flat()];
    for (const task of tasks) {
      const match = /\{\{\s*(?:tasks|steps)\.([^.]+)\.outputs\.parameters\.([^}\s]+)\s*\}\}/.exec(
        task.withParam ?? '',
      );
      const producer = tasks.find((t) => t.name === match?.[1]);
      if (!match || !producer) continue;
      const set = lists.get(producer.template) ?? new Set<string>();
      set.add(match[2] ?? '');
      lists.set(producer.template, set);
    }
  }
  return lists;
}

function kindOf(t: JsonObject): TemplateKind | undefined {
  const kinds: TemplateKind[] = ['dag', 'steps', 'container', 'script', 'resource', 'suspend'];
  return kinds.find((k) => t[k] !== undefined);
}

function template(t: JsonObject): ArgoTemplate {
  const container = objectField(t, 'container') ?? objectField(t, 'script');
  const command = [...arrayField(container, 'command'), ...arrayField(container, 'args')].flatMap(
    (c) => asString(c) ?? [],
  );
  const image = stringField(container, 'image');
  return {
    name: stringField(t, 'name') ?? '',
    kind: kindOf(t),
    tasks: arrayField(t, 'dag', 'tasks').flatMap((x) => task(x) ?? []),
    steps: arrayField(t, 'steps').map((group) =>
      (asArray(group) ?? []).flatMap((x) => task(x) ?? []),
    ),
    inputParameters: params(arrayField(t, 'inputs', 'parameters')),
    inputArtifacts: artifactArgs(arrayField(t, 'inputs', 'artifacts')),
    outputParameters: params(arrayField(t, 'outputs', 'parameters')),
    outputArtifacts: artifactArgs(arrayField(t, 'outputs', 'artifacts')),
    ...(image !== undefined ? { image } : {}),
    command: [
      ...command,
      ...(stringField(t, 'script', 'source') !== undefined
        ? [stringField(t, 'script', 'source') ?? '']
        : []),
    ],
    retryLimit: asNumber(field(t, 'retryStrategy', 'limit')) ?? 0,
    parallelism: asNumber(field(t, 'parallelism')) ?? 0,
    failFast: field(t, 'dag', 'failFast') !== false,
    outputTypes: declaredOutputTypes(
      t,
      stringField(t, 'name') ?? '',
      params(arrayField(t, 'outputs', 'parameters')),
    ),
    raw: t,
  };
}

/** The workflow's name base: `generateName` / `name` without the trailing dash, else the kfp annotation. */
function pipelineName(workflow: JsonObject): string {
  const generated =
    stringField(workflow, 'metadata', 'generateName') ?? stringField(workflow, 'metadata', 'name');
  if (generated !== undefined && generated.replace(/-+$/, '') !== '')
    return generated.replace(/-+$/, '');
  const annotation = stringField(
    workflow,
    'metadata',
    'annotations',
    'pipelines.kubeflow.org/pipeline_spec',
  );
  return (
    (annotation === undefined ? undefined : stringField(parseJson(annotation), 'name')) ??
    'pipeline'
  );
}

export function readWorkflow(workflow: JsonObject): ArgoWorkflow {
  const templates = new Map<string, ArgoTemplate>();
  for (const t of arrayField(workflow, 'spec', 'templates')) {
    const o = asObject(t);
    if (o) {
      const parsed = template(o);
      templates.set(parsed.name, parsed);
    }
  }
  for (const [name, outputs] of listOutputs(templates)) {
    const template = templates.get(name);
    if (!template) continue;
    const outputTypes = { ...template.outputTypes };
    for (const output of outputs) outputTypes[output] = 'JsonArray';
    templates.set(name, { ...template, outputTypes });
  }
  const onExit = stringField(workflow, 'spec', 'onExit');
  return {
    pipelineName: pipelineName(workflow),
    entrypoint: stringField(workflow, 'spec', 'entrypoint') ?? '',
    ...(onExit ? { onExit } : {}),
    templates,
    arguments: params(arrayField(workflow, 'spec', 'arguments', 'parameters')),
    volumes: arrayField(workflow, 'spec', 'volumes'),
  };
}
