import { useSearchParams } from 'react-router';
import { CreateExperimentForm } from '@/features/experiments/components/create-experiment';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/experiments/new`, optionally `?pipeline=&version=` from a pipeline's page. */
export function Component() {
  const { namespace } = useNamespace();
  const [search] = useSearchParams();
  return (
    <div className="page">
      <PageHeader
        title="New experiment"
        breadcrumbs={[
          { label: 'Experiments', to: paths.experiments({ ns: namespace }) },
          { label: 'New' },
        ]}
        description="An experiment groups the runs of one line of work."
      />
      <CreateExperimentForm
        namespace={namespace}
        pipelineId={search.get('pipeline') || undefined}
        versionId={search.get('version') || undefined}
      />
    </div>
  );
}
