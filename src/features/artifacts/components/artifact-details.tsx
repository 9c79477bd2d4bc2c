import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DateTime } from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { RecordOrigin } from '@/lib/mlmd/record-origins.ts';
import type { MlmdArtifact } from '@/lib/mlmd/types.ts';
import { paths } from '@/lib/paths.ts';
import { recordQueries } from '../api/record-queries.ts';
import { lineageOfArtifact } from '../model/lineage.ts';
import { executionLabel } from '../model/record-labels.ts';
import { DetailState } from './detail-state.tsx';
import { LineageView } from './lineage.tsx';
import { Facts, JsonTable } from './record-facts.tsx';
import { RunLinks } from './run-links.tsx';
import styles from './records.module.css';

export interface ArtifactDetailsProps {
  readonly artifactId: string;
  readonly namespace: string | undefined;
  /** The page header with this title (the route draws it). */
  readonly renderHeader: (title: string) => ReactNode;
  /**
   * Preview and visualizations of the artifact (the route composes them), with where it comes
   * from (its runs and their namespaces).
   */
  readonly renderContent?: (artifact: MlmdArtifact, origin: RecordOrigin) => ReactNode;
}

/** `/artifacts/:id`: an artifact's URI, type, properties, producer, consumers, runs and lineage. */
export function ArtifactDetails({
  artifactId,
  namespace,
  renderHeader,
  renderContent,
}: ArtifactDetailsProps) {
  const query = useQuery(recordQueries(useKfpClient()).artifact(artifactId));
  const title = query.data?.artifact.displayName || `Artifact ${artifactId}`;
  return (
    <>
      {renderHeader(title)}
      <DetailState query={query} what="artifact">
        {(detail) => {
          const { artifact } = detail;
          const lineage = lineageOfArtifact(detail);
          const executionLinks = (list: typeof detail.producers) =>
            list.length === 0 ? (
              <span className={styles.muted}>none</span>
            ) : (
              <span className={styles.links}>
                {list.map(({ execution, event }) => (
                  <Link
                    key={`${execution.id}-${event.name}`}
                    to={paths.execution(execution.id, { ns: namespace })}
                  >
                    {executionLabel(execution)}
                    {event.name ? <span className={styles.muted}> ({event.name})</span> : null}
                  </Link>
                ))}
              </span>
            );
          return (
            <div className={styles.detail}>
              <Facts
                label="Artifact"
                rows={[
                  ['ID', artifact.id],
                  ['Type', artifact.type || '–'],
                  ['URI', <span className={styles.mono}>{artifact.uri || '–'}</span>],
                  ['State', artifact.state],
                  ['Created', <DateTime value={artifact.createdAt} />],
                  ['Pipeline', detail.origin.pipelines.join(', ') || '–'],
                  ['Run', <RunLinks runIds={detail.origin.runIds} namespace={namespace} />],
                  ['Namespace', detail.origin.namespaces.join(', ') || '–'],
                  ['Produced by', executionLinks(detail.producers)],
                  ['Used by', executionLinks(detail.consumers)],
                ]}
              />
              <section className={styles.section} aria-label="Lineage">
                <h2>Lineage</h2>
                <LineageView
                  kind="artifact"
                  label={title}
                  type={artifact.type}
                  upstream={lineage.upstream}
                  downstream={lineage.downstream}
                  namespace={namespace}
                />
              </section>
              {renderContent?.(artifact, detail.origin)}
              <JsonTable
                title="Properties"
                values={artifact.metadata}
                empty="This artifact has no properties."
              />
            </div>
          );
        }}
      </DetailState>
    </>
  );
}
