import type { ArgoInfo, ArgoNodeType } from '../argo/types.ts';
import { noArgoOutputs } from '../argo/substitute.ts';
import { argoNodeId } from '../pod-name.ts';
import { isTerminal, lastState, type Plan, type PlanNode, type PodRecord } from '../plan.ts';
import type { TimedState } from '../plan.ts';
import { executorNode, executorTemplate } from './names.ts';
import type { V2Info } from './types.ts';

/** Key of the synthetic node carrying the workflow's own phase (argo/project.ts skips it). */
export const workflowNodeKey = '@workflow';

const whenFalse = "when 'false != false' evaluated false";
const cachedWhen = "when 'true != true' evaluated false";

/** A DAG node's tasks as Argo sees them: task name → its node, and what it depends on. */
interface DagTask {
  readonly node: string;
  readonly deps: readonly string[];
}
type DagTasks = Map<string, DagTask>;

/** DAG nodes are Running from their creation (pending never shows), then their outcome. */
function dagRun(history: readonly TimedState[]): TimedState[] {
  return history.map((entry) =>
    entry.phase === 'pending' ? { ...entry, phase: 'running' } : entry,
  );
}

/** A node created when its driver succeeded (at `at`): Running, then the task's outcome. */
function after(history: readonly TimedState[], at: number): TimedState[] {
  const ends = history.filter((entry) => entry.at >= at && isTerminal(entry.phase));
  return [{ at, phase: 'running' }, ...ends];
}

function succeededAt(pod: PodRecord | undefined): number | undefined {
  const last = pod ? lastState(pod.history) : undefined;
  return last?.phase === 'succeeded' ? last.at : undefined;
}

class ArgoPlanBuilder {
  readonly nodes = new Map<string, PlanNode<ArgoInfo>>();
  readonly dags = new Map<string, DagTasks>();

  constructor(private readonly wfName: string) {}

  add(
    name: string,
    type: ArgoNodeType,
    template: string | undefined,
    boundary: string | undefined,
    history: readonly TimedState[],
    message?: string,
  ): string | undefined {
    if (history.length === 0) return undefined;
    const displayName =
      boundary === undefined ? name : name.slice(boundary.length).replace(/^\./, '');
    this.nodes.set(name, {
      key: name,
      parentKey: boundary,
      children: [],
      history: [...history],
      info: {
        id: argoNodeId(this.wfName, name),
        name,
        displayName,
        type,
        ...(template !== undefined ? { templateName: template } : {}),
        ...(boundary !== undefined ? { boundaryKey: boundary } : {}),
        argoChildren: [],
        outbound: [],
        result: noArgoOutputs,
        ...(message !== undefined ? { message } : {}),
      },
    });
    return name;
  }

  /** Registers a task of the DAG node `dag` (its edges are drawn once every node exists). */
  task(dag: string, name: string, node: string | undefined, deps: readonly string[]): void {
    if (node === undefined) return;
    const tasks: DagTasks = this.dags.get(dag) ?? new Map<string, DagTask>();
    tasks.set(name, { node, deps });
    this.dags.set(dag, tasks);
  }

  link(from: string, to: string | undefined): void {
    const children = this.nodes.get(from)?.info.argoChildren;
    if (to !== undefined && children && !children.includes(to)) children.push(to);
  }

  /** Argo's getOutboundNodes: where the edges leaving a node start. */
  outbound(key: string, memo = new Map<string, string[]>()): string[] {
    const known = memo.get(key);
    if (known) return known;
    const node = this.nodes.get(key);
    let result: string[] = [key];
    if (node?.info.type === 'Retry') {
      const last = node.info.argoChildren[node.info.argoChildren.length - 1];
      result = last === undefined ? [key] : [last];
    } else if (node?.info.type === 'TaskGroup') {
      const children = node.info.argoChildren.flatMap((child) => this.outbound(child, memo));
      result = children.length > 0 ? children : [key];
    } else if (node?.info.type === 'DAG') {
      const tasks = [...(this.dags.get(key)?.values() ?? [])];
      const depended = new Set(tasks.flatMap((t) => t.deps));
      const leaves = [...(this.dags.get(key)?.entries() ?? [])].filter(([n]) => !depended.has(n));
      const out = leaves.flatMap(([, t]) => this.outbound(t.node, memo));
      result = out.length > 0 ? out : [key];
    }
    memo.set(key, result);
    return result;
  }

