import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { K8sEvent } from '@/lib/kfp/wire/pod.ts';
import { podQueries } from '../api/pod-queries.ts';
import { newestFirst } from '../model/pod-resources.ts';
import { podProblem } from '../model/pod-problem.ts';
import type { PodTabProps } from './pod-tab.tsx';
import { HeadedTable } from './headed-table.tsx';
import { TimeText } from './time-text.tsx';
import styles from './pods.module.css';

function container(fieldPath: string | undefined): string | undefined {
  return /^spec\.(?:init)?[cC]ontainers\{(.+)\}$/.exec(fieldPath ?? '')?.[1];
}

export function EventsTable({ events }: { readonly events: readonly K8sEvent[] }) {
  return (
    <HeadedTable columns={['Event', 'Message', 'Count']} label="Pod events, newest first">
      {newestFirst(events).map((e, i) => (
        <tr key={`${e.name}#${i}`}>
          <td className={styles.event}>
            <span className={styles.tone} data-tone={e.type === 'Warning' ? 'warning' : 'muted'}>
              {e.type}
            </span>{' '}
            <strong>{e.reason}</strong>
            <div className={`${styles.muted} ${styles.nowrap}`}>
              <TimeText value={e.lastTime ?? e.firstTime} />
            </div>
          </td>
          <td>
            {e.message}
            <div className={styles.muted}>
              {[e.source, container(e.fieldPath)].filter((p) => p).join(' · ')}
            </div>
          </td>
          <td className={styles.count}>
            {e.count > 1 ? <span title={`first seen ${e.firstTime ?? '?'}`}>×{e.count}</span> : '1'}
          </td>
        </tr>
      ))}
    </HeadedTable>
  );
}

/** The Events tab: `k8s/pod/events` of the step's pod, newest first. */
export function EventsTab({ podName, namespace, live }: PodTabProps) {
  const client = useKfpClient();
  const query = useQuery(podQueries(client).events({ podName, namespace }, { live }));
  if (query.error && !query.data) {
    const problem = podProblem(query.error, 'events', podName);
    return (
      <ErrorState
        title={problem.title}
        message={problem.message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (!query.data) return <LoadingState label="Reading the pod's events…" />;
  if (query.data.length === 0)
    return (
      <EmptyState
        title="No events for this pod"
        message="Kubernetes keeps events for an hour by default, and removes them with a deleted pod: an older or garbage-collected pod has none left."
      />
    );
  return <EventsTable events={query.data} />;
}
