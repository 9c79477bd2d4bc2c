import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { TextPlaceholder } from '@/components/data-table';
import { RunTable } from '@/components/run-table';
import { ErrorState } from '@/components/states';
import { StatusIcon, runStateLabel } from '@/components/status-badge';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { paths } from '@/lib/paths.ts';
import { RECENT_RUNS, recentRunsQuery } from '../api/recent-runs.ts';
import styles from './experiments.module.css';

interface RecentRunsProps {
  readonly experimentId: string;
  readonly experimentName: string;
  readonly namespace: string | undefined;
}

/** The states of an experiment's newest runs as icons, newest first. */
export function RecentRunStrip({ experimentId, experimentName }: RecentRunsProps) {
  const query = useQuery(recentRunsQuery(useKfpClient(), experimentId));
  if (query.isPending) return <TextPlaceholder label="Loading the last runs…" />;
  if (query.isError)
    return (
      <span className={styles.muted} title={describeError(query.error).message}>
        Not available
      </span>
    );
  if (query.data.items.length === 0) return <span className={styles.muted}>No runs</span>;
  return (
    <ul className={styles.strip} aria-label={`Last runs of ${experimentName}, newest first`}>
      {query.data.items.map((run) => (
        <li key={run.run_id}>
          <StatusIcon
            state={run.state}
            label={`${run.display_name || run.run_id}: ${runStateLabel(run.state)}`}
          />
        </li>
      ))}
    </ul>
  );
}

/** An expanded experiment row: its newest runs, linked, with a way to all of them. */
export function RecentRuns({ experimentId, experimentName, namespace }: RecentRunsProps) {
  // The row's strip has just read these runs: opening the row shows them without asking again.
  const query = useQuery({
    ...recentRunsQuery(useKfpClient(), experimentId),
    refetchOnMount: false,
  });
  if (query.isPending) return <TextPlaceholder label="Loading the newest runs…" />;
  if (query.isError) {
    const { title, message } = describeError(query.error);
    return (
      <ErrorState
        inline
        title={title}
        message={message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const { items, total_size: total } = query.data;
  return (
    <div className={styles.recent}>
      {items.length === 0 ? (
        <p className={styles.muted}>No runs in this experiment yet.</p>
      ) : (
        <RunTable
          runs={items}
          namespace={namespace}
          label={`Newest runs of ${experimentName}`}
          className={styles.recentTable}
          headers={{ name: 'Run name', created: 'Start time' }}
        />
      )}
      {total > RECENT_RUNS && (
        <Link to={paths.experiment(experimentId, { ns: namespace })}>
          All {total} runs of {experimentName}
        </Link>
      )}
    </div>
  );
}
