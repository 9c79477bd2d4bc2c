import { useState } from 'react';
import { Link } from 'react-router';
import { Archive, ArchiveRestore, Copy, RotateCcw, Square, Trash2 } from 'lucide-react';
import { ConfirmDialog } from '@/components/confirm-dialog/confirm-dialog.tsx';
import { ErrorState } from '@/components/states';
import { describeError } from '@/lib/kfp/errors.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { useRunDetailAction, type RunDetailAction } from '../../api/run-detail-mutations.ts';
import { availableActions } from '../../model/run-detail.ts';
import styles from './run-details.module.css';

export interface RunActionsProps {
  readonly run: Pick<Run, 'run_id' | 'display_name' | 'state' | 'storage_state'>;
  /** `/runs/new?cloneFrom=<id>` (built by the route with `paths`). */
  readonly cloneHref: string;
  /** After a delete: where to go (the runs list). */
  readonly onDeleted: () => void;
}

type Confirmable = 'terminate' | 'delete';

const CONFIRM: Readonly<
  Record<Confirmable, { title: string; label: string; text: (name: string) => string }>
> = {
  terminate: {
    title: 'Terminate this run?',
    label: 'Terminate',
    text: (name) => `Running tasks of “${name}” are stopped; the run ends as Canceled.`,
  },
  delete: {
    title: 'Delete this run?',
    label: 'Delete',
    text: (name) =>
      `“${name}” and its run details are deleted for good. Its artifacts stay in storage.`,
  },
};

/** Terminate (active), retry (failed), clone, archive / restore, delete — each a real call, errors shown. */
export function RunActions({ run, cloneHref, onDeleted }: RunActionsProps) {
  const mutation = useRunDetailAction(run.run_id);
  const [confirming, setConfirming] = useState<Confirmable | undefined>();
  const can = availableActions(run);
  const act = (action: RunDetailAction) =>
    mutation.mutate(action, { onSuccess: () => (action === 'delete' ? onDeleted() : undefined) });
  const busy = mutation.isPending;
  return (
    <div className={styles.actions}>
      {can.retry ? (
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          onClick={() => act('retry')}
        >
          <RotateCcw aria-hidden="true" size={16} /> Retry
        </button>
      ) : null}
      {can.terminate ? (
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => setConfirming('terminate')}
        >
          <Square aria-hidden="true" size={16} /> Terminate
        </button>
      ) : null}
      <Link className="btn" to={cloneHref}>
        <Copy aria-hidden="true" size={16} /> Clone
      </Link>
      {can.archive ? (
        <button type="button" className="btn" disabled={busy} onClick={() => act('archive')}>
          <Archive aria-hidden="true" size={16} /> Archive
        </button>
      ) : null}
      {can.restore ? (
        <button type="button" className="btn" disabled={busy} onClick={() => act('unarchive')}>
          <ArchiveRestore aria-hidden="true" size={16} /> Restore
        </button>
      ) : null}
      <button
        type="button"
        className="btn btn--danger"
        disabled={busy}
        onClick={() => setConfirming('delete')}
      >
        <Trash2 aria-hidden="true" size={16} /> Delete
      </button>
      {mutation.isError ? (
        <ErrorState
          inline
          title={`Could not ${mutation.variables}: ${describeError(mutation.error).title}`}
          message={describeError(mutation.error).message}
        />
      ) : null}
      {confirming === undefined ? null : (
        <ConfirmDialog
          open
          onOpenChange={(open) => (open ? undefined : setConfirming(undefined))}
          title={CONFIRM[confirming].title}
          description={CONFIRM[confirming].text(run.display_name)}
          confirmLabel={CONFIRM[confirming].label}
          destructive
          onConfirm={() => {
            act(confirming);
            setConfirming(undefined);
          }}
        />
      )}
    </div>
  );
}
