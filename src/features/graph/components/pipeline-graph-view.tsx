import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ReactFlowProvider, useStore } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { ErrorState, LoadingState } from '@/components/states';
import type { PipelineGraph } from '../model/graph-model.ts';
import type { NodeRun } from '../model/run-state.ts';
import { defaultShowArtifacts } from '../model/artifacts-setting.ts';
import { simplifyVisibleGraph } from '../model/transitive-reduction.ts';
import { ancestorIds, visibleGraph } from '../model/visible-graph.ts';
import { GraphActionsContext, type GraphActions } from './graph-actions.ts';
import { GraphToolbar } from './graph-toolbar.tsx';
import { FlowCanvas } from './flow-canvas.tsx';
import { initialFit } from './initial-view.ts';
import { directionOfKey, neighbourInDirection } from './keyboard-nav.ts';
import { nodeRects } from './node-rects.ts';
import { nodeCountsOf } from './node-counts.ts';
import { searchNodes } from './node-search.ts';
import { reuseUnchanged, toFlowElements, type PipelineFlowNode } from './to-flow.ts';
import { useCentreOnNode } from './use-centre-on-node.ts';
import { useExpandedGroups } from './use-expanded-groups.ts';
import { useFirstView } from './use-first-view.ts';
import { useGraphLayout } from './use-graph-layout.ts';
import { useRevealSelected } from './use-reveal-selected.ts';
import styles from './pipeline-graph-view.module.css';

export interface PipelineGraphViewProps {
  readonly graph: PipelineGraph;
  /** The selected node (the route keeps it in `?node=`). */
  readonly selectedNodeId?: string | undefined;
  readonly onSelectNode?: ((nodeId: string | undefined) => void) | undefined;
  /** Run-state overlay: node id → state. Updates re-render the changed nodes, never re-layout. */
  readonly nodeStates?: ReadonlyMap<string, string> | undefined;
  /** Run overlay per node (`RunOverlay.nodes`): loops and nodes that ran several times show their counts per state. */
  readonly nodeRuns?: ReadonlyMap<string, NodeRun> | undefined;
  /** Node id → a short note drawn on the node (why a pending step waits); changes never re-layout. */
  readonly nodeNotes?: ReadonlyMap<string, string> | undefined;
  /**
   * Draw v2 output artifacts as nodes (the route keeps it in `?artifacts=1|0`). Undefined: the default rule
   * (`defaultShowArtifacts`: on up to 50 tasks), or on when the selected node is an artifact. Argo graphs have none.
   */
  readonly showArtifacts?: boolean | undefined;
  /** The "Artifacts" toggle; without it the canvas keeps the choice itself. */
  readonly onShowArtifactsChange?: ((show: boolean) => void) | undefined;
  /**
   * Hide the edges longer paths imply (transitive reduction; the route keeps it in `?simplify=1`).
   * Undefined: the canvas keeps the choice itself, off at first.
   */
  readonly simplify?: boolean | undefined;
  readonly onSimplifyChange?: ((on: boolean) => void) | undefined;
  /** Accessible name of the canvas region. */
  readonly label?: string;
}

/** A pipeline or run graph: React Flow over the graph model; groups expand and collapse; nodes can be searched and walked with the arrow keys. Needs a sized parent. */
export function PipelineGraphView(props: PipelineGraphViewProps) {
  return (
    <ReactFlowProvider>
      <GraphCanvas {...props} />
    </ReactFlowProvider>
  );
}

