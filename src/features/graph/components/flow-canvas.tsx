import { useCallback } from 'react';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { CANVAS_MIN_ZOOM } from './first-view.ts';
import { FIT_ALL_LIMIT, type InitialFit } from './initial-view.ts';
import { pipelineNodeTypes } from './pipeline-nodes.tsx';
import type { PipelineFlowEdge, PipelineFlowNode } from './to-flow.ts';
import { useAfterFirstPaint } from './use-after-first-paint.ts';
import type { FirstView } from './use-first-view.ts';

export interface FlowCanvasProps {
  readonly nodes: PipelineFlowNode[];
  readonly edges: PipelineFlowEdge[];
  /** Placed: React Flow opens on this viewport. Unsized: it fits `fit` once it has measured itself. */
  readonly firstView: Exclude<FirstView, { kind: 'pending' }>;
  readonly fit: InitialFit;
  readonly onPaneClick: () => void;
}

const proOptions = { hideAttribution: true };

/** React Flow with the pipeline nodes, read-only, drawing only what is in view on a large graph. */
export function FlowCanvas({ nodes, edges, firstView, fit, onPaneClick }: FlowCanvasProps) {
  // The minimap draws every node (not only those in view): it comes a frame after the first nodes.
  const showMiniMap = useAfterFirstPaint(true);
  // Only when the canvas had no size at first (use-first-view.ts). The `fitView` prop alone misses
  // when every node has its size up front (no measuring): React Flow then fits on its first setNodes,
  // before its pan/zoom exists, and drops the fit (@xyflow/react 12.12 createStore: resolveFitView
  // returns without panZoom). Fit again once the viewport is ready.
  const fitOnInit = useCallback(
    (instance: { fitView: (options: InitialFit) => Promise<boolean> }) =>
      void instance.fitView(fit),
    [fit],
  );
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={pipelineNodeTypes}
      onPaneClick={onPaneClick}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      onlyRenderVisibleElements={nodes.length > FIT_ALL_LIMIT}
      minZoom={CANVAS_MIN_ZOOM}
      {...(firstView.kind === 'placed'
        ? { defaultViewport: firstView.viewport }
        : { fitView: true, fitViewOptions: fit, onInit: fitOnInit })}
      proOptions={proOptions}
    >
      <Background />
      <Controls showInteractive={false} />
      {showMiniMap && nodes.length > 30 ? <MiniMap pannable zoomable /> : null}
    </ReactFlow>
  );
}
