import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import {
  RecurringRunActions,
  recurringRunDetailQueries,
  RecurringRunDetails,
  RecurringRunStatus,
} from '@/features/recurring-runs';
import { ErrorState, LoadingState } from '@/components/states';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { paths, withNamespace } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/recurring-runs/:recurringRunId`: its schedule in words, settings, parameters and runs; enable, run now, clone, delete. */
export function Component() {
  const { recurringRunId = '' } = useParams();
  const { namespace } = useNamespace();
  const navigate = useNavigate();
  const detail = useQuery(recurringRunDetailQueries(useKfpClient()).detail(recurringRunId));
  const crumbs = [{ label: 'Recurring runs', to: paths.recurringRuns({ ns: namespace }) }];

  if (detail.isPending) {
    return (
      <div className="page">
        <PageHeader title="Recurring run" breadcrumbs={crumbs} />
        <LoadingState label="Loading the recurring run…" />
      </div>
    );
  }
  if (detail.isError) {
    const error = describeError(detail.error);
    return (
      <div className="page">
        <PageHeader title="Recurring run" breadcrumbs={crumbs} />
        <ErrorState
          title={error.title}
          message={error.message}
          onRetry={error.retryable ? () => void detail.refetch() : undefined}
          retrying={detail.isFetching}
        />
      </div>
    );
  }
  const recurringRun = detail.data;
  const cloneHref = withNamespace(
    `/runs/new?cloneRecurring=${encodeURIComponent(recurringRun.recurring_run_id)}`,
    namespace,
  );
  return (
    <div className="page">
      <PageHeader
        title={recurringRun.display_name || recurringRun.recurring_run_id}
        breadcrumbs={[
          ...crumbs,
          { label: recurringRun.display_name || recurringRun.recurring_run_id },
        ]}
        badge={<RecurringRunStatus status={recurringRun.status} />}
        actions={
          <RecurringRunActions
            recurringRun={recurringRun}
            namespace={namespace}
            cloneHref={cloneHref}
            editHref={paths.runNew({ ns: namespace, editRecurring: recurringRun.recurring_run_id })}
            onDeleted={() => void navigate(paths.recurringRuns({ ns: namespace }))}
          />
        }
      />
      <RecurringRunDetails recurringRun={recurringRun} namespace={namespace} />
    </div>
  );
}
