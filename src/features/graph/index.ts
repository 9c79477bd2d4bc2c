/**
 * The graph feature's public API: pipeline specs (KFP v2 IR, Argo Workflows from kfp 1.x) → one graph model,
 * expand/collapse, and layout. ELK is loaded lazily, on the first layout. No React here: the canvas
 * (React Flow and its CSS) is `./canvas.ts`, so a screen that only parses specs does not load it.
 */
export type {
  ArtifactConsumer,
  ArtifactNode,
  CachingSpec,
  DrawnNode,
  EdgeKind,
  ExitHandlerSpec,
  GraphEdge,
  GraphNode,
  GraphSource,
  GroupKind,
  GroupNode,
  IoKind,
  IoSpec,
  LoopSpec,
  NodeDetails,
  NodeKind,
  PipelineGraph,
  RecursiveCallNode,
  ResourceSpec,
  RetrySpec,
  TaskNode,
  VolumeMountSpec,
} from './model/graph-model.ts';
export { allGroupIds, artifactNodeId, edgeId, isGroup, taskCount } from './model/graph-model.ts';
export {
  ARTIFACTS_DEFAULT_LIMIT,
  ARTIFACTS_PARAM,
  artifactsParam,
  defaultShowArtifacts,
  parseArtifactsParam,
} from './model/artifacts-setting.ts';
export { PipelineSpecError } from './model/graph-builder.ts';
export { graphFromPipelineSpec, V2_ROOT } from './model/from-pipeline-spec.ts';
export { ARGO_EXIT_ID, graphFromArgoWorkflow } from './model/from-argo-workflow.ts';
export { detectPipelineSpec, type DetectedSpec, type DetectResult } from './model/parse-spec.ts';
export {
  parseYamlDocuments,
  pipelineDocumentFromYaml,
  type YamlIssue,
  type YamlResult,
} from './model/from-yaml.ts';
export { graphFromSpec, graphFromYaml, type GraphResult } from './model/spec-to-graph.ts';
export {
  ancestorIds,
  groupIdsToDepth,
  visibleGraph,
  type VisibleEdge,
  type VisibleGraph,
  type VisibleGraphOptions,
  type VisibleNode,
} from './model/visible-graph.ts';
export {
  absolutePositions,
  GROUP_HEADER,
  NODE_HEIGHT,
  NODE_WIDTH,
  type GraphLayout,
  type LayoutBox,
} from './model/layout.ts';
export {
  clearLayoutCache,
  layoutGraph,
  WORKER_THRESHOLD,
  type LayoutGraphOptions,
} from './model/layout-graph.ts';
// Run-state overlay: runtime (v2 tasks, v2 task_details, Argo workflow status) → per-node state on graph ids.
export {
  aggregateState,
  histogramText,
  NODE_RUN_STATES,
  type NodeExecution,
  type NodeRun,
  type NodeRunState,
  type RunArtifact,
  type RunOverlay,
  type RunParameter,
  type StateChange,
  type StateHistogram,
} from './model/run-state.ts';
export { overlayFromRunTasks, type RunTaskInput } from './model/from-run-tasks.ts';
export { overlayFromTaskDetails, type TaskDetailInput } from './model/from-task-details.ts';
export { mlmdState, overlayFromMlmd } from './model/from-mlmd.ts';
export { overlayFromRunAnswers, type RunAnswers } from './model/run-answers-overlay.ts';
export {
  decompressNodes,
  overlayFromWorkflow,
  workflowNodes,
} from './model/from-workflow-status.ts';
export { parseSimplifyParam, SIMPLIFY_PARAM, simplifyParam } from './model/transitive-reduction.ts';
// A node's facts (component, image, command, resources, volumes, control flow): one home for both pages.
export {
  controlFacts,
  volumeFacts,
  nodeKindLabel,
  resourceFacts,
  type Fact,
  type FactsNode,
  type MountedVolume,
  type VolumeFact,
} from './model/node-facts.ts';
export { logSources, type LogSources } from './model/log-sources.ts';
export type { PodVolumes } from './components/node-panel/volume-table.tsx';
export { NodePanel, type NodePanelProps } from './components/node-panel';
export { NodeFacts, type NodeFactsProps } from './components/node-panel/node-facts.tsx';
