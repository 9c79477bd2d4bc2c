import { findCycle } from '../ir/validate.ts';
import type { ArgoTask, ArgoWorkflow } from './spec.ts';
import { referencedTasks } from './substitute.ts';

/** Dependencies of a DAG task: declared ones plus tasks its arguments, `when` or `withParam` read. */
export function taskDeps(task: ArgoTask): string[] {
  const refs = [
    task.when ?? '',
    task.withParam ?? '',
    ...task.parameters.map((p) => p.value ?? ''),
    ...task.artifacts.map((a) => a.from ?? ''),
  ].flatMap(referencedTasks);
  return [...new Set([...task.dependencies, ...refs.filter((r) => r !== task.name)])].sort();
}

/** What Argo's validation would refuse before running anything; undefined when fine. */
export function validateWorkflow(workflow: ArgoWorkflow): string | undefined {
  if (!workflow.templates.has(workflow.entrypoint))
    return `spec.entrypoint '${workflow.entrypoint}' is not a template of the workflow`;
  if (workflow.onExit !== undefined && !workflow.templates.has(workflow.onExit))
    return `spec.onExit '${workflow.onExit}' is not a template of the workflow`;
  for (const template of workflow.templates.values()) {
    if (!template.kind)
      return `template '${template.name}' has no container, script, resource, dag or steps`;
    const tasks = template.kind === 'steps' ? template.steps.flat() : template.tasks;
    for (const task of tasks) {
      if (!workflow.templates.has(task.template))
        return `templates.${template.name}.tasks.${task.name} refers to a missing template '${task.template}'`;
    }
    if (template.kind !== 'dag') continue;
    const byName = new Map(template.tasks.map((t) => [t.name, t]));
    for (const task of template.tasks) {
      for (const dep of taskDeps(task)) {
        if (!byName.has(dep))
          return `templates.${template.name}.tasks.${task.name} depends on an unknown task '${dep}'`;
      }
    }
    const cycle = findCycle(
      template.tasks.map((t) => t.name),
      (name) => {
        const t = byName.get(name);
        return t ? taskDeps(t) : [];
      },
    );
    if (cycle) return `dependency cycle in template '${template.name}': ${cycle}`;
  }
  return undefined;
}
