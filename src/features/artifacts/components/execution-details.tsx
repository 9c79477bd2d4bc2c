import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DateTime } from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { LinkedArtifact } from '@/lib/mlmd/records.ts';
import { paths } from '@/lib/paths.ts';
import { recordQueries } from '../api/record-queries.ts';
import { lineageOfExecution } from '../model/lineage.ts';
import { executionLabel, shortType } from '../model/record-labels.ts';
import { DetailState } from './detail-state.tsx';
import { ExecutionStateBadge } from './execution-state.tsx';
import { LineageView } from './lineage.tsx';
import { Facts, JsonTable } from './record-facts.tsx';
import { RunLinks } from './run-links.tsx';
import styles from './records.module.css';

/** Custom properties shown in their own sections or facts, not again under Properties. */
const SHOWN = new Set(['inputs', 'outputs', 'display_name', 'task_name', 'pod_name']);

function ArtifactList({
  title,
  items,
  namespace,
}: {
  title: string;
  items: readonly LinkedArtifact[];
  namespace: string | undefined;
}) {
  return (
    <section className={styles.section} aria-label={title}>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className={styles.muted}>None.</p>
      ) : (
        <table className={styles.facts}>
          <tbody>
            {items.map(({ artifact, event }) => (
              <tr key={`${artifact.id}-${event.name}`}>
                <th scope="row">{event.name || '–'}</th>
                <td>
                  <Link to={paths.artifact(artifact.id, { ns: namespace })}>
                    {artifact.displayName || `Artifact ${artifact.id}`}
                  </Link>
                  <span className={styles.muted}> · {shortType(artifact.type)}</span>
                  <div className={styles.mono}>{artifact.uri}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export interface ExecutionDetailsProps {
  readonly executionId: string;
  readonly namespace: string | undefined;
  readonly renderHeader: (title: string, badge: ReactNode) => ReactNode;
}

/** `/executions/:id`: an execution's state, parameters, artifacts, properties, run and lineage. */
export function ExecutionDetails({ executionId, namespace, renderHeader }: ExecutionDetailsProps) {
  const query = useQuery(recordQueries(useKfpClient()).execution(executionId));
  const execution = query.data?.execution;
  return (
    <>
      {renderHeader(
        execution ? executionLabel(execution) : `Execution ${executionId}`,
        execution ? <ExecutionStateBadge state={execution.state} /> : null,
      )}
      <DetailState query={query} what="execution">
        {(detail) => {
          const e = detail.execution;
          const lineage = lineageOfExecution(detail);
          const properties = Object.fromEntries(
            Object.entries(e.properties).filter(([key]) => !SHOWN.has(key)),
          );
          return (
            <div className={styles.detail}>
              <Facts
                label="Execution"
                rows={[
                  ['ID', e.id],
                  ['Type', e.type || '–'],
                  ['State', <ExecutionStateBadge state={e.state} />],
                  ['Task', e.taskName || '–'],
                  ['Pod', e.podName ? <span className={styles.mono}>{e.podName}</span> : '–'],
                  ['Created', <DateTime value={e.createdAt} />],
                  ['Last updated', <DateTime value={e.updatedAt} />],
                  ['Pipeline', detail.origin.pipelines.join(', ') || '–'],
                  ['Run', <RunLinks runIds={detail.origin.runIds} namespace={namespace} />],
                  [
                    'Parent DAG',
                    e.parentDagId ? (
                      <Link to={paths.execution(e.parentDagId, { ns: namespace })}>
                        Execution {e.parentDagId}
                      </Link>
                    ) : (
                      '–'
                    ),
                  ],
                  ...(e.cachedExecutionId
                    ? ([
                        [
                          'Cached from',
                          <Link to={paths.execution(e.cachedExecutionId, { ns: namespace })}>
                            Execution {e.cachedExecutionId}
                          </Link>,
                        ],
                      ] as const)
                    : []),
                ]}
              />
              <section className={styles.section} aria-label="Lineage">
                <h2>Lineage</h2>
                <LineageView
                  kind="execution"
                  label={executionLabel(e)}
                  type={e.type}
                  upstream={lineage.upstream}
                  downstream={lineage.downstream}
                  namespace={namespace}
                />
              </section>
              <div className={styles.columns}>
                <JsonTable
                  title="Input parameters"
                  values={e.inputs}
                  empty="No input parameters."
                />
                <JsonTable
                  title="Output parameters"
                  values={e.outputs}
                  empty="No output parameters."
                />
              </div>
              <div className={styles.columns}>
                <ArtifactList title="Input artifacts" items={detail.inputs} namespace={namespace} />
                <ArtifactList
                  title="Output artifacts"
                  items={detail.outputs}
                  namespace={namespace}
                />
              </div>
              <JsonTable title="Properties" values={properties} empty="No other properties." />
            </div>
          );
        }}
      </DetailState>
    </>
  );
}
