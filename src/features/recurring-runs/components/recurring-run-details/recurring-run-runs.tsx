import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { RunTable } from '@/components/run-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { recurringRunDetailQueries } from '../../api/recurring-run-detail-queries.ts';
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
      <RunTable
        runs={runs.data.items}
        namespace={namespace}
        label="Runs of this recurring run"
        className={styles.table}
        headers={{ name: 'Run', created: 'Created', finished: 'Finished' }}
      />
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
