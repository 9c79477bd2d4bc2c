import { useState } from 'react';
import { CirclePause, CirclePlay } from 'lucide-react';
import { useSetRecurringRunsEnabled } from '../api/recurring-run-queries.ts';
import type { RecurringRunRow } from '../model/recurring-run-row.ts';
import styles from './recurring-runs.module.css';

/** Enabled / Disabled as icon + text, with a button that flips it and shows the server's refusal. */
export function EnabledCell({ row }: { readonly row: RecurringRunRow }) {
  const mutation = useSetRecurringRunsEnabled();
  const [error, setError] = useState<string | undefined>(undefined);
  const Icon = row.enabled ? CirclePlay : CirclePause;
  const toggle = async () => {
    setError(undefined);
    const [outcome] = await mutation.mutateAsync({ enabled: !row.enabled, ids: [row.id] });
    if (outcome !== undefined && !outcome.ok) setError(outcome.message);
  };
  return (
    <span className={styles.status}>
      <span className={styles.state} data-enabled={row.enabled || undefined}>
        <Icon size={16} aria-hidden="true" />
        {row.enabled ? 'Enabled' : 'Disabled'}
      </span>
      <button
        type="button"
        className={`btn ${styles.toggle ?? ''}`}
        disabled={mutation.isPending}
        aria-label={`${row.enabled ? 'Disable' : 'Enable'} ${row.name}`}
        onClick={() => void toggle()}
      >
        {row.enabled ? 'Disable' : 'Enable'}
      </button>
      {error === undefined ? null : (
        <span className={styles.error} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
