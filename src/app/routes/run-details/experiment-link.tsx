import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { experimentDetailQueries } from '@/features/experiments/api/experiment-detail-queries.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { paths } from '@/lib/paths.ts';

/** The run's experiment by name (its id until the name is known, or if it cannot be read). */
export function ExperimentLink({
  experimentId,
  ns,
}: {
  readonly experimentId: string;
  readonly ns: string | undefined;
}) {
  const client = useKfpClient();
  const experiment = useQuery(experimentDetailQueries(client).experiment(experimentId));
  return (
    <Link to={paths.experiment(experimentId, { ns })}>
      {experiment.data?.display_name ?? experimentId}
    </Link>
  );
}
