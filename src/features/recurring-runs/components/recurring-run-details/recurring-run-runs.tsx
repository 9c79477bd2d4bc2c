import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DateTime } from '@/components/data-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { StatusBadge } from '@/components/status-badge';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { paths } from '@/lib/paths.ts';
import { recurringRunDetailQueries } from '../../api/recurring-run-detail-queries';
import styles from './recurring-run-details.module.css';

export interface RecurringRunRunsProps {
  readonly recurringRunId: string;
  readonly namespace: string | undefined;
  /** New runs may appear: keep the first page fresh. */
  readonly scheduleEnabled: boolean;
}

/** The runs a recurring run started, newest first, paged; refreshes while one is active. */
export function RecurringRunRuns({
  recurringRunId,
  namespace,
  scheduleEnabled,
}: RecurringRunRunsProps) {
  const queries = recurringRunDetailQueries(useKfpClient());
  // Tokens of the pages before this one: the API pages forward only.
  const [tokens, setTokens] = useState<readonly string[]>(['']);
  const token = tokens[tokens.length - 1] ?? '';
  const runs = useQuery(queries.runs(recurringRunId, namespace, token, scheduleEnabled));

  if (runs.isPending) return <LoadingState label="Loading runs…" />;
  if (runs.isError)
    return (
      <ErrorState
        title="Could not load its runs"
        message={describeError(runs.error).message}
        onRetry={() => void runs.refetch()}
        retrying={runs.isFetching}
      />
    );
  if (runs.data.items.length === 0 && tokens.length === 1)
    return (
      <EmptyState
        title="No runs yet"
        message="Runs appear here when the schedule fires, or with “Run now”."
      />
    );

  const next = runs.data.next_page_token;
  return (
    <>
      <table className={styles.table} aria-label="Runs of this recurring run">
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Finished</th>
          </tr>
        </thead>
        <tbody>
          {runs.data.items.map((run) => (
            <tr key={run.run_id}>
              <td>
                <Link to={paths.run(run.run_id, { ns: namespace })}>
                  {run.display_name || run.run_id}
                </Link>
              </td>
              <td>
                <StatusBadge state={run.state} />
              </td>
              <td>
                <DateTime value={run.created_at} />
              </td>
              <td>
                <DateTime value={run.finished_at} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.pager}>
        <span className={styles.message}>{runs.data.total_size} runs</span>
        <button
          type="button"
          className="btn"
          disabled={tokens.length === 1}
          onClick={() => setTokens(tokens.slice(0, -1))}
        >
          Newer
        </button>
        <button
          type="button"
          className="btn"
          disabled={next === undefined}
          onClick={() => next !== undefined && setTokens([...tokens, next])}
        >
          Older
        </button>
      </div>
    </>
  );
}
