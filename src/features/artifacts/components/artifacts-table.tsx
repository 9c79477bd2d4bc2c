import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { MlmdArtifact } from '@/lib/mlmd/types.ts';
import { paths } from '@/lib/paths.ts';
import { recordQueries } from '../api/record-queries.ts';
import { usePageOrigins, useRecordList } from '../api/use-record-page.ts';
import { RecordsTable, type RecordColumnSet } from './records-table.tsx';
import styles from './records.module.css';

const artifactColumns: RecordColumnSet<MlmdArtifact> = {
  name: (artifact, namespace) => (
    <Link to={paths.artifact(artifact.id, { ns: namespace })}>
      {artifact.displayName || `Artifact ${artifact.id}`}
    </Link>
  ),
  beforeOrigin: [],
  afterOrigin: [
    {
      id: 'uri',
      header: 'URI',
      cell: ({ row }) => (
        <span className={styles.uri} title={row.original.uri}>
          {row.original.uri || '–'}
        </span>
      ),
    },
  ],
};

/**
 * ML Metadata's artifacts, a page at a time as the server pages them (KFP's own list reads the whole
 * store first), searchable by name, type or pipeline through MLMD's filter_query.
 */
export function ArtifactsTable({ namespace }: { readonly namespace: string | undefined }) {
  const client = useKfpClient();
  const { list, request } = useRecordList('artifact');
  const query = useQuery(recordQueries(client).artifacts(request));
  const { origins, names } = usePageOrigins('artifact', query.data?.items, namespace);
  return (
    <RecordsTable<MlmdArtifact>
      noun="artifacts"
      label="Artifacts"
      columnSet={artifactColumns}
      getRowLabel={(artifact) => artifact.displayName}
      {...{ namespace, list, request, query, origins, names }}
    />
  );
}
