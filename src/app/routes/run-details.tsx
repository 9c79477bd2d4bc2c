import { useNavigate, useParams, useSearchParams, Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { StatusBadge } from '@/components/status-badge';
import { TabBar } from '@/components/tab-bar';
import {
  experimentIdOf,
  parseRunTab,
  RUN_TAB_LABELS,
  RUN_TABS,
  RunActions,
  RunDetailsTab,
  RunSpecTab,
  RunSummary,
  runParameters,
  useRunPageData,
} from '@/features/runs';
import { ApiError, describeError } from '@/lib/kfp/errors.ts';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';
import { ExperimentLink } from './run-details/experiment-link.tsx';
import { pipelineLinks } from './run-details/pipeline-links.tsx';
import { RunGraphTab } from './run-details/run-graph-tab.tsx';
import { RunOutputTab } from './run-details/run-output-tab.tsx';
import styles from './run-details/run-details.module.css';
import { useRunPageSources } from './run-details/use-run-page-sources.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/runs/:runId?tab=&node=&ntab=`: one page for v1 (Argo) and v2 runs, live while the run is active. */
export function Component() {
  const { runId = '' } = useParams();
  const { namespace } = useNamespace();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const data = useRunPageData(runId, useRunPageSources());
  const { runQuery, specQuery, v1Query, graphResult, graph, overlay, isV1, active } = data;
  const tab = parseRunTab(params.get('tab'));
  const ns = namespace ?? undefined;

  if (runQuery.isPending) return <LoadingState label="Loading the run…" />;
  if (runQuery.isError) {
    const problem = describeError(runQuery.error);
    if (runQuery.error instanceof ApiError && runQuery.error.status === 404) {
      return (
        <div className="page">
          <PageHeader
            title="Run not found"
            breadcrumbs={[{ label: 'Runs', to: paths.runs({ ns }) }, { label: runId }]}
          />
          <EmptyState
            title="This run does not exist (any more)"
            message={`No run has the id ${runId}: it may have been deleted. ${problem.message}`}
            action={
              <Link className="btn" to={paths.runs({ ns })}>
                Go to the runs list
              </Link>
            }
          />
        </div>
      );
    }
    return (
      <ErrorState
        title={`Could not load the run: ${problem.title}`}
        message={problem.message}
        onRetry={() => void runQuery.refetch()}
        retrying={runQuery.isFetching}
      />
    );
  }
  const run = runQuery.data;
  const v1 = v1Query.data;
  const experimentId = experimentIdOf(run, v1);
  const reference = run.pipeline_version_reference;
  const links = [
    ...(experimentId
      ? [{ label: 'Experiment', content: <ExperimentLink experimentId={experimentId} ns={ns} /> }]
      : []),
    ...(reference?.pipeline_id
      ? pipelineLinks(reference.pipeline_id, reference.pipeline_version_id, ns)
      : []),
    ...(run.recurring_run_id
      ? [
          {
            label: 'Recurring run',
            content: (
              <Link to={paths.recurringRun(run.recurring_run_id, { ns })}>
                {run.recurring_run_id}
              </Link>
            ),
          },
        ]
      : []),
  ];
  const setTab = (next: (typeof RUN_TABS)[number]) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('tab', next);
      return updated;
    });

  const specProblem = specQuery.isError ? describeError(specQuery.error) : undefined;
  let body: React.ReactNode;
  if (tab === 'details') body = <RunDetailsTab run={run} v1={v1} />;
  else if (specQuery.isPending) body = <LoadingState label="Loading the pipeline spec…" />;
  else if (specProblem)
    body = (
      <ErrorState
        title={`Could not load the pipeline spec: ${specProblem.title}`}
        message={specProblem.message}
        onRetry={() => void specQuery.refetch()}
      />
    );
  else if (tab === 'spec') body = <RunSpecTab spec={specQuery.data} />;
  else if (graphResult?.ok === false)
    body = <ErrorState title="Could not draw the pipeline" message={graphResult.error} />;
  else if (!graph) body = <LoadingState label="Building the graph…" />;
  else if (v1Query.isError)
    body = (
      <ErrorState
        title="Could not load the run's workflow"
        message={describeError(v1Query.error).message}
        onRetry={() => void v1Query.refetch()}
      />
    );
  else if (tab === 'output')
    body = overlay ? (
      <RunOutputTab graph={graph} overlay={overlay} runId={run.run_id} namespace={ns} isV1={isV1} />
    ) : (
      <LoadingState label="Loading the run state…" />
    );
  else
    body = (
      <RunGraphTab graph={graph} overlay={overlay} runId={run.run_id} namespace={ns} isV1={isV1} />
    );

  return (
    <div className="page">
      <PageHeader
        title={run.display_name || run.run_id}
        documentTitle={`Run ${run.display_name}`}
        breadcrumbs={[
          { label: 'Runs', to: paths.runs({ ns }) },
          { label: run.display_name || run.run_id },
        ]}
        badge={<StatusBadge state={run.state} />}
        actions={
          <RunActions
            run={run}
            cloneHref={paths.runNew({ ns, cloneFrom: run.run_id })}
            onDeleted={() => void navigate(paths.runs({ ns }))}
          />
        }
      />
      <RunSummary
        createdAt={run.created_at}
        finishedAt={run.finished_at}
        active={active}
        links={links}
        parameters={runParameters(run, v1)}
        now={runQuery.dataUpdatedAt}
      />
      {run.error?.message && tab !== 'details' ? (
        <ErrorState inline title="The run failed" message={run.error.message} />
      ) : null}
      {data.sourceNote && tab !== 'details' && tab !== 'spec' ? (
        <p role="status" className={styles.sourceNote}>
          {data.sourceNote}
        </p>
      ) : null}
      <TabBar
        label="Run views"
        tabs={RUN_TABS}
        labels={RUN_TAB_LABELS}
        current={tab}
        onSelect={setTab}
        idPrefix="run"
      >
        {body}
      </TabBar>
    </div>
  );
}
