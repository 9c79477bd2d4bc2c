import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import {
  DataTable,
  DateTime,
  toTableContent,
  TruncatedText,
  useListParams,
} from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import { pipelineQueries } from '../../api/pipeline-queries.ts';
import { versionLabel } from '../../model/pipeline-detail.ts';
import { DeleteVersionButton } from './delete-actions.tsx';
import styles from './pipeline-details.module.css';

const SORT_FIELDS = ['created_at', 'name'] as const;
const DEFAULT_SORT = { field: 'created_at', desc: true } as const;

export interface VersionsTableProps {
  readonly pipelineId: string;
  readonly pipelineName: string;
  readonly selectedId: string | undefined;
  /** `?…` of the page with another version selected. */
  readonly hrefOf: (versionId: string) => string;
  readonly onSelectedDeleted: () => void;
}

/** Every version of the pipeline, paged by the server (page, size and sort in the URL). */
export function VersionsTable({
  pipelineId,
  pipelineName,
  selectedId,
  hrefOf,
  onSelectedDeleted,
}: VersionsTableProps) {
  const client = useKfpClient();
  const list = useListParams({
    listId: 'pipeline-versions',
    sortFields: SORT_FIELDS,
    defaultSort: DEFAULT_SORT,
  });
  const query = useQuery(
    pipelineQueries(client).versions({
      pipelineId,
      pageSize: list.pageSize,
      pageToken: list.pageToken,
      sortBy: list.sortBy,
    }),
  );
  const content = toTableContent(query, (page) => ({
    rows: page.items,
    nextPageToken: page.next_page_token,
    totalSize: page.total_size,
  }));
  const columns = useMemo<ColumnDef<PipelineVersion>[]>(
    () => [
      {
        id: 'name',
        header: 'Version',
        cell: ({ row }) => (
          <>
            <Link to={hrefOf(row.original.pipeline_version_id)}>{versionLabel(row.original)}</Link>
            {row.original.pipeline_version_id === selectedId ? (
              <span className={styles.current}>shown</span>
            ) : null}
          </>
        ),
      },
      {
        id: 'description',
        header: 'Description',
        cell: ({ row }) => <TruncatedText text={row.original.description} />,
      },
      {
        id: 'created_at',
        header: 'Uploaded',
        size: 200,
        cell: ({ row }) => <DateTime value={row.original.created_at} />,
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">Actions</span>,
        size: 64,
        cell: ({ row }) => (
          <div className={styles.rowActions}>
            <DeleteVersionButton
              compact
              pipelineId={pipelineId}
              versionId={row.original.pipeline_version_id}
              versionName={versionLabel(row.original)}
              pipelineName={pipelineName}
              onDeleted={
                row.original.pipeline_version_id === selectedId ? onSelectedDeleted : undefined
              }
            />
          </div>
        ),
      },
    ],
    [hrefOf, selectedId, pipelineId, pipelineName, onSelectedDeleted],
  );
  return (
    <DataTable<PipelineVersion>
      label="Versions"
      columns={columns}
      content={content}
      list={list}
      getRowId={(version) => version.pipeline_version_id}
      getRowLabel={versionLabel}
      empty={{ title: 'No versions', message: 'Upload a version to draw this pipeline.' }}
    />
  );
}
