import { argoTaskDetails, templateRefName } from './argo-details.ts';
import { wireDag, wireSteps, type Placed } from './argo-edges.ts';
import { GraphBuilder, PipelineSpecError } from './graph-builder.ts';
import type { GroupKind, IoSpec, NodeDetails, PipelineGraph } from './graph-model.ts';
import {
  arrayAt,
  isRecord,
  recordAt,
  recordsAt,
  scalarText,
  stringAt,
  valueText,
  type UnknownRecord,
} from './unknown-reader.ts';

/** The id of the workflow's `spec.onExit` handler node. */
export const ARGO_EXIT_ID = 'onExit';

interface Context {
  readonly builder: GraphBuilder;
  readonly templates: ReadonlyMap<string, UnknownRecord>;
  readonly workflowVolumes: readonly UnknownRecord[];
}

/** A DAG/steps template being expanded on the way down; a task calling one of these is a recursion. */
interface Frame {
  readonly template: string;
  /** The group node of that expansion; undefined for the entrypoint itself. */
  readonly id: string | undefined;
}

/** Argo `Workflow` (as compiled by the kfp 1.x SDK, or hand-written) → graph. */
export function graphFromArgoWorkflow(workflow: unknown): PipelineGraph {
  if (!isRecord(workflow)) throw new PipelineSpecError('An Argo Workflow must be an object.');
  const spec = recordAt(workflow, 'spec');
  if (!spec) throw new PipelineSpecError('The Argo Workflow has no spec.');
  const templates = new Map<string, UnknownRecord>();
  for (const template of recordsAt(spec, 'templates')) {
    const name = stringAt(template, 'name');
    if (name !== undefined) templates.set(name, template);
  }
  const entrypoint = stringAt(spec, 'entrypoint') ?? soleUncalledTemplate(templates);
  if (entrypoint === undefined)
    throw new PipelineSpecError('The Argo Workflow has no spec.entrypoint.');
  const entry = templates.get(entrypoint);
  if (!entry)
    throw new PipelineSpecError(
      `The entrypoint template "${entrypoint}" is not among spec.templates.`,
    );
  const context: Context = {
    builder: new GraphBuilder(),
    templates,
    workflowVolumes: recordsAt(spec, 'volumes'),
  };
  const placed = isComposite(entry)
    ? expandTemplate(context, entry, undefined, entrypoint, [
        { template: entrypoint, id: undefined },
      ])
    : [placeItem(context, { name: entrypoint, template: entrypoint }, undefined, '', [])];
  const onExit = stringAt(spec, 'onExit');
  if (onExit !== undefined) addWorkflowExitHandler(context, onExit, placed);
  const pipelineSpec = parseJsonRecord(
    stringAt(workflow, 'metadata', 'annotations', 'pipelines.kubeflow.org/pipeline_spec'),
  );
  return context.builder.build({
    source: 'argo',
    name:
      stringAt(pipelineSpec, 'name') ??
      stringAt(workflow, 'metadata', 'name') ??
      stringAt(workflow, 'metadata', 'generateName'),
    description: stringAt(pipelineSpec, 'description'),
    inputs: workflowInputs(spec, pipelineSpec),
  });
}

/** Without `spec.entrypoint`, the one template no other template calls (if there is exactly one). */
function soleUncalledTemplate(templates: ReadonlyMap<string, UnknownRecord>): string | undefined {
  const called = new Set<string>();
  for (const template of templates.values()) {
    const items = [
      ...recordsAt(template, 'dag', 'tasks'),
      ...arrayAt(template, 'steps').flatMap((group) =>
        Array.isArray(group) ? group.filter(isRecord) : [],
      ),
    ];
    for (const item of items) called.add(stringAt(item, 'template') ?? '');
  }
  const roots = [...templates.keys()].filter((name) => !called.has(name));
  return roots.length === 1 ? roots[0] : undefined;
}

function isComposite(template: UnknownRecord | undefined): boolean {
  return recordAt(template, 'dag') !== undefined || Array.isArray(template?.steps);
}

/** Adds the tasks or steps of a DAG/steps template under `parentId` and wires their edges. */
function expandTemplate(
  context: Context,
  template: UnknownRecord,
  parentId: string | undefined,
  prefix: string,
  stack: readonly Frame[],
): Placed[] {
  const dag = recordAt(template, 'dag');
  if (dag) {
    const placed = recordsAt(dag, 'tasks').map((task) =>
      placeItem(context, task, parentId, prefix, stack),
    );
    wireDag(context.builder, placed);
    return placed;
  }
  const groups = arrayAt(template, 'steps').map((group) =>
    Array.isArray(group) ? group.filter(isRecord) : recordsAt(group, 'steps'),
  );
  const placedGroups = groups.map((group) =>
    group.map((step) => placeItem(context, step, parentId, prefix, stack)),
  );
  wireSteps(context.builder, placedGroups);
  return placedGroups.flat();
}

