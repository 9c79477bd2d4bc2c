import { ExpressionSyntaxError, parseCondition } from '../expression.ts';
import { objectField } from '../json.ts';
import type { IrComponent, IrPipeline } from './spec.ts';

/** Finds a cycle among named nodes, returned as a path like `a → b → a`. */
export function findCycle(
  names: readonly string[],
  deps: (name: string) => readonly string[],
): string | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting')
      return [...stack.slice(stack.indexOf(name)), name].join(' → ');
    state.set(name, 'visiting');
    stack.push(name);
    for (const dep of deps(name)) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of names) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

function checkDag(pipeline: IrPipeline, component: IrComponent): string | undefined {
  const tasks = component.tasks ?? [];
  const byName = new Map(tasks.map((t) => [t.name, t]));
  for (const task of tasks) {
    if (!pipeline.components.has(task.componentRef)) {
      return `task '${task.name}' in ${component.name} refers to a missing component '${task.componentRef}'`;
    }
    for (const dep of task.deps) {
      if (!byName.has(dep))
        return `task '${task.name}' in ${component.name} depends on an unknown task '${dep}'`;
    }
    if (task.condition !== undefined) {
      try {
        parseCondition(task.condition, 'cel');
      } catch (e) {
        const reason = e instanceof ExpressionSyntaxError ? e.message : String(e);
        return `cannot parse the condition of task '${task.name}' (${task.condition}): ${reason}`;
      }
    }
    if (task.iterator && !task.iterator.input && task.iterator.raw === undefined) {
      return `the loop '${task.name}' has no items`;
    }
  }
  const cycle = findCycle(
    tasks.map((t) => t.name),
    (name) => byName.get(name)?.deps ?? [],
  );
  return cycle ? `dependency cycle in ${component.name}: ${cycle}` : undefined;
}

/** Checks everything reachable from root; returns a readable error or undefined. */
export function validateIr(pipeline: IrPipeline): string | undefined {
  if (!pipeline.root.tasks) return 'the pipeline spec has no root.dag.tasks';
  const seen = new Set<string>();
  const order: IrComponent[] = [pipeline.root];
  for (const component of pipeline.components.values()) order.push(component);
  const cycle = findCycle(
    order.map((c) => c.name),
    (name) =>
      (name === 'root' ? pipeline.root : pipeline.components.get(name))?.tasks?.map(
        (t) => t.componentRef,
      ) ?? [],
  );
  if (cycle) return `recursive component reference: ${cycle}`;
  const queue: IrComponent[] = [pipeline.root];
  while (queue.length > 0) {
    const component = queue.shift();
    if (!component || seen.has(component.name)) continue;
    seen.add(component.name);
    if (component.tasks) {
      const problem = checkDag(pipeline, component);
      if (problem) return problem;
      for (const task of component.tasks) {
        const child = pipeline.components.get(task.componentRef);
        if (child) queue.push(child);
      }
      continue;
    }
    const label = component.executorLabel;
    if (!label) return `component '${component.name}' has neither a dag nor an executorLabel`;
    const executor = pipeline.executors.get(label);
    if (!executor) return `component '${component.name}' refers to a missing executor '${label}'`;
    if (!objectField(executor, 'container') && !objectField(executor, 'importer')) {
      return `executor '${label}' has no container or importer`;
    }
  }
  return undefined;
}
