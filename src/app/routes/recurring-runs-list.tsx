import { RecurringRunsTable } from '@/features/recurring-runs';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/recurring-runs`: the list's state (tab, search, filters, sort, page) lives in the URL. */
export function Component() {
  const { namespace } = useNamespace();
  return (
    <div className="page">
      <PageHeader title="Recurring runs" />
      <RecurringRunsTable namespace={namespace} />
    </div>
  );
}
