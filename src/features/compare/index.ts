/** Public surface of the compare feature: the route composes it with the runs and visualizations features. */
export type { CompareSources, Read, VersionRef } from './api/compare-sources.ts';
export { useCompareRuns, type CompareRuns, type LoadedRun } from './api/use-compare-runs.ts';
export { useRunMetrics, type MetricsSources } from './api/use-run-metrics.ts';
export {
  useRunViewers,
  type VisualConfig,
  type VisualsSources,
  type VisualTarget,
} from './api/use-run-visuals.ts';
export {
  canCompare,
  MAX_COMPARE_RUNS,
  MIN_COMPARE_RUNS,
  parseCompareIds,
  roomForRuns,
  withAddedRuns,
  withoutRun,
  type CompareIds,
} from './model/compare-ids.ts';
export {
  COLLAPSED_PARAM,
  COMPARE_SECTIONS,
  parseCollapsed,
  visualSectionId,
} from './model/collapsed-sections.ts';
export {
  CollapsibleSection,
  type CollapsibleSectionProps,
} from './components/collapsible-section.tsx';
export {
  diffParameters,
  visibleParameterRows,
  withDefaults,
  type CompareParameter,
  type DeclaredParameter,
  type ParameterRow,
} from './model/parameter-diff.ts';
export {
  mergeMetrics,
  type CompareScalar,
  type MetricGroup,
  type MetricRow,
} from './model/metric-table.ts';
export { overlayCurves, type RunCurves } from './model/overlay.ts';
export {
  v1OutputNodes,
  v2OutputTasks,
  type RunOutput,
  type V1OutputNode,
  type V2OutputTask,
} from './model/run-outputs.ts';
export {
  readyColumns,
  type CompareColumn,
  type CompareLink,
  type ReadyColumn,
} from './components/compare-column.ts';
export { RunsOverview, type RunsOverviewProps } from './components/runs-overview.tsx';
export {
  AddRunsDialog,
  type AddRunsDialogProps,
  type CandidateList,
  type CandidateScope,
  type RunCandidate,
} from './components/add-runs-dialog.tsx';
export { ONLY_DIFFERENCES_PARAM, ParametersTable } from './components/parameters-table.tsx';
export {
  MetricsTable,
  type MetricsTableProps,
  type RunMetrics,
} from './components/metrics-table.tsx';
export {
  SideBySide,
  type RunVisual,
  type RunVisuals,
  type SideBySideProps,
} from './components/side-by-side.tsx';
export {
  CompareSelectedButton,
  type CompareSelectedButtonProps,
} from './components/compare-selected-button.tsx';
