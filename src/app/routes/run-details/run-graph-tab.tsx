import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import {
  ARTIFACTS_PARAM,
  artifactsParam,
  parseSimplifyParam,
  SIMPLIFY_PARAM,
  simplifyParam,
  parseArtifactsParam,
  type PipelineGraph,
  type RunOverlay,
} from '@/features/graph';
import { ArtifactPanel, PipelineGraphView } from '@/features/graph/canvas.ts';
import {
  readLogUrlState,
  withLogFind,
  withLogLine,
  withoutLogState,
  type LogUrlProps,
} from '@/features/logs';
import { parseNodeTab, type NodeTab } from '@/features/runs';
import { PanelErrorBoundary } from '../../errors/panel-error-boundary.tsx';
import { NodePanel } from './node-panel.tsx';
import { SINGLE_USER_NAMESPACE } from './node-pod-tabs.tsx';
import { usePendingNotes } from './use-pending-notes.ts';
import styles from './run-details.module.css';

function withParam(params: URLSearchParams, key: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(key, value);
  return next;
}

export interface RunGraphTabProps {
  readonly graph: PipelineGraph;
  readonly overlay: RunOverlay | undefined;
  readonly runId: string;
  readonly namespace: string | undefined;
  readonly isV1: boolean;
}

/** The run graph with its live states, and the selected node's panel (`?node=&ntab=&exec=` + log state). */
export function RunGraphTab({ graph, overlay, runId, namespace, isV1 }: RunGraphTabProps) {
  const [params, setParams] = useSearchParams();
  const nodeId = params.get('node') ?? undefined;
  const node = nodeId === undefined ? undefined : graph.nodes.get(nodeId);
  const artifact = nodeId === undefined ? undefined : graph.artifacts.get(nodeId);
  const update = useCallback(
    (change: (current: URLSearchParams) => URLSearchParams, replace = false) =>
      setParams((current) => change(current), { replace }),
    [setParams],
  );
  const onSelectNode = useCallback(
    (id: string | undefined) =>
      update((current) => {
        const next = withoutLogState(current);
        next.delete('exec');
        if (id === undefined) next.delete('node');
        else next.set('node', id);
        return next;
      }),
    [update],
  );
  const nodeNotes = usePendingNotes(overlay, namespace || SINGLE_USER_NAMESPACE);
  const execValue = params.get('exec');
  const executionIndex =
    execValue !== null && /^\d+$/.test(execValue) ? Number(execValue) : undefined;
  const logState = readLogUrlState(params);
  const log: LogUrlProps = {
    selectedLine: logState.selectedLine,
    onSelectLine: (line) => update((current) => withLogLine(current, line), true),
    find: logState.find,
    onFindChange: (find) => update((current) => withLogFind(current, find), true),
    lineHref: (line) => `?${withLogLine(params, line).toString()}`,
  };
  return (
    <div className={styles.layout} data-panel={node !== undefined || artifact !== undefined}>
      <div className={styles.graph}>
        <PanelErrorBoundary>
          <PipelineGraphView
            graph={graph}
            selectedNodeId={node?.id ?? artifact?.id}
            onSelectNode={onSelectNode}
            nodeStates={overlay?.states}
            nodeRuns={overlay?.nodes}
            nodeNotes={nodeNotes}
            showArtifacts={parseArtifactsParam(params.get(ARTIFACTS_PARAM))}
            onShowArtifactsChange={(show) =>
              update((current) => artifactsParam(current, show), true)
            }
            simplify={parseSimplifyParam(params.get(SIMPLIFY_PARAM))}
            onSimplifyChange={(on) => update((current) => simplifyParam(current, on), true)}
            label="Run graph"
          />
        </PanelErrorBoundary>
      </div>
      {artifact ? (
        <PanelErrorBoundary>
          <ArtifactPanel
            graph={graph}
            artifact={artifact}
            producerRun={overlay?.nodes.get(artifact.producerId)}
            inRun
            onSelectNode={onSelectNode}
            onClose={() => onSelectNode(undefined)}
            className={styles.panel}
          />
        </PanelErrorBoundary>
      ) : null}
      {node ? (
        <NodePanel
          node={node}
          nodeRun={overlay?.nodes.get(node.id)}
          runId={runId}
          namespace={namespace}
          isV1={isV1}
          tab={parseNodeTab(params.get('ntab'))}
          onTab={(tab: NodeTab) => update((current) => withParam(current, 'ntab', tab))}
          executionIndex={executionIndex}
          onExecution={(index) =>
            update((current) => withoutLogState(withParam(current, 'exec', String(index))))
          }
          onClose={() => onSelectNode(undefined)}
          log={log}
        />
      ) : null}
    </div>
  );
}
