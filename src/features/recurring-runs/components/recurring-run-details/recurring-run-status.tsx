import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import styles from './recurring-run-details.module.css';

/** "Enabled" / "Disabled" next to the title. */
export function RecurringRunStatus({ status }: { readonly status: RecurringRun['status'] }) {
  return (
    <span className={styles.status} data-enabled={status === 'ENABLED'}>
      {status === 'ENABLED' ? 'Enabled' : status === 'DISABLED' ? 'Disabled' : 'Unknown status'}
    </span>
  );
}
