import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { DataTable, DateTime, type ListParams } from '@/components/data-table';
import type { RecordOrigin } from '@/lib/mlmd/record-origins.ts';
import type { RecordPage } from '@/lib/mlmd/records.ts';
import type { RecordListRequest } from '../api/record-keys.ts';
import { recordTableContent } from '../api/use-record-page.ts';
import { shortType } from '../model/record-labels.ts';
import { emptyList } from './empty-list.ts';
import { OriginCell, type OriginNames } from './record-origin.tsx';
import { RecordSearch } from './record-search.tsx';

/** What every ML Metadata record a list shows has. */
interface RecordRow {
  readonly id: string;
  readonly type: string;
  readonly createdAt: string | undefined;
}

/** A records list's own columns around the shared ones (name, ID, type, pipeline / run, created). */
export interface RecordColumnSet<R extends RecordRow> {
  readonly name: (record: R, namespace: string | undefined) => ReactNode;
  /** Between the type and the pipeline / run. */
  readonly beforeOrigin: readonly ColumnDef<R>[];
  /** Between the pipeline / run and the creation time. */
  readonly afterOrigin: readonly ColumnDef<R>[];
}

function columns<R extends RecordRow>(
  set: RecordColumnSet<R>,
  namespace: string | undefined,
  origins: Readonly<Record<string, RecordOrigin>> | undefined,
  names: OriginNames,
): ColumnDef<R>[] {
  return [
    { id: 'name', header: 'Name', cell: ({ row }) => set.name(row.original, namespace) },
    { id: 'id', header: 'ID', size: 80, cell: ({ row }) => row.original.id },
    {
      id: 'type',
      header: 'Type',
      size: 170,
      cell: ({ row }) => <span title={row.original.type}>{shortType(row.original.type)}</span>,
    },
    ...set.beforeOrigin,
    {
      id: 'origin',
      header: 'Pipeline / run',
      size: 230,
      cell: ({ row }) => <OriginCell origin={origins?.[row.original.id]} names={names} />,
    },
    ...set.afterOrigin,
    {
      id: 'created_at',
      header: 'Created',
      size: 180,
      cell: ({ row }) => <DateTime value={row.original.createdAt} />,
    },
  ];
}

interface RecordsTableProps<R extends RecordRow> {
  readonly noun: 'artifacts' | 'executions';
  readonly label: string;
  /** A module-level constant: the columns are built again only when it, the namespace or the origins change. */
  readonly columnSet: RecordColumnSet<R>;
  readonly getRowLabel: (record: R) => string;
  readonly namespace: string | undefined;
  readonly list: ListParams;
  readonly request: RecordListRequest;
  readonly query: UseQueryResult<RecordPage<R>>;
  readonly origins: Readonly<Record<string, RecordOrigin>> | undefined;
  readonly names: OriginNames;
}

/** One page of ML Metadata records as the server pages them, searchable through its filter_query. */
export function RecordsTable<R extends RecordRow>({
  noun,
  label,
  columnSet,
  getRowLabel,
  namespace,
  list,
  request,
  query,
  origins,
  names,
}: RecordsTableProps<R>) {
  return (
    <DataTable<R>
      label={label}
      columns={useMemo(
        () => columns(columnSet, namespace, origins, names),
        [columnSet, namespace, origins, names],
      )}
      content={recordTableContent(query)}
      list={list}
      getRowId={(record) => record.id}
      getRowLabel={getRowLabel}
      toolbar={<RecordSearch list={list} noun={noun} />}
      empty={emptyList(noun, request)}
    />
  );
}
