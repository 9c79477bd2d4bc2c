import { EmptyState } from '@/components/states';
import { WhenVisible } from '@/components/when-visible';
import type { NodeExecution, PipelineGraph, RunOverlay } from '@/features/graph';
import { ExecutionViewers, hasVisualizations } from './node-visualizations.tsx';
import styles from './run-details.module.css';

interface OutputGroup {
  readonly nodeId: string;
  readonly title: string;
  readonly executions: readonly NodeExecution[];
}

function outputGroups(graph: PipelineGraph, overlay: RunOverlay, isV1: boolean): OutputGroup[] {
  const groups: OutputGroup[] = [];
  for (const node of graph.nodes.values()) {
    if (node.kind === 'group') continue;
    const run = overlay.nodes.get(node.id);
    const executions = (run?.executions ?? []).filter((e) => hasVisualizations(e, isV1));
    if (executions.length > 0)
      groups.push({ nodeId: node.id, title: node.details.displayName, executions });
  }
  return groups;
}

/** Every visualization of the run, grouped by task; each execution's viewers load when scrolled into view. */
export function RunOutputTab({
  graph,
  overlay,
  runId,
  namespace,
  isV1,
}: {
  graph: PipelineGraph;
  overlay: RunOverlay;
  runId: string;
  namespace: string | undefined;
  isV1: boolean;
}) {
  const groups = outputGroups(graph, overlay, isV1);
  if (groups.length === 0)
    return (
      <EmptyState
        title="No run output yet"
        message="No step of this run has written visualizations (metrics, tables, plots, HTML or markdown) so far."
      />
    );
  return (
    <div>
      {groups.map((group) => (
        <section
          key={group.nodeId}
          className={styles.group}
          aria-label={`Output of ${group.title}`}
        >
          <h2>{group.title}</h2>
          {group.executions.map((execution) => (
            <WhenVisible key={execution.runtimeId} label={group.title}>
              {group.executions.length > 1 ? (
                <p className={styles.muted}>
                  {execution.iteration !== undefined
                    ? `Iteration ${execution.iteration}`
                    : `Run ${execution.runtimeId}`}
                </p>
              ) : null}
              <ExecutionViewers
                runId={runId}
                namespace={namespace}
                execution={execution}
                isV1={isV1}
                headingLevel={3}
              />
            </WhenVisible>
          ))}
        </section>
      ))}
    </div>
  );
}
