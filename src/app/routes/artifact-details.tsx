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
  const { namespace, multiUser, namespaces } = useNamespace();
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
          renderContent={(artifact, origin) => {
            // ML Metadata is shared by all namespaces, the files are not: read them as the
            // artifact's own namespace, if the user has a role there.
            const own = origin.namespaces[0] ?? namespace;
            return (
              <ArtifactContent
                artifact={artifact}
                runId={origin.runIds[0]}
                namespace={own}
                readable={!multiUser || own === undefined || namespaces.includes(own)}
              />
            );
          }}
        />
      </MetadataGate>
    </div>
  );
}
