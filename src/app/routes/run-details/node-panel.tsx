import { X } from 'lucide-react';
import { EmptyState } from '@/components/states';
import { StatusBadge } from '@/components/status-badge';
import {
  histogramText,
  logSources,
  shownState,
  type GraphNode,
  type NodeRun,
} from '@/features/graph';
import { PodLogViewer, type LogUrlProps } from '@/features/logs';
import { TabBar } from '@/components/tab-bar';
import { NODE_TAB_LABELS, NODE_TABS, type NodeTab } from '@/features/runs';
import { PanelErrorBoundary } from '../../errors/panel-error-boundary.tsx';
import { NodeDetails } from './node-details.tsx';
import { NodeIo } from './node-io.tsx';
import { NodePodTabs } from './node-pod-tabs.tsx';
import { NodeVisualizations } from './node-visualizations.tsx';
import styles from './run-details.module.css';

export interface NodePanelProps {
  readonly node: GraphNode;
  readonly nodeRun: NodeRun | undefined;
  readonly runId: string;
  readonly namespace: string | undefined;
  readonly isV1: boolean;
  readonly tab: NodeTab;
  readonly onTab: (tab: NodeTab) => void;
  /** Which execution (loop iteration, recursion level) is shown; defaults to the failed or latest one. */
  readonly executionIndex: number | undefined;
  readonly onExecution: (index: number) => void;
  readonly onClose: () => void;
  readonly log: LogUrlProps;
}

function executionLabel(index: number, executions: NodeRun['executions']): string {
  const e = executions[index];
  if (!e) return String(index);
  const parts = [
    e.iteration !== undefined ? `iteration ${e.iteration}` : undefined,
    e.depth > 0 ? `depth ${e.depth}` : undefined,
    e.attempt !== undefined ? `attempt ${e.attempt}` : undefined,
  ];
  const where = parts.filter((p) => p !== undefined).join(', ') || `run ${index + 1}`;
  return `${where} · ${shownState(e).toLowerCase()}`;
}

/** The selected node: inputs/outputs, details, logs and visualizations, each a tab kept in the URL. */
export function NodePanel({
  node,
  nodeRun,
  runId,
  namespace,
  isV1,
  tab,
  onTab,
  executionIndex,
  onExecution,
  onClose,
  log,
}: NodePanelProps) {
  const executions = nodeRun?.executions ?? [];
  const failed = executions.findIndex((e) => e.state === 'FAILED');
  const defaultIndex = failed >= 0 ? failed : Math.max(executions.length - 1, 0);
  const index =
    executionIndex !== undefined && executionIndex < executions.length
      ? executionIndex
      : defaultIndex;
  const execution = executions[index];
  const isGroup = node.kind === 'group';
  return (
    <aside className={styles.panel} aria-label={`Step ${node.details.displayName}`}>
      <div className={styles.panelHeader}>
        <h2>{node.details.displayName}</h2>
        {nodeRun ? (
          <StatusBadge state={nodeRun.cached ? 'CACHED' : nodeRun.state} />
        ) : (
          <span className={styles.muted}>not started</span>
        )}
        <button
          type="button"
          className="btn btn--ghost"
          aria-label="Close the step panel"
          onClick={onClose}
        >
          <X aria-hidden="true" size={16} />
        </button>
      </div>
      {nodeRun && executions.length > 1 ? (
        <p className={styles.muted}>
          {histogramText(nodeRun)}
          {nodeRun.maxDepth > 0
            ? ` · recursed ${nodeRun.maxDepth} level${nodeRun.maxDepth === 1 ? '' : 's'} deep`
            : ''}
        </p>
      ) : null}
      {executions.length > 1 ? (
        <label className={styles.muted}>
          Execution{' '}
          <select value={index} onChange={(event) => onExecution(Number(event.target.value))}>
            {executions.map((_, i) => (
              <option key={i} value={i}>
                {executionLabel(i, executions)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <TabBar
        label="Step views"
        tabs={NODE_TABS}
        labels={NODE_TAB_LABELS}
        current={tab}
        onSelect={onTab}
        idPrefix="node"
      >
        {/* One failing tab (a log, a viewer) leaves the panel and the page working. */}
        <PanelErrorBoundary key={tab}>
          {tab === 'io' ? <NodeIo node={node} execution={execution} namespace={namespace} /> : null}
          {tab === 'details' ? (
            <NodeDetails node={node} execution={execution} namespace={namespace} />
          ) : null}
          {tab === 'logs' ? (
            execution?.cached === true && !isGroup ? (
              <EmptyState
                title="No log: taken from the cache"
                message="KFP reused the outputs of an earlier execution of this step, so its container did not run and wrote no log. The Details tab links the original execution where ML Metadata names it."
              />
            ) : execution?.podName !== undefined && !isGroup ? (
              <div className={styles.logs}>
                <PodLogViewer
                  key={execution.podName}
                  podName={execution.podName}
                  namespace={namespace}
                  runId={runId}
                  createdAt={execution.startedAt?.slice(0, 10)}
                  {...logSources(execution, isV1)}
                  running={execution.state === 'RUNNING' || execution.state === 'PENDING'}
                  {...log}
                />
              </div>
            ) : (
              <EmptyState
                title="No logs for this step"
                message={
                  isGroup
                    ? 'A group has no pod of its own: select a step inside it to read its log.'
                    : execution
                      ? 'This step ran without a pod (skipped, cached or not scheduled), so there is no log.'
                      : 'This step has not started yet; its log shows up once its pod runs.'
                }
              />
            )
          ) : null}
          {tab === 'pod' || tab === 'events' ? (
            <NodePodTabs tab={tab} execution={execution} isGroup={isGroup} namespace={namespace} />
          ) : null}
          {tab === 'visualizations' ? (
            <NodeVisualizations
              runId={runId}
              namespace={namespace}
              execution={execution}
              isV1={isV1}
            />
          ) : null}
        </PanelErrorBoundary>
      </TabBar>
    </aside>
  );
}
