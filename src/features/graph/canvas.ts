/** The graph canvas (React Flow). Import from a lazily loaded route: it brings React Flow and its CSS. */
export {
  PipelineGraphView,
  type PipelineGraphViewProps,
} from './components/pipeline-graph-view.tsx';
export { useExpandedGroups, type ExpandedGroups } from './components/use-expanded-groups.ts';
export {
  defaultExpandedGroups,
  EXPAND_ALL_LIMIT,
  EXPAND_NODE_BUDGET,
} from './model/default-expansion.ts';
export {
  ArtifactPanel,
  artifactUris,
  type ArtifactPanelProps,
} from './components/artifact-panel.tsx';
