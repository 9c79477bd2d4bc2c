import { Plus } from 'lucide-react';
import { Link } from 'react-router';
// Narrow paths keep the run form, run page (and their YAML parser) and the compare view out of this first-load chunk.
import { CompareSelectedButton } from '@/features/compare/components/compare-selected-button.tsx';
import { RunsTable } from '@/features/runs/components/runs-table.tsx';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/runs`: the list's state (tab, search, filters, sort, page) lives in the URL. */
export function Component() {
  const { namespace } = useNamespace();
  return (
    <div className="page">
      <PageHeader
        title="Runs"
        actions={
          <Link className="btn btn--primary" to={paths.runNew({ ns: namespace })}>
            <Plus size={16} aria-hidden="true" />
            Create run
          </Link>
        }
      />
      <RunsTable
        namespace={namespace}
        extraBulkActions={(runIds) => <CompareSelectedButton runIds={runIds} ns={namespace} />}
      />
    </div>
  );
}
