import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ArtifactFile,
  hasV2Visualizations,
  viewerQueries,
  type LoadMode,
} from '@/features/visualizations';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { tryParseStorageUri } from '@/lib/kfp/storage-uri.ts';
import type { MlmdArtifact } from '@/lib/mlmd/types.ts';
import { ViewerCards } from '../shared/viewer-cards.tsx';
import styles from './artifact-content.module.css';

/** One artifact in the shape of a `tasks[]` task's outputs, which the visualizations read. */
function outputsOf(artifact: MlmdArtifact) {
  const key = artifact.displayName || artifact.name || `artifact-${artifact.id}`;
  return {
    artifacts: [
      {
        artifact_key: key,
        artifacts: [
          {
            artifact_id: artifact.id,
            name: artifact.name || key,
            type: artifact.type,
            uri: artifact.uri,
            metadata: artifact.metadata,
          },
        ],
      },
    ],
  };
}

function Visualizations({
  artifact,
  runId,
  namespace,
}: {
  artifact: MlmdArtifact;
  runId: string | undefined;
  namespace: string | undefined;
}) {
  const client = useKfpClient();
  const [mode, setMode] = useState<LoadMode>('preview');
  const query = useQuery(
    viewerQueries(client).v2(
      {
        runId: runId ?? 'mlmd',
        taskId: `mlmd-artifact-${artifact.id}`,
        namespace,
        outputs: outputsOf(artifact),
      },
      mode,
    ),
  );
  return (
    <ViewerCards
      query={query}
      namespace={namespace}
      headingLevel={3}
      onLoadAll={() => setMode('full')}
      className={styles.cards}
      words={{
        loading: 'Loading the visualization…',
        failed: 'Could not load the visualization',
        empty: 'No viewer this dashboard knows fits it.',
      }}
    />
  );
}

/**
 * An artifact's visualization (metrics, classification metrics, HTML, markdown: the run page's
 * viewers) and a preview of its file, read through the UI server's artifacts/get.
 */
export function ArtifactContent({
  artifact,
  runId,
  namespace,
  readable: allowed,
}: {
  artifact: MlmdArtifact;
  runId: string | undefined;
  /** The namespace the artifact's run belongs to (its files are read as that namespace). */
  namespace: string | undefined;
  /** Whether the user may read that namespace's files. */
  readable: boolean;
}) {
  if (!allowed)
    return (
      <section className={styles.section} aria-label="Preview">
        <h2>Preview</h2>
        <p className={styles.muted}>
          This artifact belongs to a run in namespace {namespace}, where you have no role: its file
          is not shown.
        </p>
      </section>
    );
  const visual = hasV2Visualizations(outputsOf(artifact));
  const readable = artifact.uri !== '' && tryParseStorageUri(artifact.uri) !== undefined;
  return (
    <>
      {visual ? (
        <section className={styles.section} aria-label="Visualization">
          <h2>Visualization</h2>
          <Visualizations artifact={artifact} runId={runId} namespace={namespace} />
        </section>
      ) : null}
      <section className={styles.section} aria-label="Preview">
        <h2>Preview</h2>
        {readable ? (
          <ArtifactFile uri={artifact.uri} namespace={namespace} previewOpen />
        ) : (
          <p className={styles.muted}>
            {artifact.uri === ''
              ? 'This artifact has no URI.'
              : 'This URI is not in a store the dashboard can read.'}
          </p>
        )}
      </section>
    </>
  );
}
