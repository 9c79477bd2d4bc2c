import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DataTable, DateTime } from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { RecordOrigin } from '@/lib/mlmd/record-origins.ts';
import type { MlmdExecution } from '@/lib/mlmd/types.ts';
import { paths } from '@/lib/paths.ts';
import { recordQueries } from '../api/record-queries.ts';
import { recordTableContent, usePageOrigins, useRecordList } from '../api/use-record-page.ts';
import { executionLabel, shortType } from '../model/record-labels.ts';
import { emptyList } from './empty-list.ts';
import { ExecutionStateBadge } from './execution-state.tsx';
import { OriginCell, type OriginNames } from './record-origin.tsx';
import { RecordSearch } from './record-search.tsx';

function columns(
  namespace: string | undefined,
  origins: Readonly<Record<string, RecordOrigin>> | undefined,
  names: OriginNames,
): ColumnDef<MlmdExecution>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      cell: ({ row }) => (
        <Link to={paths.execution(row.original.id, { ns: namespace })}>
          {executionLabel(row.original)}
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
      id: 'state',
      header: 'State',
      size: 130,
      cell: ({ row }) => <ExecutionStateBadge state={row.original.state} />,
    },
    {
      id: 'origin',
      header: 'Pipeline / run',
      size: 230,
      cell: ({ row }) => <OriginCell origin={origins?.[row.original.id]} names={names} />,
    },
    {
      id: 'created_at',
      header: 'Created',
      size: 180,
      cell: ({ row }) => <DateTime value={row.original.createdAt} />,
    },
  ];
}

/** ML Metadata's executions (KFP v2 tasks, DAGs, importers), paged and searched by the server. */
export function ExecutionsTable({ namespace }: { readonly namespace: string | undefined }) {
  const client = useKfpClient();
  const { list, request } = useRecordList('execution');
  const query = useQuery(recordQueries(client).executions(request));
  const { origins, names } = usePageOrigins('execution', query.data?.items, namespace);
  return (
    <DataTable<MlmdExecution>
      label="Executions"
      columns={useMemo(() => columns(namespace, origins, names), [namespace, origins, names])}
      content={recordTableContent(query)}
      list={list}
      getRowId={(execution) => execution.id}
      getRowLabel={executionLabel}
      toolbar={<RecordSearch list={list} noun="executions" />}
      empty={emptyList('executions', request)}
    />
  );
}
