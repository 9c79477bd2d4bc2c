import { ArtifactsTable } from '@/features/artifacts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';
import { MetadataGate, SharedStoreNote } from './artifact-details/metadata-gate.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/artifacts`: ML Metadata's artifacts; search (`q`, `by`), page (`pt`, `size`) and order in the URL. */
export function Component() {
  const { namespace, multiUser } = useNamespace();
  return (
    <div className="page">
      <PageHeader
        title="Artifacts"
        description={multiUser ? <SharedStoreNote noun="artifacts" /> : undefined}
      />
      <MetadataGate>
        <ArtifactsTable namespace={namespace} />
      </MetadataGate>
    </div>
  );
}