function GraphCanvas({
  graph,
  selectedNodeId,
  onSelectNode,
  nodeStates,
  nodeRuns,
  nodeNotes,
  showArtifacts,
  onShowArtifactsChange,
  simplify,
  onSimplifyChange,
  label = 'Pipeline graph',
}: PipelineGraphViewProps) {
  const [ownSimplify, setOwnSimplify] = useState(false);
  const simplified = simplify ?? ownSimplify;
  const onSimplify = useCallback(
    (on: boolean) => (onSimplifyChange ? onSimplifyChange(on) : setOwnSimplify(on)),
    [onSimplifyChange],
  );
  const [ownShowArtifacts, setOwnShowArtifacts] = useState<boolean | undefined>(undefined);
  const artifacts =
    (showArtifacts ??
      ownShowArtifacts ??
      (defaultShowArtifacts(graph) ||
        (selectedNodeId !== undefined && graph.artifacts.has(selectedNodeId)))) &&
    graph.artifacts.size > 0;
  const onArtifactsChange = useCallback(
    (show: boolean) =>
      onShowArtifactsChange ? onShowArtifactsChange(show) : setOwnShowArtifacts(show),
    [onShowArtifactsChange],
  );
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const matches = useMemo(
    () => searchNodes(graph, query, { artifacts }),
    [graph, query, artifacts],
  );
  const currentMatch = matches.length === 0 ? undefined : matches[matchIndex % matches.length];
  const [keyboardId, setKeyboardId] = useState<string | undefined>(undefined);
  const { expanded, toggle, expandAll, collapseAll } = useExpandedGroups(
    graph,
    selectedNodeId,
    currentMatch,
    keyboardId,
  );
  // The layout of each choice is cached by structure: toggling back is instant, and live states never relayout.
  const full = useMemo(
    () => visibleGraph(graph, expanded, { artifacts }),
    [graph, expanded, artifacts],
  );
  // The reduction is always known, so the toggle can say what it hides (and stay away when nothing).
  const reduced = useMemo(() => simplifyVisibleGraph(full), [full]);
  const visible = simplified ? reduced.graph : full;
  const { layout, pending, error } = useGraphLayout(visible);
  const nodeCounts = useMemo(() => nodeCountsOf(nodeRuns), [nodeRuns]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  // The nodes last handed to React Flow, by id: unchanged ones are handed again as the same objects.
  const [nodeCache] = useState(() => new Map<string, PipelineFlowNode>());
  const rects = useMemo(() => nodeRects(layout, visible), [layout, visible]);
  // The first view's (use-first-view.ts), and React Flow's own fit when the canvas had no size then.
  const canvasHeight = useStore((state) => state.height);
  const fitViewOptions = useMemo(
    () => initialFit(rects, selectedNodeId, canvasHeight),
    [rects, selectedNodeId, canvasHeight],
  );
  const tabStopId =
    keyboardId ??
    currentMatch ??
    (selectedNodeId === undefined ? fitViewOptions.entryId : undefined);
  const elements = useMemo(() => {
    if (!layout) return undefined;
    const fresh = toFlowElements(visible, layout, {
      selectedNodeId,
      nodeStates,
      nodeCounts,
      nodeNotes,
      matches: matchSet,
      currentMatch,
      tabStopId,
    });
    const nodes = reuseUnchanged(nodeCache, fresh.nodes);
    nodeCache.clear();
    for (const node of nodes) nodeCache.set(node.id, node);
    return { nodes, edges: fresh.edges };
  }, [
    visible,
    layout,
    selectedNodeId,
    nodeStates,
    nodeCounts,
    nodeNotes,
    matchSet,
    currentMatch,
    tabStopId,
    nodeCache,
  ]);

  useRevealSelected(selectedNodeId, rects);
  const sectionRef = useRef<HTMLElement>(null);
  const firstView = useFirstView(sectionRef, elements !== undefined, rects, selectedNodeId);
  const setTarget = useCentreOnNode(rects, sectionRef);

  const onQueryChange = useCallback(
    (next: string) => {
      setQuery(next);
      setMatchIndex(0);
      const first = searchNodes(graph, next, { artifacts })[0];
      if (first !== undefined) setTarget({ id: first, focus: false });
    },
    [graph, artifacts, setTarget],
  );
  const onStep = useCallback(
    (step: 1 | -1) => {
      if (matches.length === 0) return;
      const next = (matchIndex + step + matches.length) % matches.length;
      setMatchIndex(next);
      const id = matches[next];
      if (id !== undefined) setTarget({ id, focus: false });
    },
    [matchIndex, matches, setTarget],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const direction = directionOfKey(event.key);
      if (!direction || !(event.target instanceof Element)) return;
      const fromId = event.target.closest('.react-flow__node')?.getAttribute('data-id');
      if (fromId === null || fromId === undefined) return;
      event.preventDefault();
      const next = neighbourInDirection(rects, fromId, direction);
      if (next === undefined) return;
      setKeyboardId(next);
      setTarget({ id: next, focus: true });
    },
    [rects, setTarget],
  );

  const actions = useMemo<GraphActions>(
    () => ({
      selectNode: (nodeId) => {
        setKeyboardId(nodeId);
        onSelectNode?.(nodeId);
      },
      toggleGroup: (groupId) => {
        // Collapsing the group around the selection moves the selection to the group, or it would reopen.
        if (
          expanded.has(groupId) &&
          selectedNodeId !== undefined &&
          ancestorIds(graph, selectedNodeId).includes(groupId)
        )
          onSelectNode?.(groupId);
        if (
          expanded.has(groupId) &&
          keyboardId !== undefined &&
          ancestorIds(graph, keyboardId).includes(groupId)
        )
          setKeyboardId(groupId);
        toggle(groupId);
      },
    }),
    [expanded, graph, keyboardId, onSelectNode, selectedNodeId, toggle],
  );
  const onPaneClick = useCallback(() => onSelectNode?.(undefined), [onSelectNode]);
  if (error) return <ErrorState title="Could not lay out the graph" message={error.message} />;
  if (!elements) return <LoadingState label="Laying out the graph…" />;
  return (
    <GraphActionsContext value={actions}>
      <section
        ref={sectionRef}
        className={styles.canvas}
        aria-label={label}
        aria-busy={pending}
        onKeyDown={onKeyDown}
      >
        <GraphToolbar
          onExpandAll={expandAll}
          onCollapseAll={collapseAll}
          query={query}
          onQueryChange={onQueryChange}
          matchCount={matches.length}
          matchIndex={currentMatch === undefined ? undefined : matchIndex % matches.length}
          onStep={onStep}
          simplify={
            reduced.hidden > 0 || simplified
              ? { on: simplified, hidden: reduced.hidden, onChange: onSimplify }
              : undefined
          }
          artifacts={
            graph.artifacts.size > 0
              ? { shown: artifacts, count: graph.artifacts.size, onChange: onArtifactsChange }
              : undefined
          }
        />
        {firstView.kind === 'pending' ? null : (
          <FlowCanvas
            nodes={elements.nodes}
            edges={elements.edges}
            firstView={firstView}
            fit={fitViewOptions}
            onPaneClick={onPaneClick}
          />
        )}
      </section>
    </GraphActionsContext>
  );
}
