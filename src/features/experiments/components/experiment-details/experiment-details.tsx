import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Play } from 'lucide-react';
import { Link } from 'react-router';
import { DateTime } from '@/components/data-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { SummaryCard } from '@/components/summary-card';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { ApiError, describeError } from '@/lib/kfp/errors.ts';
import type { Experiment } from '@/lib/kfp/wire/experiment.ts';
import { paths } from '@/lib/paths.ts';
import { experimentDetailQueries } from '../../api/experiment-detail-queries.ts';
import { ExperimentSections } from './experiment-sections.tsx';
import { ExperimentStorageButton } from './experiment-storage-button.tsx';
import styles from './experiment-details.module.css';

/** What the page header shows; the route draws it (the app's PageHeader) from this. */
export interface ExperimentHeader {
  readonly title: string;
  readonly breadcrumbs: readonly { readonly label: string; readonly to?: string }[];
  readonly badge?: ReactNode;
  readonly actions?: ReactNode;
}

export interface ExperimentDetailsProps {
  readonly experimentId: string;
  readonly namespace: string | undefined;
  readonly renderHeader: (header: ExperimentHeader) => ReactNode;
  /** The experiment's runs (the runs feature's table, composed by the route). */
  readonly runs: ReactNode;
  readonly recurringRuns: ReactNode;
  /** Refreshes the runs and recurring runs after archive / restore. */
  readonly onStorageChanged?: () => Promise<unknown>;
}

function Summary({ experiment }: { readonly experiment: Experiment }) {
  return (
    <SummaryCard
      label="Experiment summary"
      description={experiment.description}
      facts={[
        ['Created', <DateTime key="created" value={experiment.created_at} />],
        ['Last run', <DateTime key="last-run" value={experiment.last_run_created_at} />],
        ['Namespace', experiment.namespace || '–'],
        ['Storage', experiment.storage_state === 'ARCHIVED' ? 'Archived' : 'Active'],
        ['Experiment ID', <code key="id">{experiment.experiment_id}</code>],
      ]}
    />
  );
}

/** `/experiments/:experimentId`: summary, archive / restore, "Create run", and the experiment's runs and recurring runs. */
export function ExperimentDetails({
  experimentId,
  namespace,
  renderHeader,
  runs,
  recurringRuns,
  onStorageChanged,
}: ExperimentDetailsProps) {
  const client = useKfpClient();
  const query = useQuery(experimentDetailQueries(client).experiment(experimentId));
  const crumbs = [{ label: 'Experiments', to: paths.experiments({ ns: namespace }) }];

  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <>
        {renderHeader({
          title: 'Experiment not found',
          breadcrumbs: [...crumbs, { label: experimentId }],
        })}
        <EmptyState
          title="This experiment does not exist"
          message={`There is no experiment with ID ${experimentId}. It may have been deleted.`}
          action={
            <Link className="btn btn--primary" to={paths.experiments({ ns: namespace })}>
              Back to experiments
            </Link>
          }
        />
      </>
    );
  }
  if (query.data === undefined) {
    const failure = query.isError ? describeError(query.error) : undefined;
    return (
      <>
        {renderHeader({ title: 'Experiment', breadcrumbs: [...crumbs, { label: experimentId }] })}
        {failure ? (
          <ErrorState
            title={failure.title}
            message={failure.message}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : (
          <LoadingState label="Loading the experiment…" />
        )}
      </>
    );
  }
  const experiment = query.data;
  const name = experiment.display_name || experiment.experiment_id;
  const archived = experiment.storage_state === 'ARCHIVED';
  return (
    <>
      {renderHeader({
        title: name,
        breadcrumbs: [...crumbs, { label: name }],
        badge: archived ? <span className={styles.badge}>Archived</span> : undefined,
        actions: (
          <>
            <Link className="btn btn--primary" to={paths.runNew({ experimentId, ns: namespace })}>
              <Play aria-hidden="true" size={16} />
              Create run
            </Link>
            <ExperimentStorageButton
              experimentId={experimentId}
              name={name}
              archived={archived}
              onChanged={onStorageChanged}
            />
          </>
        ),
      })}
      <Summary experiment={experiment} />
      <ExperimentSections runs={runs} recurring={recurringRuns} />
    </>
  );
}
