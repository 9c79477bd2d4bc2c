import { ExecutionsTable } from '@/features/artifacts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';
import { MetadataGate, SharedStoreNote } from './artifact-details/metadata-gate.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/executions`: ML Metadata's executions; search (`q`, `by`), page (`pt`, `size`) and order in the URL. */
export function Component() {
  const { namespace, multiUser } = useNamespace();
  return (
    <div className="page">
      <PageHeader
        title="Executions"
        description={multiUser ? <SharedStoreNote noun="executions" /> : undefined}
      />
      <MetadataGate>
        <ExecutionsTable namespace={namespace} />
      </MetadataGate>
    </div>
  );
}
