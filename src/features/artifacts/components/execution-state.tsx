import { StatusBadge } from '@/components/status-badge';
import type { MlmdExecutionState } from '@/lib/mlmd/types.ts';
import { executionRunState } from '../model/record-labels.ts';
import styles from './records.module.css';

/** An execution's state as the run page draws task states; a cached one says so. */
export function ExecutionStateBadge({ state }: { readonly state: MlmdExecutionState }) {
  return (
    <span className={styles.state}>
      <StatusBadge state={executionRunState(state)} />
      {state === 'CACHED' ? <span className={styles.muted}>cached</span> : null}
    </span>
  );
}
