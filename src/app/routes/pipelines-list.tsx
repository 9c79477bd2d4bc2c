import { PipelinesTable } from '@/features/pipelines';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/pipelines`: the list's state (tab, search, filters, sort, page) lives in the URL. */
export function Component() {
  const { namespace, multiUser } = useNamespace();
  return (
    <div className="page">
      <PageHeader title="Pipelines" />
      <PipelinesTable namespace={namespace} multiUser={multiUser} />
    </div>
  );
}