  /** Argo's `children`: a DAG's first tasks, then each task under its upstream's outbound nodes. */
  edges(): void {
    const memo = new Map<string, string[]>();
    for (const [dag, tasks] of this.dags) {
      for (const task of tasks.values()) {
        const upstream = task.deps.flatMap((dep) => tasks.get(dep)?.node ?? []);
        if (upstream.length === 0) this.link(dag, task.node);
        for (const up of upstream)
          for (const out of this.outbound(up, memo)) this.link(out, task.node);
      }
    }
    for (const node of this.nodes.values())
      if (node.info.type === 'DAG') node.info.outbound = this.outbound(node.key, memo);
  }
}

function addTask(
  b: ArgoPlanBuilder,
  node: PlanNode<V2Info>,
  pods: readonly PodRecord[],
  plan: Plan<V2Info>,
): void {
  const s = node.info.argo;
  const driverPod = pods.find((pod) => pod.role === 'driver');
  const executors = pods.filter((pod) => pod.role === 'executor');
  const last = lastState(node.history);
  const skipped = last?.phase === 'skipped';
  const driverEnd = succeededAt(driverPod);
  const driver =
    s.driver !== undefined && driverPod
      ? b.add(
          s.driver,
          'Pod',
          s.driverTemplate,
          s.kind === 'loop' || s.kind === 'iteration' ? s.node : s.boundary,
          driverPod.history,
        )
      : undefined;
  const skip = (name: string, template: string, boundary: string, message: string) =>
    b.add(
      name,
      'Skipped',
      template,
      boundary,
      last ? [{ at: last.at, phase: 'skipped' }] : [],
      message,
    );
  const main = (boundary: string, template: string, type: ArgoNodeType) =>
    driverEnd === undefined
      ? undefined
      : skipped && s.conditional
        ? skip(s.node, template, boundary, whenFalse)
        : b.add(s.node, type, template, boundary, after(node.history, driverEnd));

  if (s.hookOf !== undefined) {
    const parent = node.parentKey === undefined ? undefined : plan.nodes.get(node.parentKey);
    const dagTemplate = parent?.info.argo.innerTemplate ?? 'root';
    const hookBoundary = parent?.info.argo.inner ?? parent?.info.argo.node;
    const hook = b.add(
      s.boundary,
      'DAG',
      `exit-hook-${dagTemplate}-${node.info.name}`,
      hookBoundary,
      dagRun(node.history),
    );
    if (hook !== undefined) b.link(s.hookOf, hook);
  }

  switch (s.kind) {
    case 'root': {
      b.add(s.boundary, 'DAG', 'entrypoint', undefined, dagRun(node.history), node.info.message);
      b.task(s.boundary, 'root-driver', driver, []);
      b.task(s.boundary, 'root', main(s.boundary, s.template, 'DAG'), ['root-driver']);
      return;
    }
    case 'importer': {
      const pod = driverPod
        ? b.add(s.node, 'Pod', s.template, s.boundary, driverPod.history)
        : undefined;
      b.task(s.boundary, node.info.name, pod, s.deps);
      return;
    }
    case 'container':
    case 'dag': {
      b.task(s.boundary, `${node.info.name}-driver`, driver, s.deps);
      const task = main(s.boundary, s.template, 'DAG');
      b.task(s.boundary, node.info.name, task, [`${node.info.name}-driver`]);
      if (s.kind === 'dag' || task === undefined || skipped) return;
      const exec = `${s.node}.executor`;
      const template = executorTemplate(s);
      if (node.info.cachedFrom !== undefined && driverEnd !== undefined) {
        // A cache hit: the driver wrote cached-decision true, so the executor step's `when`
        // (`{{inputs.parameters.cached-decision}} != true`, argocompiler/container.go) is false and
        // Argo records the step Skipped; the task's DAG node still succeeds.
        b.add(exec, 'Skipped', template, s.node, [{ at: driverEnd, phase: 'skipped' }], cachedWhen);
      } else if (s.retry && executors.length > 0) {
        const first = executors[0]?.history[0]?.at ?? 0;
        const end = lastState(executors[executors.length - 1]?.history ?? []);
        const history: TimedState[] = [{ at: first, phase: 'running' }];
        if (end && isTerminal(end.phase) && last && isTerminal(last.phase)) history.push(end);
        b.add(exec, 'Retry', template, s.node, history);
        executors.forEach((pod, attempt) => {
          b.link(exec, b.add(executorNode(s, attempt), 'Pod', template, s.node, pod.history));
        });
      } else if (executors[0]) b.add(exec, 'Pod', template, s.node, executors[0].history);
      b.task(s.node, 'executor', b.nodes.has(exec) ? exec : undefined, []);
      return;
    }
    case 'loop': {
      const loop = b.add(s.node, 'DAG', s.template, s.boundary, dagRun(node.history));
      b.task(s.boundary, node.info.name, loop, s.deps);
      b.task(s.node, 'iteration-driver', driver, []);
      const group = `${s.node}.iteration-iterations`;
      const template = `${s.innerTemplate ?? s.template}-iteration`;
      const added =
        driverEnd === undefined
          ? undefined
          : skipped
            ? skip(group, template, s.node, s.conditional ? whenFalse : 'Skipped, empty params')
            : b.add(group, 'TaskGroup', template, s.node, after(node.history, driverEnd));
      b.task(s.node, 'iteration-iterations', added, ['iteration-driver']);
      return;
    }
    case 'iteration': {
      const it = b.add(s.node, 'DAG', s.template, s.boundary, dagRun(node.history));
      b.link(`${s.boundary}.iteration-iterations`, it);
      b.task(s.node, 'iteration-item-driver', driver, []);
      const inner = s.inner ?? `${s.node}.iteration-item`;
      const item =
        driverEnd === undefined
          ? undefined
          : b.add(inner, 'DAG', s.innerTemplate, s.node, after(node.history, driverEnd));
      b.task(s.node, 'iteration-item', item, ['iteration-item-driver']);
      return;
    }
  }
}

