import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog/confirm-dialog.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import { paths } from '@/lib/paths.ts';
import {
  useDeleteRecurringRun,
  useRunNow,
  useSetRecurringRunEnabled,
} from '../../api/recurring-run-detail-mutations.ts';
import styles from './recurring-run-details.module.css';

export interface RecurringRunActionsProps {
  readonly recurringRun: RecurringRun;
  readonly namespace: string | undefined;
  /** Where "Clone" leads: the start-run form with `cloneRecurring`. */
  readonly cloneHref: string;
  /** Where "Edit" leads: the form that saves a replacement (KFP cannot update a recurring run). */
  readonly editHref: string;
  readonly onDeleted: () => void;
}

/** Enable / disable, run now, edit, clone, delete (after a confirmation). */
export function RecurringRunActions({
  recurringRun,
  namespace,
  cloneHref,
  editHref,
  onDeleted,
}: RecurringRunActionsProps) {
  const id = recurringRun.recurring_run_id;
  const enabled = recurringRun.status === 'ENABLED';
  const toggle = useSetRecurringRunEnabled(id);
  const remove = useDeleteRecurringRun(id);
  const runNow = useRunNow(recurringRun);
  const [confirming, setConfirming] = useState(false);
  const failure = [toggle, remove, runNow].find((mutation) => mutation.isError);

  return (
    <div className={styles.actions}>
      <button
        type="button"
        className="btn"
        disabled={toggle.isPending}
        onClick={() => toggle.mutate(!enabled)}
      >
        {enabled ? 'Disable' : 'Enable'}
      </button>
      <button
        type="button"
        className="btn"
        disabled={runNow.isPending}
        onClick={() => runNow.mutate()}
      >
        {runNow.isPending ? 'Starting…' : 'Run now'}
      </button>
      <Link className="btn" to={editHref}>
        Edit
      </Link>
      <Link className="btn" to={cloneHref}>
        Clone
      </Link>
      <button
        type="button"
        className="btn btn--danger"
        disabled={remove.isPending}
        onClick={() => setConfirming(true)}
      >
        Delete
      </button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete “${recurringRun.display_name}”?`}
        description="The schedule stops for good. The runs it already started stay."
        confirmLabel="Delete"
        destructive
        onConfirm={() => remove.mutate(undefined, { onSuccess: onDeleted })}
      />
      {runNow.isSuccess && (
        <p className={styles.message} role="status">
          Started{' '}
          <Link to={paths.run(runNow.data.run_id, { ns: namespace })}>
            {runNow.data.display_name}
          </Link>
          .
        </p>
      )}
      {failure?.error && (
        <p className={styles.error} role="alert">
          {describeError(failure.error).message}
        </p>
      )}
    </div>
  );
}
