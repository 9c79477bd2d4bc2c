import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DateTime } from '@/components/data-table/date-time.tsx';
import { FactsTable } from '@/components/facts-table';
import { StatusBadge } from '@/components/status-badge';
import { NodeFacts, shownState, type GraphNode, type NodeExecution } from '@/features/graph';
import { usePodVolumes } from '@/features/pods';
import { formatDuration } from '@/lib/duration.ts';
import { paths } from '@/lib/paths.ts';
import { SINGLE_USER_NAMESPACE } from './node-pod-tabs.tsx';
import styles from './run-details.module.css';

function Rows({ rows }: { rows: readonly (readonly [string, ReactNode | undefined])[] }) {
  const shown = rows.filter(
    (row): row is readonly [string, ReactNode] => row[1] !== undefined && row[1] !== '',
  );
  if (shown.length === 0) return null;
  return <FactsTable rows={shown} className={styles.table} />;
}

/** A cache hit: the step's container did not run; the execution it reused, where ML Metadata names it. */
function CachedFrom({
  execution,
  namespace,
}: {
  execution: NodeExecution;
  namespace: string | undefined;
}) {
  const id = execution.cachedExecutionId;
  return (
    <span>
      Taken from the cache: the step's container did not run.
      {id !== undefined ? (
        <>
          {' '}
          Original: <Link to={paths.execution(id, { ns: namespace })}>Execution {id}</Link>
        </>
      ) : null}
    </span>
  );
}

/** Run-time facts of the selected execution and what the spec asks for (image, resources, volumes, retries, cache). */
export function NodeDetails({
  node,
  execution,
  namespace,
}: {
  node: GraphNode;
  execution: NodeExecution | undefined;
  namespace: string | undefined;
}) {
  const podName = node.kind === 'group' ? undefined : execution?.podName;
  const podVolumes = usePodVolumes(
    podName === undefined ? undefined : { podName, namespace: namespace || SINGLE_USER_NAMESPACE },
    execution?.state === 'PENDING' || execution?.state === 'RUNNING',
  );
  return (
    <div>
      {execution?.error ? (
        <section className={styles.section}>
          <h3>Error</h3>
          <p className={styles.error}>{execution.error}</p>
        </section>
      ) : null}
      <section className={styles.section}>
        <h3>Execution</h3>
        {execution === undefined ? (
          <p className={styles.muted}>Not started yet.</p>
        ) : (
          <Rows
            rows={[
              ['State', <StatusBadge state={shownState(execution)} />],
              [
                'Started',
                execution.startedAt ? <DateTime value={execution.startedAt} /> : undefined,
              ],
              [
                'Finished',
                execution.finishedAt ? <DateTime value={execution.finishedAt} /> : undefined,
              ],
              [
                'Duration',
                execution.durationMs === undefined
                  ? undefined
                  : formatDuration(execution.durationMs),
              ],
              [
                'Pod',
                execution.podName ? (
                  <span className={styles.mono}>{execution.podName}</span>
                ) : undefined,
              ],
              ['Runtime id', <span className={styles.mono}>{execution.runtimeId}</span>],
              [
                'Iteration',
                execution.iteration === undefined ? undefined : String(execution.iteration),
              ],
              ['Recursion depth', execution.depth > 0 ? String(execution.depth) : undefined],
              ['Attempt', execution.attempt === undefined ? undefined : String(execution.attempt)],
              [
                'Cache',
                execution.cached ? (
                  <CachedFrom execution={execution} namespace={namespace} />
                ) : undefined,
              ],
            ]}
          />
        )}
      </section>
      {execution && execution.history.length > 0 ? (
        <section className={styles.section}>
          <h3>State history</h3>
          <table className={styles.table}>
            <tbody>
              {execution.history.map((h, index) => (
                <tr key={`${h.time ?? ''}-${index}`}>
                  <th scope="row">
                    <DateTime value={h.time} />
                  </th>
                  <td>
                    <StatusBadge state={shownState({ state: h.state, cached: execution.cached })} />{' '}
                    {h.error ? <span className={styles.error}>{h.error}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <NodeFacts node={node} podVolumes={podName === undefined ? undefined : podVolumes} />
    </div>
  );
}
