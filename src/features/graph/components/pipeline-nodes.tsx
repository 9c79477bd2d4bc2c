import { memo, type ReactNode } from 'react';
import { runStateLabel } from '@/components/status-badge';
import { useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import {
  Box,
  ChevronDown,
  ChevronRight,
  DoorOpen,
  GitBranch,
  RotateCcw,
  Repeat,
  Split,
  Workflow,
} from 'lucide-react';
import { ArtifactIcon } from './artifact-icon.tsx';
import { StatusBadge } from '@/components/status-badge';
import type { GroupKind } from '../model/graph-model.ts';
import type { NodeRunState } from '../model/run-state.ts';
import { useGraphActions } from './graph-actions.ts';
import { GROUP_KIND_LABELS, nodeSubtitle } from './node-summary.ts';
import { RECURSION_IN, RECURSION_OUT, type NodeCounts, type PipelineFlowNode } from './to-flow.ts';
import anchorStyles from './edge-anchors.module.css';
import barStyles from './counts-bar.module.css';
import farStyles from './far-task-node.module.css';
import styles from './pipeline-nodes.module.css';

const GROUP_ICONS: Readonly<Record<GroupKind, typeof Box>> = {
  condition: GitBranch,
  'condition-branches': Split,
  loop: Repeat,
  'exit-handler': DoorOpen,
  pipeline: Workflow,
  recursion: RotateCcw,
};

/** The clickable name + subtitle (or run counts) of a node; selecting goes through the canvas (and from there to the URL). */
function NodeLabel({
  id,
  data,
  selected,
  icon,
}: {
  readonly id: string;
  readonly data: PipelineFlowNode['data'];
  readonly selected: boolean;
  readonly icon: ReactNode;
}) {
  const { selectNode } = useGraphActions();
  const node = data.graphNode;
  const subtitle = nodeSubtitle(node);
  const second = data.note ?? data.counts?.text ?? subtitle;
  return (
    <button
      type="button"
      className={styles.label}
      aria-pressed={selected}
      tabIndex={data.tabStop === true ? 0 : -1}
      data-node-label=""
      onClick={() => selectNode(id)}
      title={[node.details.displayName, subtitle, data.counts?.text, data.note]
        .filter((line) => line !== undefined && line !== '')
        .join('\n')}
    >
      {icon}
      <span className={styles.text}>
        <span className={styles.name}>{node.details.displayName}</span>
        {second === '' ? null : (
          <span className={styles.subtitle} data-note={data.note === undefined ? undefined : ''}>
            {second}
          </span>
        )}
      </span>
    </button>
  );
}

const BAR_STATES: readonly NodeRunState[] = [
  'SUCCEEDED',
  'FAILED',
  'RUNNING',
  'PENDING',
  'CANCELING',
  'CANCELED',
  'SKIPPED',
];

/** A bar of the counts per state (decoration: the label says the same in words). */
function CountsBar({ counts }: { readonly counts: NodeCounts | undefined }) {
  if (!counts || counts.total === 0) return null;
  return (
    <span className={barStyles.bar} aria-hidden="true">
      {BAR_STATES.map((state) => {
        const count = counts.histogram[state] ?? 0;
        return count === 0 ? null : (
          <span
            key={state}
            data-state={state}
            style={{ width: `${(100 * count) / counts.total}%` }}
          />
        );
      })}
    </span>
  );
}

/** Below this zoom names are unreadable: task nodes draw as plain boxes (cheap when a whole large graph is in view). */
export const FAR_ZOOM = 0.3;
const isFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

/**
 * Where edges attach, as the plain elements React Flow measures when a node mounts (class `source`/`target`,
 * `data-handlepos`, `data-handleid`): top centre in, bottom centre out, right side for recursion. Not
 * <Handle> components: nothing connects here, and hundreds of nodes should not each subscribe to the store
 * per handle. `toFlowElements` gives the same handles up front, so edges are drawn before any measuring.
 */
function EdgeAnchors({
  recursionIn = false,
  recursionOut = false,
}: {
  readonly recursionIn?: boolean;
  readonly recursionOut?: boolean;
}) {
  return (
    <>
      <span className={`target ${anchorStyles.anchor}`} data-handlepos="top" />
      <span className={`source ${anchorStyles.anchor}`} data-handlepos="bottom" />
      {recursionIn ? (
        <span
          className={`target ${anchorStyles.anchor}`}
          data-handlepos="right"
          data-handleid={RECURSION_IN}
        />
      ) : null}
      {recursionOut ? (
        <span
          className={`source ${anchorStyles.anchor}`}
          data-handlepos="right"
          data-handleid={RECURSION_OUT}
        />
      ) : null}
    </>
  );
}

function TaskNodeView({ id, data, selected }: NodeProps<PipelineFlowNode>) {
  const far = useStore(isFar);
  const Icon = data.graphNode.kind === 'recursive-call' ? RotateCcw : Box;
  if (far) return <FarTaskNode id={id} data={data} selected={selected} />;
  return (
    <div
      className={styles.node}
      data-kind={data.graphNode.kind}
      data-state={data.state}
      data-selected={selected || undefined}
      data-match={data.match}
    >
      <NodeLabel
        id={id}
        data={data}
        selected={selected}
        icon={<Icon aria-hidden="true" size={16} className={styles.icon} />}
      />
      <NodeState state={data.state} />
      <CountsBar counts={data.counts} />
      <EdgeAnchors recursionOut={data.graphNode.kind === 'recursive-call'} />
    </div>
  );
}

/** A task seen from far away: one box in its state's colour, still a button with the node's name and state. */
function FarTaskNode({
  id,
  data,
  selected,
}: {
  readonly id: string;
  readonly data: PipelineFlowNode['data'];
  readonly selected: boolean;
}) {
  const { selectNode } = useGraphActions();
  const name = data.graphNode.details.displayName;
  return (
    <button
      type="button"
      className={farStyles.far}
      data-kind={data.graphNode.kind}
      data-state={data.state}
      data-selected={selected || undefined}
      data-match={data.match}
      data-node-label=""
      aria-pressed={selected}
      tabIndex={data.tabStop === true ? 0 : -1}
      aria-label={data.state === undefined ? name : `${name}, ${runStateLabel(data.state)}`}
      onClick={() => selectNode(id)}
    >
      <EdgeAnchors recursionOut={data.graphNode.kind === 'recursive-call'} />
    </button>
  );
}

/** The run state as a pill on the node's top edge, so the name keeps the node's full width. */
function NodeState({ state }: { readonly state: string | undefined }) {
  if (state === undefined) return null;
  return (
    <span className={styles.state}>
      <StatusBadge state={state} />
    </span>
  );
}

function GroupNodeView({ id, data, selected }: NodeProps<PipelineFlowNode>) {
  const { toggleGroup } = useGraphActions();
  const node = data.graphNode;
  if (node.kind !== 'group') return null;
  const Icon = GROUP_ICONS[node.groupKind];
  const Toggle = data.expanded ? ChevronDown : ChevronRight;
  const name = node.details.displayName;
  return (
    <div
      className={styles.group}
      data-expanded={data.expanded}
      data-group-kind={node.groupKind}
      data-state={data.state}
      data-selected={selected || undefined}
      data-match={data.match}
    >
      <div className={styles.groupHeader}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={data.expanded}
          aria-label={`${data.expanded ? 'Collapse' : 'Expand'} ${GROUP_KIND_LABELS[node.groupKind].toLowerCase()} ${name} (${node.childIds.length} inside)`}
          tabIndex={data.tabStop === true ? 0 : -1}
          onClick={() => toggleGroup(id)}
        >
          <Toggle aria-hidden="true" size={16} />
        </button>
        <NodeLabel
          id={id}
          data={data}
          selected={selected}
          icon={<Icon aria-hidden="true" size={16} className={styles.icon} />}
        />
        <NodeState state={data.state} />
      </div>
      {data.expanded ? null : <CountsBar counts={data.counts} />}
      <EdgeAnchors recursionIn recursionOut />
    </div>
  );
}

/** A v2 output artifact: small, with an icon for its type, name and type; its producer's state as accent. */
function ArtifactNodeView({ id, data, selected }: NodeProps<PipelineFlowNode>) {
  const far = useStore(isFar);
  const node = data.graphNode;
  if (node.kind !== 'artifact') return null;
  if (far) return <FarTaskNode id={id} data={data} selected={selected} />;
  return (
    <div
      className={`${styles.node} ${styles.artifact}`}
      data-kind="artifact"
      data-state={data.state}
      data-selected={selected || undefined}
      data-match={data.match}
    >
      <NodeLabel
        id={id}
        data={data}
        selected={selected}
        icon={<ArtifactIcon type={node.artifact.type} size={14} className={styles.icon} />}
      />
      <EdgeAnchors />
    </div>
  );
}

export const TaskNode = memo(TaskNodeView);
export const GroupNode = memo(GroupNodeView);
export const ArtifactNode = memo(ArtifactNodeView);

/** At module scope, so React Flow never sees a new object and never remounts the nodes. */
export const pipelineNodeTypes = {
  task: TaskNode,
  recursiveCall: TaskNode,
  pipelineGroup: GroupNode,
  artifact: ArtifactNode,
};
