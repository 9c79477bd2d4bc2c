import { PageHeader } from '../layout/page-header.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** Minimal route module so the router builds; the lists helper replaces it with the real list. */
export function Component() {
  return (
    <div className="page">
      <PageHeader title="Pipelines" />
    </div>
  );
}
