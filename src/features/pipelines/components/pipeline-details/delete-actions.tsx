import { useState } from 'react';
import { Trash2 } from 'lucide-react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog/confirm-dialog.tsx';
import { ErrorState } from '@/components/states';
import { describeError } from '@/lib/kfp/errors.ts';
import { paths } from '@/lib/paths.ts';
import {
  useDeletePipeline,
  useDeletePipelineVersion,
} from '../../api/pipeline-detail-mutations.ts';
import { pipelineDeletionText } from '../../model/pipeline-detail.ts';

function DeleteError({
  error,
  what,
  onDismiss,
}: {
  readonly error: unknown;
  readonly what: string;
  readonly onDismiss: () => void;
}) {
  const { message } = describeError(error);
  return (
    <ErrorState
      inline
      title={`Could not delete ${what}`}
      message={message}
      actions={
        <button type="button" className="btn" onClick={onDismiss}>
          Dismiss
        </button>
      }
    />
  );
}

export interface DeletePipelineButtonProps {
  readonly pipelineId: string;
  readonly name: string;
  /** From the versions list; undefined while it loads. */
  readonly versionCount: number | undefined;
  readonly namespace: string | undefined;
}

/** Deletes the pipeline with all its versions (cascade), after saying exactly what goes; then back to the list. */
export function DeletePipelineButton({
  pipelineId,
  name,
  versionCount,
  namespace,
}: DeletePipelineButtonProps) {
  const [open, setOpen] = useState(false);
  const mutation = useDeletePipeline(pipelineId);
  const navigate = useNavigate();
  const what = pipelineDeletionText(name, versionCount);
  const confirm = () =>
    mutation.mutate(undefined, {
      onSuccess: () => void navigate(paths.pipelines({ ns: namespace })),
    });
  return (
    <>
      <button
        type="button"
        className="btn btn--danger"
        onClick={() => setOpen(true)}
        disabled={mutation.isPending}
      >
        <Trash2 aria-hidden="true" size={16} />
        {mutation.isPending ? 'Deleting…' : 'Delete pipeline'}
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete pipeline?"
        description={`This deletes ${what}. Runs that used them keep their records. This cannot be undone.`}
        confirmLabel="Delete pipeline"
        destructive
        onConfirm={confirm}
      />
      {mutation.isError ? (
        <DeleteError
          error={mutation.error}
          what="the pipeline"
          onDismiss={() => mutation.reset()}
        />
      ) : null}
    </>
  );
}

export interface DeleteVersionButtonProps {
  readonly pipelineId: string;
  readonly versionId: string;
  readonly versionName: string;
  readonly pipelineName: string;
  /** Called after the version is gone (e.g. to leave `?version=` of a deleted version). */
  readonly onDeleted?: () => void;
  /** A compact icon button (table rows). */
  readonly compact?: boolean;
}

/** Deletes one version of a pipeline after a confirmation naming it. */
export function DeleteVersionButton({
  pipelineId,
  versionId,
  versionName,
  pipelineName,
  onDeleted,
  compact = false,
}: DeleteVersionButtonProps) {
  const [open, setOpen] = useState(false);
  const mutation = useDeletePipelineVersion(pipelineId);
  const confirm = () =>
    mutation.mutate(versionId, {
      onSuccess: () => onDeleted?.(),
    });
  return (
    <>
      <button
        type="button"
        className={compact ? 'btn btn--ghost btn--icon' : 'btn btn--danger'}
        onClick={() => setOpen(true)}
        disabled={mutation.isPending}
        aria-label={compact ? `Delete version ${versionName}` : undefined}
        title={compact ? `Delete version ${versionName}` : undefined}
      >
        <Trash2 aria-hidden="true" size={16} />
        {compact ? null : mutation.isPending ? 'Deleting…' : 'Delete version'}
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete version?"
        description={`This deletes version “${versionName}” of pipeline “${pipelineName}”. The pipeline and its other versions stay. This cannot be undone.`}
        confirmLabel="Delete version"
        destructive
        onConfirm={confirm}
      />
      {mutation.isError ? (
        <DeleteError
          error={mutation.error}
          what={`version “${versionName}”`}
          onDismiss={() => mutation.reset()}
        />
      ) : null}
    </>
  );
}
