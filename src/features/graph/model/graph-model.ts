/**
 * The one graph model for pipelines and runs. Both adapters (KFP v2 IR, Argo Workflow from kfp 1.x)
 * produce it; visibility, layout and the run-state overlay work on it.
 *
 * Node ids are stable paths of task names:
 * - v2: `root/<task>/<task>…` — task keys within their DAG path, e.g. `root/condition-1/flip-coin`.
 * - Argo: `<entrypoint template>/<task or step>/…`, e.g. `pipeline-flip-coin/condition-1/print1`;
 *   the workflow's `spec.onExit` handler is `onExit` (and `onExit/<task>` when it is a DAG); a DAG
 *   task's own `onExit` handler is `<task id>.onExit`.
 */

export type GraphSource = 'v2' | 'argo';

export type GroupKind =
  /** A `dsl.Condition` / `dsl.If` branch (a sub-DAG run only when its condition holds). */
  | 'condition'
  /** The `dsl.If/Elif/Else` wrapper holding the branches (v2 `comp-condition-branches-N`). */
  | 'condition-branches'
  /** `dsl.ParallelFor`: v2 parameter/artifact iterator, Argo `withItems`/`withParam`/`withSequence`. */
  | 'loop'
  /** The scope of a `dsl.ExitHandler`; its exit task runs after the scope, whatever happens. */
  | 'exit-handler'
  /** A nested pipeline / graph component / plain sub-DAG. */
  | 'pipeline'
  /** A sub-DAG that (transitively) calls itself; the call is a `recursive-call` node. */
  | 'recursion';

export type IoKind = 'parameter' | 'artifact';

export interface IoSpec {
  readonly name: string;
  readonly kind: IoKind;
  /** `STRING`, `NUMBER_INTEGER`, `system.Dataset`, `Integer`, … */
  readonly type?: string;
  /** The default as text (JSON for structured values). */
  readonly defaultValue?: string;
  readonly optional?: boolean;
  readonly description?: string;
  /** What a task feeds into this input, as text: a constant, `producer.output`, a pipeline input. */
  readonly value?: string;
  readonly isList?: boolean;
}

export interface ResourceSpec {
  readonly cpuLimit?: string;
  readonly cpuRequest?: string;
  readonly memoryLimit?: string;
  readonly memoryRequest?: string;
  /** An accelerator: v2 `accelerator`, Argo `nvidia.com/gpu` (or another extended resource). */
  readonly accelerator?: { readonly type?: string; readonly count?: string };
}

export interface VolumeMountSpec {
  readonly name: string;
  readonly mountPath?: string;
  /** Where the volume comes from: `pvc <claim>`, `secret <name>`, `configMap <name>`, `emptyDir`… */
  readonly source?: string;
  /** Mounted read-only (Argo `volumeMounts[].readOnly` or the claim's `readOnly`); absent: read-write. */
  readonly readOnly?: true;
}

export interface CachingSpec {
  readonly enabled: boolean;
  /** Argo `pipelines.kubeflow.org/max_cache_staleness` (ISO 8601 duration, `P0D` = never reuse). */
  readonly maxStaleness?: string;
}

export interface RetrySpec {
  readonly maxRetries?: string;
  /** Argo `retryPolicy` (Always, OnFailure, OnError, OnTransientError). */
  readonly policy?: string;
  readonly backoffDuration?: string;
  readonly backoffFactor?: string;
  readonly backoffMaxDuration?: string;
}

export interface LoopSpec {
  /** `items`: a literal list; `parameter` / `artifact`: a list from an input or an upstream output; `sequence`: Argo withSequence. */
  readonly source: 'items' | 'parameter' | 'artifact' | 'sequence';
  /** The literal items (JSON text) or the expression / input name that yields them. */
  readonly items: string;
  /** The input name each iteration receives (v2 `itemInput`). */
  readonly itemInput?: string;
  /** Maximum iterations in parallel; absent = unlimited. */
  readonly parallelism?: number;
}

export type ExitHandlerSpec =
  /** On an exit-handler group: the tasks that run when the scope ends. */
  | { readonly role: 'scope'; readonly exitTaskIds: readonly string[] }
  /** On an exit task: the scopes it guards (absent ids = the whole workflow). */
  | { readonly role: 'exit-task'; readonly scopeIds: readonly string[] };

