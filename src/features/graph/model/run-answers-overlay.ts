import type { RunMetadata } from '@/lib/mlmd/types.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import type { V1RunDetail } from '@/lib/kfp/wire/v1-run.ts';
import { overlayFromMlmd } from './from-mlmd.ts';
import { overlayFromRunTasks } from './from-run-tasks.ts';
import { overlayFromTaskDetails } from './from-task-details.ts';
import { overlayFromWorkflow } from './from-workflow-status.ts';
import type { PipelineGraph } from './graph-model.ts';
import type { RunOverlay } from './run-state.ts';

const EMPTY_OVERLAY: RunOverlay = { nodes: new Map(), states: new Map(), unmatched: [] };

/** The server's answers about a run that carry its task states. */
export interface RunAnswers {
  readonly run: Run;
  /** A v1 (Argo) run's v1beta1 read: its workflow has the node states. */
  readonly v1: V1RunDetail | undefined;
  /** Released KFP: the run's ML Metadata records (null: none). */
  readonly metadata: RunMetadata | null | undefined;
}

/** The run-state overlay on `graph` from whichever answer has the task states. */
export async function overlayFromRunAnswers(
  graph: PipelineGraph,
  { run, v1, metadata }: RunAnswers,
): Promise<RunOverlay> {
  if (v1 !== undefined) {
    if (v1.workflow_manifest === '') return EMPTY_OVERLAY;
    const workflow: unknown = JSON.parse(v1.workflow_manifest);
    return overlayFromWorkflow(graph, workflow);
  }
  if (run.tasks !== undefined) return overlayFromRunTasks(graph, run.tasks);
  if (metadata) return overlayFromMlmd(graph, metadata);
  return overlayFromTaskDetails(graph, run.run_details?.task_details ?? []);
}
