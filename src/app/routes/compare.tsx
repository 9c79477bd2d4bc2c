import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/states';
import { WhenVisible } from '@/components/when-visible';
import {
  MAX_COMPARE_RUNS,
  MetricsTable,
  ParametersTable,
  parseCompareIds,
  RunsOverview,
} from '@/features/compare';
import { formatMetricValue } from '@/features/visualizations';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';
import { CompareVisuals } from './compare/compare-visuals.tsx';
import { useCompareRuns } from './compare/use-compare-runs.ts';
import { useRunMetrics } from './compare/use-run-metrics.ts';
import styles from './compare/compare-page.module.css';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

function CompareBody({
  runIds,
  ns,
}: {
  readonly runIds: readonly string[];
  readonly ns: string | undefined;
}) {
  const { columns, loaded } = useCompareRuns(runIds, ns);
  const metrics = useRunMetrics(loaded);
  const runs = loaded.map((run) => run.column);
  const settled = columns.every((column) => column.status !== 'loading');
  return (
    <>
      <RunsOverview columns={columns} />
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
          <section className={styles.section} aria-labelledby="compare-visualizations">
            <h2 id="compare-visualizations">Visualizations</h2>
            <WhenVisible label="the visualizations">
              <CompareVisuals runs={loaded} namespace={ns} />
            </WhenVisible>
          </section>
        </>
      ) : null}
    </>
  );
}

/** `/compare?runs=a,b,c`: two to ten runs side by side — facts, parameters, metrics, visualizations. */
export function Component() {
  const { namespace } = useNamespace();
  const ns = namespace ?? undefined;
  const [params] = useSearchParams();
  const ids = parseCompareIds(params.get('runs'));
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
    body = <CompareBody key={ids.ids.join(',')} runIds={ids.ids} ns={ns} />;
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
