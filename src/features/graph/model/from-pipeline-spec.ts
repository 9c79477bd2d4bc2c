import { GraphBuilder, PipelineSpecError } from './graph-builder.ts';
import type { GroupKind, IoSpec, PipelineGraph } from './graph-model.ts';
import { channelName, dataRefs, ioDefinitions } from './v2-io.ts';
import { v2TaskDetails } from './v2-task-details.ts';
import {
  recordAt,
  recordEntries,
  stringAt,
  stringsAt,
  type UnknownRecord,
} from './unknown-reader.ts';
import { isRecord } from '@/lib/parse/reader.ts';
/** The id prefix of v2 nodes: tasks of the root DAG are `root/<task>`. */
export const V2_ROOT = 'root';

const EXIT_STRATEGY = 'ALL_UPSTREAM_TASKS_COMPLETED';

interface Context {
  readonly builder: GraphBuilder;
  readonly components: UnknownRecord;
  readonly executors: UnknownRecord;
  readonly platformExecutors: UnknownRecord | undefined;
}

/** An enclosing DAG task on the way down: lets a component that (illegally) contains itself end as a cycle. */
interface Ancestor {
  readonly componentName: string;
  readonly id: string;
}

/**
 * KFP v2 IR (`pipelineInfo`, `root`, `components`, `deploymentSpec`) → graph. `platformSpec` is the optional
 * second document (`{platforms: {kubernetes: …}}`) that holds volumes, secrets and the like.
 */
export function graphFromPipelineSpec(spec: unknown, platformSpec?: unknown): PipelineGraph {
  if (!isRecord(spec)) throw new PipelineSpecError('A KFP pipeline spec must be an object.');
  const rootDag = recordAt(spec, 'root', 'dag');
  if (!rootDag) throw new PipelineSpecError('The pipeline spec has no root.dag.');
  const context: Context = {
    builder: new GraphBuilder(),
    components: recordAt(spec, 'components') ?? {},
    executors: recordAt(spec, 'deploymentSpec', 'executors') ?? {},
    platformExecutors: recordAt(
      platformSpec,
      'platforms',
      'kubernetes',
      'deploymentSpec',
      'executors',
    ),
  };
  walkDag(context, rootDag, undefined, V2_ROOT, []);
  return context.builder.build({
    source: 'v2',
    name: stringAt(spec, 'pipelineInfo', 'displayName') ?? stringAt(spec, 'pipelineInfo', 'name'),
    description: stringAt(spec, 'pipelineInfo', 'description'),
    inputs: ioDefinitions(recordAt(spec, 'root', 'inputDefinitions')),
  });
}

function walkDag(
  context: Context,
  dag: UnknownRecord,
  parentId: string | undefined,
  prefix: string,
  ancestors: readonly Ancestor[],
): void {
  const { builder } = context;
  const tasks = recordEntries(recordAt(dag, 'tasks'));
  const idOf = (key: string): string => `${prefix}/${key}`;
  for (const [key, task] of tasks) {
    const id = idOf(key);
    const componentName = stringAt(task, 'componentRef', 'name');
    const component =
      componentName === undefined ? undefined : recordAt(context.components, componentName);
    const executorLabel = stringAt(component, 'executorLabel');
    const details = v2TaskDetails({
      key,
      task,
      componentName,
      component,
      executor:
        executorLabel === undefined ? undefined : recordAt(context.executors, executorLabel),
      platform:
        executorLabel === undefined
          ? undefined
          : recordAt(context.platformExecutors, executorLabel),
    });
    const subDag = recordAt(component, 'dag');
    if (!subDag || componentName === undefined) {
      builder.addTask(id, key, parentId, details);
      addArtifacts(builder, id, details.outputs);
      continue;
    }
    const enclosing = ancestors.find((ancestor) => ancestor.componentName === componentName);
    if (enclosing) {
      builder.addRecursiveCall(id, key, parentId, enclosing.id, details);
      continue;
    }
    builder.addGroup(id, key, parentId, groupKind(task, componentName), details);
    // A sub-DAG's outputs (`dag.outputs`, e.g. a loop's collected artifacts) are artifacts of the group.
    addArtifacts(builder, id, details.outputs);
    walkDag(context, subDag, id, id, [...ancestors, { componentName, id }]);
  }
  for (const [key, task] of tasks) {
    const target = idOf(key);
    for (const upstream of stringsAt(task, 'dependentTasks'))
      builder.addEdge(idOf(upstream), target, { kind: 'dependency' });
    for (const ref of dataRefs(task))
      builder.addEdge(idOf(ref.producer), target, {
        kind: 'data',
        label: ref.label,
        ...(ref.artifact ? { artifact: ref.artifact } : {}),
      });
  }
  linkExitHandlers(builder, tasks, idOf);
}

function addArtifacts(builder: GraphBuilder, producerId: string, outputs: readonly IoSpec[]): void {
  for (const output of outputs)
    if (output.kind === 'artifact')
      builder.addArtifact(producerId, output, channelName(output.name));
}

function groupKind(task: UnknownRecord, componentName: string): GroupKind {
  if (recordAt(task, 'parameterIterator') || recordAt(task, 'artifactIterator')) return 'loop';
  if (componentName.startsWith('comp-condition-branches-')) return 'condition-branches';
  if (
    stringAt(task, 'triggerPolicy', 'condition') !== undefined ||
    componentName.startsWith('comp-condition-')
  )
    return 'condition';
  if (componentName.startsWith('comp-exit-handler-')) return 'exit-handler';
  return 'pipeline';
}

/** An exit task depends on an exit-handler group and runs once all upstream tasks completed, whatever their state. */
function linkExitHandlers(
  builder: GraphBuilder,
  tasks: readonly [string, UnknownRecord][],
  idOf: (key: string) => string,
): void {
  const exitTasksByScope = new Map<string, string[]>();
  for (const [key, task] of tasks) {
    if (stringAt(task, 'triggerPolicy', 'strategy') !== EXIT_STRATEGY) continue;
    const scopes = stringsAt(task, 'dependentTasks')
      .map(idOf)
      .filter((id) => isExitScope(builder, id));
    if (scopes.length === 0) continue;
    const exitId = idOf(key);
    builder.patchDetails(exitId, { exitHandler: { role: 'exit-task', scopeIds: scopes } });
    for (const scope of scopes) {
      exitTasksByScope.set(scope, [...(exitTasksByScope.get(scope) ?? []), exitId]);
      builder.addEdge(scope, exitId, { kind: 'dependency', label: 'exit' });
    }
  }
  for (const [scope, exitTaskIds] of exitTasksByScope)
    builder.patchDetails(scope, { exitHandler: { role: 'scope', exitTaskIds } });
}

function isExitScope(builder: GraphBuilder, id: string): boolean {
  return builder.details(id)?.componentName?.startsWith('comp-exit-handler-') === true;
}
