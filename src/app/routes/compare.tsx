import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/states';
import { WhenVisible } from '@/components/when-visible';
import {
  CollapsibleSection,
  COMPARE_SECTIONS,
  MAX_COMPARE_RUNS,
  MetricsTable,
  MIN_COMPARE_RUNS,
  ParametersTable,
  parseCompareIds,
  roomForRuns,
  RunsOverview,
  useCompareRuns,
  useRunMetrics,
  withAddedRuns,
  withoutRun,
} from '@/features/compare';
import { formatMetricValue } from '@/features/visualizations';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';
import { AddRuns } from './compare/add-runs.tsx';
import { CompareVisuals } from './compare/compare-visuals.tsx';
import { useCompareSources } from './compare/use-compare-sources.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

function CompareBody({
  runIds,
  ns,
  onRunsChange,
}: {
  readonly runIds: readonly string[];
  readonly ns: string | undefined;
  readonly onRunsChange: (runIds: readonly string[]) => void;
}) {
  const sources = useCompareSources();
  const { columns, loaded } = useCompareRuns(runIds, ns, sources.compare);
  const metrics = useRunMetrics(loaded, sources.metrics);
  const runs = loaded.map((run) => run.column);
  const settled = columns.every((column) => column.status !== 'loading');
  return (
    <>
      <RunsOverview
        columns={columns}
        onRemove={(runId) => onRunsChange(withoutRun(runIds, runId))}
        removeBlocked={
          runIds.length <= MIN_COMPARE_RUNS
            ? `A comparison needs ${MIN_COMPARE_RUNS} runs: add another one first`
            : undefined
        }
        actions={
          <AddRuns
            ids={runIds}
            columns={columns}
            ns={ns}
            room={roomForRuns(runIds)}
            onAdd={(added) => onRunsChange(withAddedRuns(runIds, added))}
          />
        }
      />
      {settled && runs.length === 0 ? (
        <EmptyState
          title="None of these runs could be loaded"
          message="Check the links above, or pick runs again in the runs list."
          action={
            <Link className="btn" to={paths.runs({ ns })}>
              Go to the runs list
            </Link>
          }
        />
      ) : null}
      {runs.length > 0 ? (
        <>
          <ParametersTable runs={runs} />
          <MetricsTable runs={runs} metrics={metrics} format={formatMetricValue} />
          <CollapsibleSection sectionId={COMPARE_SECTIONS.visualizations} title="Visualizations">
            <WhenVisible label="the visualizations">
              <CompareVisuals runs={loaded} namespace={ns} sources={sources.visuals} />
            </WhenVisible>
          </CollapsibleSection>
        </>
      ) : null}
    </>
  );
}

/** `/compare?runs=a,b,c`: two to ten runs side by side — facts, parameters, metrics, visualizations. */
export function Component() {
  const { namespace } = useNamespace();
  const ns = namespace ?? undefined;
  const [params, setParams] = useSearchParams();
  const ids = parseCompareIds(params.get('runs'));
  // Removing or adding runs is a new comparison: a history entry of its own, the other parameters kept.
  const setRuns = (runIds: readonly string[]) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('runs', runIds.join(','));
      return next;
    });
  const runsList = (
    <Link className="btn" to={paths.runs({ ns })}>
      Go to the runs list
    </Link>
  );
  let body: React.ReactNode;
  if (ids.kind === 'too-few') {
    body = (
      <EmptyState
        title="Pick at least two runs to compare"
        message={
          ids.ids.length === 1
            ? `The link names one run (${ids.ids[0] ?? ''}).`
            : 'The link names no runs.'
        }
        action={runsList}
      />
    );
  } else if (ids.kind === 'too-many') {
    body = (
      <EmptyState
        title={`At most ${MAX_COMPARE_RUNS} runs can be compared`}
        message={`The link names ${ids.ids.length} runs; side by side, more than ${MAX_COMPARE_RUNS} columns are unreadable. Compare the first ${MAX_COMPARE_RUNS}, or pick fewer in the runs list.`}
        action={
          <>
            <Link
              className="btn btn--primary"
              to={paths.compare(ids.ids.slice(0, MAX_COMPARE_RUNS), { ns })}
            >
              Compare the first {MAX_COMPARE_RUNS}
            </Link>
            {runsList}
          </>
        }
      />
    );
  } else {
    body = <CompareBody key={ids.ids.join(',')} runIds={ids.ids} ns={ns} onRunsChange={setRuns} />;
  }
  const count = ids.kind === 'ok' ? ids.ids.length : 0;
  return (
    <div className="page">
      <PageHeader
        title={count > 0 ? `Compare ${count} runs` : 'Compare runs'}
        breadcrumbs={[{ label: 'Runs', to: paths.runs({ ns }) }, { label: 'Compare' }]}
      />
      {body}
    </div>
  );
}
