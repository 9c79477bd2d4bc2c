import { useQuery } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { recordQueries } from '../api/record-queries.ts';
import { RunLink } from './record-origin.tsx';
import styles from './records.module.css';

/** Links to the runs a record belongs to, by their names. */
export function RunLinks({
  runIds,
  namespace,
}: {
  readonly runIds: readonly string[];
  readonly namespace: string | undefined;
}) {
  const names = useQuery(recordQueries(useKfpClient()).runNames(namespace, runIds));
  if (runIds.length === 0) return <span className={styles.muted}>–</span>;
  const known = names.isError ? {} : names.data;
  return (
    <span className={styles.links}>
      {runIds.map((runId) => (
        <RunLink key={runId} runId={runId} names={{ runNames: known, namespace }} />
      ))}
    </span>
  );
}