/**
 * The Argo nodes of a v2 run, derived from its plan: the workflow KFP's compiler makes for the
 * pipeline, with node phases and times following the simulated tasks and pods. Computed once per
 * plan; the workflow manifest and `run_details.task_details` are both projections of it.
 */
export function argoPlanOf(plan: Plan<V2Info>, wfName: string): Plan<ArgoInfo> {
  const b = new ArgoPlanBuilder(wfName);
  const pods = new Map<string, PodRecord[]>();
  for (const pod of plan.pods) pods.set(pod.nodeKey, [...(pods.get(pod.nodeKey) ?? []), pod]);
  const root = plan.nodes.get(plan.rootKey);
  const nodes = new Map<string, PlanNode<ArgoInfo>>();
  if (root) {
    nodes.set(workflowNodeKey, {
      key: workflowNodeKey,
      parentKey: undefined,
      children: [],
      history: root.history,
      info: {
        id: wfName,
        name: wfName,
        displayName: wfName,
        type: 'Workflow',
        argoChildren: [],
        outbound: [],
        result: noArgoOutputs,
        ...(root.info.message !== undefined ? { message: root.info.message } : {}),
      },
    });
  }
  for (const node of plan.nodes.values()) addTask(b, node, pods.get(node.key) ?? [], plan);
  b.edges();
  for (const [key, node] of b.nodes) nodes.set(key, node);
  return { nodes, pods: [], rootKey: workflowNodeKey };
}
