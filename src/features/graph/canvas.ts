/** The graph canvas (React Flow). Import from a lazily loaded route: it brings React Flow and its CSS. */
export { PipelineGraphView, type PipelineGraphViewProps } from './components/pipeline-graph-view.tsx';
export { defaultExpandedGroups, useExpandedGroups, type ExpandedGroups } from './components/use-expanded-groups.ts';
