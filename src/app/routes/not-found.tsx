import { Link, useLocation } from 'react-router';
import { EmptyState } from '@/components/states';
import { paths } from '@/lib/paths.ts';
import { useNamespace } from '../namespace/namespace-context.ts';
import { PageHeader } from '../layout/page-header.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

export function Component() {
  const location = useLocation();
  const { namespace } = useNamespace();
  return (
    <div className="page">
      <PageHeader title="Page not found" />
      <EmptyState
        title="There is no page at this address"
        message={<code>{location.pathname}</code>}
        action={
          <Link className="btn btn--primary" to={paths.pipelines({ ns: namespace })}>
            Go to pipelines
          </Link>
        }
      />
    </div>
  );
}
