import { useState } from 'react';
import { BulkActionDialog } from '@/components/confirm-dialog/bulk-action-dialog.tsx';
import { usePipelineBulkDelete, useVersionCounts } from '../api/pipeline-bulk-delete.ts';
import {
  planPipelineDelete,
  type CascadeChoice,
  type DeleteCandidate,
} from '../model/pipeline-delete.ts';
import styles from './pipelines.module.css';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export interface DeleteDialogProps {
  readonly pipelines: readonly DeleteCandidate[];
  readonly onClose: (ran: boolean) => void;
}

/** Counts the versions of the selected pipelines, asks the cascade question when any has some, deletes. */
export function PipelineDeleteDialog({ pipelines, onClose }: DeleteDialogProps) {
  const counts = useVersionCounts(pipelines.map((p) => p.id));
  const [choice, setChoice] = useState<CascadeChoice>();
  const [ran, setRan] = useState(false);
  const remove = usePipelineBulkDelete();
  const plan = planPipelineDelete(pipelines, counts, choice);
  const some = plan.withVersions.length;
  const versions = plan.versionTotal > 0 ? ` (${plural(plan.versionTotal, 'version')})` : '';
  return (
    <BulkActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose(ran);
      }}
      title={`Delete ${plural(pipelines.length, 'pipeline')}?`}
      description="Deleted pipelines cannot be restored. Runs started from them keep their copy of the pipeline."
      confirmLabel="Delete"
      destructive
      items={plan.items}
      confirmBlockedBy={plan.blockedBy}
      execute={(ids, report) => {
        setRan(true);
        return remove.mutateAsync({ ids, cascade: plan.cascade, report });
      }}
    >
      {some === 0 ? null : (
        <fieldset className={styles.cascade}>
          <legend>
            {some === pipelines.length
              ? some === 1
                ? 'This pipeline has versions'
                : 'These pipelines have versions'
              : `${some} of them ${some === 1 ? 'has' : 'have'} versions`}
            {versions}. What happens to them?
          </legend>
          <label>
            <input
              type="radio"
              name="pipeline-delete-cascade"
              checked={choice === 'cascade'}
              onChange={() => setChoice('cascade')}
            />
            Delete {some === 1 ? 'that pipeline with all its' : 'those pipelines with all their'}{' '}
            versions
          </label>
          <label>
            <input
              type="radio"
              name="pipeline-delete-cascade"
              checked={choice === 'keep'}
              onChange={() => setChoice('keep')}
            />
            Keep {some === 1 ? 'it' : 'them'}; delete only pipelines without versions
          </label>
        </fieldset>
      )}
    </BulkActionDialog>
  );
}
