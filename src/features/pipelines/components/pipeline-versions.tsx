import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CompactPager, DateTime, TruncatedText, useTokenStack } from '@/components/data-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { paths } from '@/lib/paths.ts';
import { pipelineQueries } from '../api/pipeline-queries.ts';
import { toVersionRow } from '../model/pipeline-list-state.ts';
import styles from './pipelines.module.css';

const VERSIONS_PAGE_SIZE = 5;

/**
 * The versions of one pipeline under its row, newest first, five at a time. The page-token stack of
 * this nested list is view state (an expanded row is not part of the URL).
 */
export function PipelineVersions({
  pipelineId,
  pipelineName,
  namespace,
}: {
  readonly pipelineId: string;
  readonly pipelineName: string;
  readonly namespace: string | undefined;
}) {
  const client = useKfpClient();
  const stack = useTokenStack();
  const query = useQuery(
    pipelineQueries(client).versions({
      pipelineId,
      pageSize: VERSIONS_PAGE_SIZE,
      pageToken: stack.token,
      sortBy: 'created_at desc',
    }),
  );

  if (query.data === undefined) {
    if (query.isError) {
      return (
        <ErrorState
          title="Could not load the versions"
          message={describeError(query.error).message}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    }
    return <LoadingState label="Loading versions…" />;
  }
  const rows = query.data.items.map((version) => toVersionRow(version, pipelineId));
  if (rows.length === 0 && stack.page === 1) return <EmptyState title="No versions" />;
  return (
    <div className={styles.versions}>
      <table className={styles.versionsTable} aria-label={`Versions of ${pipelineName}`}>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Description</th>
            <th scope="col" style={{ width: '12rem' }}>
              Uploaded
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((version) => (
            <tr key={version.id}>
              <td>
                <Link
                  to={paths.pipeline(version.pipelineId, { version: version.id, ns: namespace })}
                >
                  {version.name}
                </Link>
              </td>
              <td>
                <TruncatedText text={version.description} />
              </td>
              <td>
                <DateTime value={version.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CompactPager
        stack={stack}
        nextPageToken={query.data.next_page_token}
        summary={`Versions page ${stack.page} of ${Math.max(1, Math.ceil(query.data.total_size / VERSIONS_PAGE_SIZE))}`}
      />
    </div>
  );
}
