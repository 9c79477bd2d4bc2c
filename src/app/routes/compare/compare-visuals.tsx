import { LoadingState } from '@/components/states';
import {
  CollapsibleSection,
  COMPARE_SECTIONS,
  overlayCurves,
  SideBySide,
  useRunViewers,
  type LoadedRun,
  type RunVisuals,
  type VisualsSources,
} from '@/features/compare';
import { ViewerCard, type RocConfig, type ViewerConfig } from '@/features/visualizations';
import { PanelErrorBoundary } from '../../errors/panel-error-boundary.tsx';
import { ViewerSettings } from '../shared/viewer-cards.tsx';

/** One run's viewers, each titled `task › output`; the key lines up the same output across runs. */
type RunViewers = RunVisuals<ViewerConfig>;

/** The ROC curves of all runs on one chart, each named after its run and output. */
function rocOverlay(
  runs: readonly LoadedRun[],
  viewers: readonly RunViewers[],
): RocConfig | undefined {
  const outputs = viewers.flatMap((v, index) =>
    v.status === 'ready'
      ? v.items.flatMap((item) =>
          item.value.type === 'roc'
            ? [
                {
                  runName: runs[index]?.column.name ?? '',
                  source: item.title,
                  curves: item.value.curves,
                },
              ]
            : [],
        )
      : [],
  );
  if (outputs.length === 0) return undefined;
  return { type: 'roc', title: 'ROC curves of the compared runs', curves: overlayCurves(outputs) };
}

/** Everything but metrics (in the metrics table) and ROC curves (overlaid): drawn side by side. */
function others(v: RunViewers): RunVisuals<ViewerConfig> {
  return v.status === 'ready'
    ? {
        status: 'ready',
        items: v.items.filter((item) => item.value.type !== 'metrics' && item.value.type !== 'roc'),
      }
    : v;
}

/** ROC curves overlaid, then the other visualizations side by side per run. Loads when mounted. */
export function CompareVisuals({
  runs,
  namespace,
  sources,
}: {
  readonly runs: readonly LoadedRun[];
  readonly namespace: string | undefined;
  readonly sources: VisualsSources<ViewerConfig>;
}) {
  const viewers = useRunViewers(runs, namespace, sources);
  const roc = rocOverlay(runs, viewers);
  const loading = viewers.some((v) => v.status === 'loading');
  return (
    <ViewerSettings namespace={namespace}>
      {roc === undefined ? (
        loading ? (
          <LoadingState label="Loading the ROC curves…" />
        ) : null
      ) : (
        <CollapsibleSection sectionId={COMPARE_SECTIONS.roc} title="ROC curves" level={3}>
          <PanelErrorBoundary>
            <ViewerCard config={roc} headingLevel={4} />
          </PanelErrorBoundary>
        </CollapsibleSection>
      )}
      <SideBySide
        runs={runs.map((run) => run.column)}
        visuals={viewers.map(others)}
        render={(config) => (
          <PanelErrorBoundary>
            <ViewerCard config={config} headingLevel={4} />
          </PanelErrorBoundary>
        )}
      />
    </ViewerSettings>
  );
}
