import { outputRefs, parseDepends } from './argo-refs.ts';
import type { GraphBuilder } from './graph-builder.ts';
import {
  recordsAt,
  scalarText,
  stringAt,
  stringsAt,
  type UnknownRecord,
} from './unknown-reader.ts';

/**
 * The edges between the tasks of an Argo DAG (`dependencies`, `depends`) or the steps of a steps template
 * (group after group), and the data edges their output references make.
 */

/** One DAG task or step, with the id it got. */
export interface Placed {
  readonly id: string;
  readonly name: string;
  readonly item: UnknownRecord;
}

/** DAG tasks wait for their `dependencies` and `depends` (labelled with the result they wait for). */
export function wireDag(builder: GraphBuilder, placed: readonly Placed[]): void {
  const idByName = new Map(placed.map((task) => [task.name, task.id]));
  for (const task of placed) {
    for (const upstream of stringsAt(task.item, 'dependencies')) {
      const source = idByName.get(upstream);
      if (source !== undefined) builder.addEdge(source, task.id, { kind: 'dependency' });
    }
    const depends = stringAt(task.item, 'depends');
    for (const ref of depends === undefined ? [] : parseDepends(depends)) {
      const source = idByName.get(ref.task);
      if (source !== undefined)
        builder.addEdge(source, task.id, { kind: 'dependency', label: ref.result });
    }
    wireOutputRefs(builder, task, 'tasks', idByName);
  }
}

/** Steps run group after group: every step of a group waits for every step of the group before. */
export function wireSteps(builder: GraphBuilder, groups: readonly (readonly Placed[])[]): void {
  const idByName = new Map<string, string>();
  groups.forEach((group, index) => {
    const previous = groups[index - 1] ?? [];
    for (const step of group) {
      for (const before of previous) builder.addEdge(before.id, step.id, { kind: 'dependency' });
      wireOutputRefs(builder, step, 'steps', idByName);
    }
    for (const step of group) idByName.set(step.name, step.id);
  });
}

/** Data edges from `{{tasks.X.outputs.parameters.Y}}` in arguments and `withParam`. */
function wireOutputRefs(
  builder: GraphBuilder,
  placed: Placed,
  scope: 'tasks' | 'steps',
  idByName: ReadonlyMap<string, string>,
): void {
  const texts: [string, string | undefined][] = [
    ...recordsAt(placed.item, 'arguments', 'parameters').map((p): [string, string | undefined] => [
      scalarText(p.value) ?? '',
      undefined,
    ]),
    ...recordsAt(placed.item, 'arguments', 'artifacts').map((a): [string, string | undefined] => [
      stringAt(a, 'from') ?? '',
      undefined,
    ]),
    [stringAt(placed.item, 'withParam') ?? '', 'items'],
  ];
  for (const [text, label] of texts) {
    for (const ref of outputRefs(text)) {
      const source = ref.scope === scope ? idByName.get(ref.task) : undefined;
      if (source !== undefined)
        builder.addEdge(source, placed.id, { kind: 'data', label: label ?? ref.output });
    }
  }
}
