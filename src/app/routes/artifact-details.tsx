import { useParams } from 'react-router';
import { ArtifactDetails } from '@/features/artifacts';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';
import { ArtifactContent } from './artifact-details/artifact-content.tsx';
import { MetadataGate } from './artifact-details/metadata-gate.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/artifacts/:artifactId`: the artifact with its lineage, preview and visualizations. */
export function Component() {
  const { artifactId = '' } = useParams();
  const { namespace } = useNamespace();
  return (
    <div className="page">
      <MetadataGate>
        <ArtifactDetails
          key={artifactId}
          artifactId={artifactId}
          namespace={namespace}
          renderHeader={(title) => (
            <PageHeader
              title={title}
              documentTitle={`${title} · Artifacts`}
              breadcrumbs={[
                { label: 'Artifacts', to: paths.artifacts({ ns: namespace }) },
                { label: title },
              ]}
            />
          )}
          renderContent={(artifact, runId) => (
            <ArtifactContent artifact={artifact} runId={runId} namespace={namespace} />
          )}
        />
      </MetadataGate>
    </div>
  );
}
