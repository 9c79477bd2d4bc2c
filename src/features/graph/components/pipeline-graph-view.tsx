import { useCallback, useMemo } from 'react';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Maximize2, Minimize2 } from 'lucide-react';
import { ErrorState, LoadingState } from '@/components/states';
import type { PipelineGraph } from '../model/graph-model.ts';
import { ancestorIds, visibleGraph } from '../model/visible-graph.ts';
import { GraphActionsContext, type GraphActions } from './graph-actions.ts';
import { pipelineNodeTypes } from './pipeline-nodes.tsx';
import { toFlowElements } from './to-flow.ts';
import { useExpandedGroups } from './use-expanded-groups.ts';
import { useGraphLayout } from './use-graph-layout.ts';
import styles from './pipeline-graph.module.css';

export interface PipelineGraphViewProps {
  readonly graph: PipelineGraph;
  /** The selected node (the route keeps it in `?node=`). */
  readonly selectedNodeId?: string | undefined;
  readonly onSelectNode?: ((nodeId: string | undefined) => void) | undefined;
  /** Run-state overlay: node id → state. Updates re-render nodes, never re-layout. */
  readonly nodeStates?: ReadonlyMap<string, string> | undefined;
  /** Accessible name of the canvas region. */
  readonly label?: string;
}

const fitViewOptions = { padding: 0.1, maxZoom: 1 };
const proOptions = { hideAttribution: true };

/** A pipeline or run graph: React Flow over the graph model, laid out by ELK; groups expand and collapse. Needs a sized parent. */
export function PipelineGraphView({ graph, selectedNodeId, onSelectNode, nodeStates, label = 'Pipeline graph' }: PipelineGraphViewProps) {
  const { expanded, toggle, expandAll, collapseAll } = useExpandedGroups(graph, selectedNodeId);
  const visible = useMemo(() => visibleGraph(graph, expanded), [graph, expanded]);
  const { layout, pending, error } = useGraphLayout(visible);
  const elements = useMemo(
    () => (layout ? toFlowElements(visible, layout, { selectedNodeId, nodeStates }) : undefined),
    [visible, layout, selectedNodeId, nodeStates],
  );
  const actions = useMemo<GraphActions>(
    () => ({
      selectNode: (nodeId) => onSelectNode?.(nodeId),
      toggleGroup: (groupId) => {
        // Collapsing the group around the selection moves the selection to the group, or it would reopen.
        if (expanded.has(groupId) && selectedNodeId !== undefined && ancestorIds(graph, selectedNodeId).includes(groupId)) onSelectNode?.(groupId);
        toggle(groupId);
      },
    }),
    [expanded, graph, onSelectNode, selectedNodeId, toggle],
  );
  const onPaneClick = useCallback(() => onSelectNode?.(undefined), [onSelectNode]);

  if (error) return <ErrorState title="Could not lay out the graph" message={error.message} />;
  if (!elements) return <LoadingState label="Laying out the graph…" />;
  return (
    <GraphActionsContext value={actions}>
      <section className={styles.canvas} aria-label={label} aria-busy={pending}>
        <div className={styles.toolbar}>
          <button type="button" className="btn btn--ghost" onClick={expandAll}>
            <Maximize2 aria-hidden="true" size={16} /> Expand all
          </button>
          <button type="button" className="btn btn--ghost" onClick={collapseAll}>
            <Minimize2 aria-hidden="true" size={16} /> Collapse all
          </button>
        </div>
        <ReactFlow
          nodes={elements.nodes}
          edges={elements.edges}
          nodeTypes={pipelineNodeTypes}
          onPaneClick={onPaneClick}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          elementsSelectable={false}
          onlyRenderVisibleElements={elements.nodes.length > 200}
          minZoom={0.05}
          fitView
          fitViewOptions={fitViewOptions}
          proOptions={proOptions}
        >
          <Background />
          <Controls showInteractive={false} />
          {elements.nodes.length > 30 ? <MiniMap pannable zoomable /> : null}
        </ReactFlow>
      </section>
    </GraphActionsContext>
  );
}
