import { describeError } from '@/lib/kfp/errors.ts';
import type { ReplaceOutcome } from '../../model/replace-recurring-run.ts';
import styles from './run-form.module.css';

export type OldRecurringRunAction = 'disable' | 'delete';

export interface EditRecurringNoticeProps {
  readonly sourceName: string;
  readonly enabled: boolean;
  readonly action: OldRecurringRunAction;
  readonly onAction: (action: OldRecurringRunAction) => void;
}

/** What saving an edited recurring run does, and the choice of what becomes of the old one. */
export function EditRecurringNotice({
  sourceName,
  enabled,
  action,
  onAction,
}: EditRecurringNoticeProps) {
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>Editing “{sourceName}”</legend>
      <p className={styles.help}>
        KFP cannot change a recurring run, so saving creates a new one with these settings
        {enabled ? ', enabled,' : ' (disabled, like the old one)'} and then retires the old one. The
        old one is disabled before the new one is created, and enabled again if that fails: there
        are never two enabled copies.
      </p>
      <div className={styles.inline} role="radiogroup" aria-label="Then the old recurring run">
        <span>Then the old recurring run</span>
        <label className={styles.inline}>
          <input
            type="radio"
            name="old-recurring-run"
            checked={action === 'disable'}
            onChange={() => onAction('disable')}
          />{' '}
          stays, disabled
        </label>
        <label className={styles.inline}>
          <input
            type="radio"
            name="old-recurring-run"
            checked={action === 'delete'}
            onChange={() => onAction('delete')}
          />{' '}
          is deleted
        </label>
      </div>
    </fieldset>
  );
}

const message = (error: unknown) => describeError(error).message;

export interface EditOutcomeProps {
  readonly outcome: ReplaceOutcome;
  readonly onOpenNew: (id: string) => void;
}

/** A save that did not go all the way: what exists now, in words. */
export function EditOutcome({ outcome, onOpenNew }: EditOutcomeProps) {
  if (outcome.ok) {
    if (!('deleteError' in outcome)) return null;
    return (
      <div className={styles.alert} role="alert">
        <strong>Saved, but the old recurring run is still there</strong>
        <p style={{ margin: 0 }}>
          The new recurring run exists and the old one is disabled, but deleting the old one failed:{' '}
          {message(outcome.deleteError)}
        </p>
        <button type="button" className="btn" onClick={() => onOpenNew(outcome.newId)}>
          Open the new recurring run
        </button>
      </div>
    );
  }
  const old =
    outcome.oldState === 'unchanged'
      ? 'The old recurring run is as it was.'
      : outcome.oldState === 'enabled-again'
        ? 'The old recurring run was disabled for the change and is enabled again.'
        : `The old recurring run was disabled for the change and could not be enabled again (${message(outcome.restoreError)}): enable it on its page.`;
  return (
    <div className={styles.alert} role="alert">
      <strong>Nothing was saved</strong>
      <p style={{ margin: 0 }}>
        {message(outcome.error)} {old}
      </p>
    </div>
  );
}
