import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DataTable, DateTime } from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { MlmdArtifact } from '@/lib/mlmd/types.ts';
import { paths } from '@/lib/paths.ts';
import { recordQueries } from '../api/record-queries.ts';
import { recordTableContent, usePageOrigins, useRecordList } from '../api/use-record-page.ts';
import { shortType } from '../model/record-labels.ts';
import { emptyList } from './empty-list.ts';
import { OriginCell, type OriginNames } from './record-origin.tsx';
import { RecordSearch } from './record-search.tsx';
import type { RecordOrigin } from '@/lib/mlmd/record-origins.ts';
import styles from './records.module.css';

function columns(
  namespace: string | undefined,
  origins: Readonly<Record<string, RecordOrigin>> | undefined,
  names: OriginNames,
): ColumnDef<MlmdArtifact>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      cell: ({ row }) => (
        <Link to={paths.artifact(row.original.id, { ns: namespace })}>
          {row.original.displayName || `Artifact ${row.original.id}`}
        </Link>
      ),
    },
    { id: 'id', header: 'ID', size: 80, cell: ({ row }) => row.original.id },
    {
      id: 'type',
      header: 'Type',
      size: 170,
      cell: ({ row }) => <span title={row.original.type}>{shortType(row.original.type)}</span>,
    },
    {
      id: 'origin',
      header: 'Pipeline / run',
      size: 230,
      cell: ({ row }) => <OriginCell origin={origins?.[row.original.id]} names={names} />,
    },
    {
      id: 'uri',
      header: 'URI',
      cell: ({ row }) => (
        <span className={styles.uri} title={row.original.uri}>
          {row.original.uri || '–'}
        </span>
      ),
    },
    {
      id: 'created_at',
      header: 'Created',
      size: 180,
      cell: ({ row }) => <DateTime value={row.original.createdAt} />,
    },
  ];
}

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
    <DataTable<MlmdArtifact>
      label="Artifacts"
      columns={useMemo(() => columns(namespace, origins, names), [namespace, origins, names])}
      content={recordTableContent(query)}
      list={list}
      getRowId={(artifact) => artifact.id}
      getRowLabel={(artifact) => artifact.displayName}
      toolbar={<RecordSearch list={list} noun="artifacts" />}
      empty={emptyList('artifacts', request)}
    />
  );
}
