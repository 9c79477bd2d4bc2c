import { useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import {
  DataTable,
  DateTime,
  ListTabs,
  SearchBox,
  toTableContent,
  TruncatedText,
  useListParams,
  type ListParams,
  type ListTab,
} from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { paths } from '@/lib/paths.ts';
import { pipelineQueries } from '../api/pipeline-queries.ts';
import { pipelineListRequest, PIPELINES_LIST_ID } from '../api/pipelines-list-prefetch.ts';
import {
  parsePipelineListState,
  PIPELINE_DEFAULT_SORT,
  PIPELINE_LIST_PARAMS,
  PIPELINE_SORT_FIELDS,
  toPipelineRow,
  type PipelineRow,
} from '../model/pipeline-list-state.ts';
import { PipelineBulkActions } from './pipeline-bulk-actions.tsx';
import { PipelineVersions } from './pipeline-versions.tsx';

const TABS: readonly [ListTab, ...ListTab[]] = [
  { value: 'private', label: 'Private' },
  { value: 'shared', label: 'Shared' },
];

function pipelineColumns(ns: string | undefined): ColumnDef<PipelineRow>[] {
  return [
    {
      id: 'display_name',
      header: 'Pipeline name',
      cell: ({ row }) => (
        <Link to={paths.pipeline(row.original.id, { ns })}>{row.original.name}</Link>
      ),
    },
    {
      id: 'description',
      header: 'Description',
      cell: ({ row }) => <TruncatedText text={row.original.description} />,
    },
    {
      id: 'created_at',
      header: 'Uploaded on',
      size: 190,
      cell: ({ row }) => <DateTime value={row.original.createdAt} />,
    },
  ];
}

export interface PipelinesTableProps {
  readonly namespace: string | undefined;
  /** Multi-user installs get Private / Shared tabs. */
  readonly multiUser: boolean;
}

function PipelinesList({
  list,
  namespace,
  multiUser,
}: PipelinesTableProps & { readonly list: ListParams }) {
  const client = useKfpClient();
  const state = parsePipelineListState(list.searchParams);
  const query = useQuery(
    pipelineQueries(client).list(pipelineListRequest(list.searchParams, namespace, multiUser)),
  );
  const content = toTableContent(query, (page) => ({
    rows: page.items.map(toPipelineRow),
    nextPageToken: page.next_page_token,
    totalSize: page.total_size,
  }));
  const columns = useMemo(() => pipelineColumns(namespace), [namespace]);
  const scopeLabel = multiUser
    ? state.scope === 'shared'
      ? 'Shared pipelines'
      : 'Private pipelines'
    : 'Pipelines';
  return (
    <DataTable<PipelineRow>
      label={scopeLabel}
      columns={columns}
      content={content}
      list={list}
      getRowId={(pipeline) => pipeline.id}
      getRowLabel={(pipeline) => pipeline.name}
      expandLabel={(pipeline) => `Versions of ${pipeline.name}`}
      renderBulkActions={(selected, clear) => (
        <PipelineBulkActions selected={selected} namespace={namespace} onDone={clear} />
      )}
      renderExpanded={(pipeline) => (
        <PipelineVersions
          pipelineId={pipeline.id}
          pipelineName={pipeline.name}
          namespace={namespace}
        />
      )}
      toolbar={
        <SearchBox
          list={list}
          label="Filter pipelines by name"
          param={PIPELINE_LIST_PARAMS.search}
        />
      }
      empty={
        state.search === ''
          ? {
              title:
                multiUser && state.scope === 'shared' ? 'No shared pipelines' : 'No pipelines yet',
              message: 'Upload a pipeline to get started.',
            }
          : { title: `No pipelines match “${state.search}”` }
      }
    />
  );
}

/**
 * Pipelines (private / shared in multi-user installs), searchable and sortable; a row opens to its
 * versions; selected rows can be deleted (asking about their versions) or get a new version.
 */
export function PipelinesTable({ namespace, multiUser }: PipelinesTableProps) {
  const list = useListParams({
    listId: PIPELINES_LIST_ID,
    sortFields: PIPELINE_SORT_FIELDS,
    defaultSort: PIPELINE_DEFAULT_SORT,
  });
  const table: ReactNode = (
    <PipelinesList list={list} namespace={namespace} multiUser={multiUser} />
  );
  if (!multiUser) return table;
  return (
    <ListTabs list={list} label="Pipeline scope" param={PIPELINE_LIST_PARAMS.tab} tabs={TABS}>
      {table}
    </ListTabs>
  );
}
