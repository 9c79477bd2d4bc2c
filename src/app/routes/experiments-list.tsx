import { Plus } from 'lucide-react';
import { Link } from 'react-router';
import { ExperimentsTable } from '@/features/experiments';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/experiments`: the list's state (tab, search, filters, sort, page) lives in the URL. */
export function Component() {
  const { namespace } = useNamespace();
  return (
    <div className="page">
      <PageHeader
        title="Experiments"
        actions={
          <Link className="btn btn--primary" to={paths.experimentNew({ ns: namespace })}>
            <Plus size={16} aria-hidden="true" />
            Create experiment
          </Link>
        }
      />
      <ExperimentsTable namespace={namespace} />
    </div>
  );
}
