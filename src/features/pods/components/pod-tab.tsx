import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '@/components/states';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { podQueries } from '../api/pod-queries.ts';
import { podProblem } from '../model/pod-problem.ts';
import { PodView } from './pod-view.tsx';

export interface PodTabProps {
  readonly podName: string;
  readonly namespace: string;
  /** The step is pending or running: the pod is read again while the tab is open. */
  readonly live: boolean;
}

/** The Pod tab: `k8s/pod` of the step's pod, with the UI server's failures in words. */
export function PodTab({ podName, namespace, live }: PodTabProps) {
  const client = useKfpClient();
  const query = useQuery(podQueries(client).pod({ podName, namespace }, { live }));
  if (query.data)
    return (
      <>
        {query.error ? (
          <ErrorState
            inline
            {...podProblem(query.error, 'pod', podName)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        <PodView pod={query.data} />
      </>
    );
  if (query.error) {
    const problem = podProblem(query.error, 'pod', podName);
    return (
      <ErrorState
        title={problem.title}
        message={problem.message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <LoadingState label="Reading the pod…" />;
}