export interface NodeDetails {
  /** What the user named the task: v2 `taskInfo.name`, Argo `task_display_name` annotation, else the task name. */
  readonly displayName: string;
  /** v2 `componentRef.name`; Argo the component spec name, else the template name. */
  readonly componentName?: string;
  /** Argo template name (v1 only). */
  readonly templateName?: string;
  readonly image?: string;
  readonly command: readonly string[];
  readonly args: readonly string[];
  readonly inputs: readonly IoSpec[];
  readonly outputs: readonly IoSpec[];
  readonly resources?: ResourceSpec;
  readonly volumes: readonly VolumeMountSpec[];
  readonly caching?: CachingSpec;
  readonly retry?: RetrySpec;
  /** v2 `triggerPolicy.condition`, Argo `when`. */
  readonly condition?: string;
  /** v2 `triggerPolicy.strategy`, e.g. `ALL_UPSTREAM_TASKS_COMPLETED`. */
  readonly triggerStrategy?: string;
  readonly loop?: LoopSpec;
  readonly exitHandler?: ExitHandlerSpec;
  /** v2 importer tasks. */
  readonly importer?: {
    readonly artifactUri?: string;
    readonly artifactType?: string;
    readonly reimport?: boolean;
  };
  /** Argo resource templates (VolumeOp, ResourceOp…). */
  readonly resource?: { readonly action: string; readonly manifestKind?: string };
}

interface NodeBase {
  readonly id: string;
  /** The task (or step) name: the last segment of the id. */
  readonly name: string;
  readonly parentId: string | undefined;
  readonly details: NodeDetails;
}

export interface TaskNode extends NodeBase {
  readonly kind: 'task';
}

export interface GroupNode extends NodeBase {
  readonly kind: 'group';
  readonly groupKind: GroupKind;
  readonly childIds: readonly string[];
}

/** A call back into an enclosing sub-DAG: drawn as a cycle to `targetId`, never expanded. */
export interface RecursiveCallNode extends NodeBase {
  readonly kind: 'recursive-call';
  /** The enclosing group whose template this task calls; absent when it calls the entrypoint itself. */
  readonly targetId: string | undefined;
}

export type GraphNode = TaskNode | GroupNode | RecursiveCallNode;
export type NodeKind = GraphNode['kind'];

/** A task that takes an artifact as input (v2 `taskOutputArtifact`), and the input's name there. */
export interface ArtifactConsumer {
  readonly nodeId: string;
  readonly inputName: string;
}

/**
 * An output artifact of a v2 task or group (`outputDefinitions.artifacts`), drawn between its producer and
 * its consumers when the canvas shows artifacts. Not in `PipelineGraph.nodes` (it is no task: the run
 * overlay, counts and panels of tasks never see it); Argo graphs have none.
 * Id: `<producer id>/@<output key>`, e.g. `root/train/@model` (`@` never appears in a task name).
 */
export interface ArtifactNode extends NodeBase {
  readonly kind: 'artifact';
  readonly producerId: string;
  /** The output key (`name`), its schema title (`system.Model`…) in `type`. */
  readonly artifact: IoSpec;
  readonly consumers: readonly ArtifactConsumer[];
}

/** What the canvas can draw: a graph node, or an artifact node when artifacts are shown. */
export type DrawnNode = GraphNode | ArtifactNode;

export type EdgeKind = 'dependency' | 'data';

export interface GraphEdge {
  /** `<source>-><target>`; one edge per ordered pair. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** `data` when outputs of the source feed the target, else `dependency` (ordering only). */
  readonly kind: EdgeKind;
  /** What flows or why: `Output → msg`, `items`, `Failed`, `exit`, `recursion`. */
  readonly labels: readonly string[];
  /** The back edge of a recursion cycle. */
  readonly recursive: boolean;
}

export interface PipelineGraph {
  readonly source: GraphSource;
  readonly name?: string;
  readonly description?: string;
  /** Pipeline parameters with types and defaults. */
  readonly inputs: readonly IoSpec[];
  /** Every node, parents before their children. */
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: readonly GraphEdge[];
  /** Top-level node ids, in spec order. */
  readonly rootIds: readonly string[];
  /** Output artifacts of v2 tasks by id (empty for Argo graphs), producers' spec order. */
  readonly artifacts: ReadonlyMap<string, ArtifactNode>;
  /**
   * `edges` as drawn with artifact nodes: producer → artifact → consumer instead of the artifact labels on
   * producer → consumer (that edge stays only for what else it carries: parameters, ordering without data).
   */
  readonly artifactEdges: readonly GraphEdge[];
}

export function artifactNodeId(producerId: string, outputKey: string): string {
  return `${producerId}/@${outputKey}`;
}

export function edgeId(source: string, target: string): string {
  return `${source}->${target}`;
}

export function isGroup(node: GraphNode | undefined): node is GroupNode {
  return node?.kind === 'group';
}

/** Every group id: what "expand all" passes to `visibleGraph`. */
export function allGroupIds(graph: PipelineGraph): string[] {
  const ids: string[] = [];
  for (const node of graph.nodes.values()) if (node.kind === 'group') ids.push(node.id);
  return ids;
}

/** The number of task-like nodes (tasks and recursive calls), groups excluded. */
export function taskCount(graph: PipelineGraph): number {
  let count = 0;
  for (const node of graph.nodes.values()) if (node.kind !== 'group') count += 1;
  return count;
}
