import { useState } from 'react';
import { Archive, ArchiveRestore } from 'lucide-react';
import { ConfirmDialog } from '@/components/confirm-dialog/confirm-dialog.tsx';
import { ErrorState } from '@/components/states';
import { describeError } from '@/lib/kfp/errors.ts';
import { useExperimentStorage } from '../../api/experiment-detail-queries.ts';

export interface ExperimentStorageButtonProps {
  readonly experimentId: string;
  readonly name: string;
  readonly archived: boolean;
  /** Refreshes what else the action changed (runs, recurring runs). */
  readonly onChanged?: () => Promise<unknown>;
}

/** Archive (or restore) the experiment after a confirmation that says what else changes. */
export function ExperimentStorageButton({
  experimentId,
  name,
  archived,
  onChanged,
}: ExperimentStorageButtonProps) {
  const [open, setOpen] = useState(false);
  const mutation = useExperimentStorage(experimentId, onChanged);
  const action = archived ? 'unarchive' : 'archive';
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => setOpen(true)}
        disabled={mutation.isPending}
        aria-label={archived ? 'Restore experiment' : 'Archive experiment'}
      >
        {archived ? (
          <ArchiveRestore aria-hidden="true" size={16} />
        ) : (
          <Archive aria-hidden="true" size={16} />
        )}
        {mutation.isPending
          ? archived
            ? 'Restoring…'
            : 'Archiving…'
          : archived
            ? 'Restore'
            : 'Archive'}
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={archived ? 'Restore experiment?' : 'Archive experiment?'}
        description={
          archived
            ? `Experiment “${name}” returns to the active list. Its archived runs stay archived until you restore them.`
            : `Experiment “${name}” moves to the archive, together with all its runs; its recurring runs are disabled.`
        }
        confirmLabel={archived ? 'Restore' : 'Archive'}
        onConfirm={() => mutation.mutate(action)}
      />
      {mutation.isError ? (
        <ErrorState
          inline
          title={archived ? 'Could not restore the experiment' : 'Could not archive the experiment'}
          message={describeError(mutation.error).message}
          actions={
            <button type="button" className="btn" onClick={() => mutation.reset()}>
              Dismiss
            </button>
          }
        />
      ) : null}
    </>
  );
}
