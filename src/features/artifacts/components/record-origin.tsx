import { Link } from 'react-router';
import { TextPlaceholder } from '@/components/data-table';
import type { RecordOrigin } from '@/lib/mlmd/record-origins.ts';
import { paths } from '@/lib/paths.ts';
import styles from './records.module.css';

export interface OriginNames {
  /** Run display names by id; undefined while they load. */
  readonly runNames: Readonly<Record<string, string>> | undefined;
  readonly namespace: string | undefined;
}

/** A run as a link to its page, named when the name is known (else its id: another namespace's run). */
export function RunLink({ runId, names }: { readonly runId: string; readonly names: OriginNames }) {
  if (names.runNames === undefined) return <TextPlaceholder label="Loading the run's name…" />;
  const name = names.runNames[runId];
  return (
    <Link to={paths.run(runId, { ns: names.namespace })} title={name === undefined ? runId : name}>
      {name ?? `Run ${runId.slice(0, 8)}`}
    </Link>
  );
}

/** The Pipeline / Run cell of a records list. */
export function OriginCell({
  origin,
  names,
}: {
  readonly origin: RecordOrigin | undefined;
  readonly names: OriginNames;
}) {
  if (origin === undefined) return <TextPlaceholder label="Loading the pipeline and run…" />;
  if (origin.pipelines.length === 0 && origin.runIds.length === 0)
    return <span className={styles.muted}>–</span>;
  return (
    <div className={styles.origin}>
      {origin.pipelines.length > 0 ? (
        <span className={styles.muted}>{origin.pipelines.join(', ')}</span>
      ) : null}
      {origin.runIds.map((runId) => (
        <RunLink key={runId} runId={runId} names={names} />
      ))}
    </div>
  );
}
