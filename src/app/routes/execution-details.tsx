import { useParams } from 'react-router';
import { ExecutionDetails } from '@/features/artifacts';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';
import { MetadataGate } from './artifact-details/metadata-gate.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/executions/:executionId`: the execution's parameters, artifacts, run and lineage. */
export function Component() {
  const { executionId = '' } = useParams();
  const { namespace } = useNamespace();
  return (
    <div className="page">
      <MetadataGate>
        <ExecutionDetails
          key={executionId}
          executionId={executionId}
          namespace={namespace}
          renderHeader={(title, badge) => (
            <PageHeader
              title={title}
              documentTitle={`${title} · Executions`}
              badge={badge}
              breadcrumbs={[
                { label: 'Executions', to: paths.executions({ ns: namespace }) },
                { label: title },
              ]}
            />
          )}
        />
      </MetadataGate>
    </div>
  );
}