/**
 * Adds one task/step node: a task, a group (expanded recursively) or a call back into an enclosing template.
 * Its id is `<prefix>/<name>`; a workflow whose entrypoint is a single container is one node, `<entrypoint>`.
 */
function placeItem(
  context: Context,
  item: UnknownRecord,
  parentId: string | undefined,
  prefix: string,
  stack: readonly Frame[],
): Placed {
  const { builder } = context;
  const name = stringAt(item, 'name') ?? '?';
  const id = builder.uniqueId(prefix === '' ? name : `${prefix}/${name}`);
  const templateName = stringAt(item, 'template');
  const template =
    templateName === undefined ? recordAt(item, 'inline') : context.templates.get(templateName);
  const details = argoTaskDetails(name, item, template, context.workflowVolumes);
  if (!template || !isComposite(template)) {
    builder.addTask(id, name, parentId, details);
  } else {
    const enclosing =
      templateName === undefined
        ? undefined
        : stack.find((frame) => frame.template === templateName);
    if (enclosing) {
      builder.addRecursiveCall(id, name, parentId, enclosing.id, details);
    } else {
      builder.addGroup(
        id,
        name,
        parentId,
        groupKind(item, templateName ?? templateRefName(item) ?? ''),
        details,
      );
      expandTemplate(context, template, id, id, [...stack, { template: templateName ?? id, id }]);
    }
  }
  const exitTemplate = stringAt(item, 'onExit');
  if (exitTemplate !== undefined)
    addExitNode(context, `${id}.onExit`, parentId, exitTemplate, [id], stack);
  return { id, name, item };
}

function groupKind(item: UnknownRecord, templateName: string): GroupKind {
  if (
    Array.isArray(item.withItems) ||
    item.withParam !== undefined ||
    item.withSequence !== undefined
  )
    return 'loop';
  if (templateName.startsWith('exit-handler-')) return 'exit-handler';
  if (item.when !== undefined || templateName.startsWith('condition-')) return 'condition';
  return 'pipeline';
}

function addExitNode(
  context: Context,
  id: string,
  parentId: string | undefined,
  templateName: string,
  scopeIds: readonly string[],
  stack: readonly Frame[],
): void {
  const template = context.templates.get(templateName);
  const name = id.slice(id.lastIndexOf('/') + 1);
  const details: NodeDetails = {
    ...argoTaskDetails(
      templateName,
      { name, template: templateName },
      template,
      context.workflowVolumes,
    ),
    exitHandler: { role: 'exit-task', scopeIds },
  };
  if (
    template &&
    isComposite(template) &&
    !stack.some((frame) => frame.template === templateName)
  ) {
    context.builder.addGroup(id, name, parentId, 'pipeline', details);
    expandTemplate(context, template, id, id, [...stack, { template: templateName, id }]);
  } else {
    context.builder.addTask(id, name, parentId, details);
  }
  for (const scope of scopeIds) {
    context.builder.addEdge(scope, id, { kind: 'dependency', label: 'exit' });
    context.builder.patchDetails(scope, { exitHandler: { role: 'scope', exitTaskIds: [id] } });
  }
}

/** `spec.onExit` guards the KFP `exit-handler-N` groups; without one, the whole workflow (edges from its last tasks). */
function addWorkflowExitHandler(
  context: Context,
  templateName: string,
  roots: readonly Placed[],
): void {
  const { builder } = context;
  const scopes = roots
    .filter((root) => stringAt(root.item, 'template')?.startsWith('exit-handler-') === true)
    .map((root) => root.id);
  addExitNode(context, ARGO_EXIT_ID, undefined, templateName, scopes, []);
  if (scopes.length > 0) return;
  const sinks = roots.filter((root) => !builder.hasOutgoing(root.id));
  for (const sink of sinks)
    builder.addEdge(sink.id, ARGO_EXIT_ID, { kind: 'dependency', label: 'exit' });
}

function parseJsonRecord(text: string | undefined): UnknownRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Workflow parameters, typed from the KFP pipeline_spec annotation when it is there. */
function workflowInputs(spec: UnknownRecord, pipelineSpec: UnknownRecord | undefined): IoSpec[] {
  return recordsAt(spec, 'arguments', 'parameters').map((parameter) => {
    const name = stringAt(parameter, 'name') ?? '?';
    const declared = recordsAt(pipelineSpec, 'inputs').find(
      (input) => stringAt(input, 'name') === name,
    );
    return {
      name,
      kind: 'parameter',
      type: stringAt(declared, 'type'),
      defaultValue: scalarText(parameter.value) ?? valueText(declared?.default),
      optional: declared?.optional === true ? true : undefined,
      description: stringAt(declared, 'description'),
    };
  });
}
