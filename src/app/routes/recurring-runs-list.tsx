import { Plus } from 'lucide-react';
import { Link } from 'react-router';
import { RecurringRunsTable } from '@/features/recurring-runs';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/recurring-runs`: the list's state (tab, search, filters, sort, page) lives in the URL. */
export function Component() {
  const { namespace } = useNamespace();
  return (
    <div className="page">
      <PageHeader
        title="Recurring runs"
        actions={
          <Link className="btn btn--primary" to={paths.runNew({ ns: namespace, recurring: true })}>
            <Plus size={16} aria-hidden="true" />
            Create recurring run
          </Link>
        }
      />
      <RecurringRunsTable namespace={namespace} />
    </div>
  );
}
