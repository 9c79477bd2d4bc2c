import { Plus } from 'lucide-react';
import { Link } from 'react-router';
import { PipelinesTable } from '@/features/pipelines';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/pipelines`: the list's state (tab, search, filters, sort, page) lives in the URL. */
export function Component() {
  const { namespace, multiUser } = useNamespace();
  return (
    <div className="page">
      <PageHeader
        title="Pipelines"
        actions={
          <Link className="btn btn--primary" to={paths.pipelineUpload({ ns: namespace })}>
            <Plus size={16} aria-hidden="true" />
            Upload pipeline
          </Link>
        }
      />
      <PipelinesTable namespace={namespace} multiUser={multiUser} />
    </div>
  );
}
