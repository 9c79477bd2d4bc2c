import { useState } from 'react';
import { describeError } from '@/lib/kfp/errors.ts';
import { useCreateRun, type CreatedRun } from '../../api/create-run-mutations.ts';
import { useReplaceRecurringRun } from '../../api/replace-recurring-run.ts';
import type { BuiltRequest } from '../../model/run-form.ts';
import type { RunFormStart } from '../../model/run-form-clone.ts';
import type { OldRecurringRunAction } from './edit-recurring-section.tsx';

/** Sends a valid form: a new run or recurring run, or (editing) the replacement of a recurring run. */
export function useRunFormSubmit(
  edit: RunFormStart['edit'],
  onCreated: (created: CreatedRun) => void,
) {
  const create = useCreateRun();
  const replace = useReplaceRecurringRun();
  const [oldAction, setOldAction] = useState<OldRecurringRunAction>('disable');
  const pending = create.isPending || replace.isPending;
  const failed = create.error ?? replace.error;

  const send = (built: Extract<BuiltRequest, { ok: true }>) => {
    if (pending) return;
    if (edit === undefined) {
      create.mutate(built, { onSuccess: onCreated });
      return;
    }
    if (built.kind !== 'recurring') return;
    replace.mutate(
      { oldId: edit.recurringRunId, body: built.body, old: oldAction },
      {
        onSuccess: (outcome) => {
          // A half-done save stays on the form and says what exists now.
          if (outcome.ok && !('deleteError' in outcome))
            onCreated({ kind: 'recurring', id: outcome.newId });
        },
      },
    );
  };

  return {
    send,
    pending,
    serverError: failed ? describeError(failed) : undefined,
    replaceOutcome: replace.data,
    oldAction,
    setOldAction,
  };
}
