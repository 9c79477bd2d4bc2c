import type { TriggerField, TriggerInput } from '../../model/run-form-trigger.ts';
import styles from './run-form.module.css';
import { TriggerSection } from './trigger-section.tsx';

export interface RunTypeSectionProps {
  readonly recurring: boolean;
  /** Editing a recurring run: it stays one, no one-off choice. */
  readonly recurringOnly: boolean;
  readonly trigger: TriggerInput;
  readonly errors: Readonly<Partial<Record<TriggerField, string>>>;
  readonly onMode: (mode: 'once' | 'recurring') => void;
  readonly onTrigger: (trigger: TriggerInput) => void;
}

/** One-off or recurring, and the schedule of a recurring run. */
export function RunTypeSection({
  recurring,
  recurringOnly,
  trigger,
  errors,
  onMode,
  onTrigger,
}: RunTypeSectionProps) {
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{recurringOnly ? 'Schedule' : 'Run type'}</legend>
      {!recurringOnly && (
        <div className={styles.inline} role="radiogroup" aria-label="Run type">
          <label className={styles.inline}>
            <input
              type="radio"
              name="run-mode"
              checked={!recurring}
              onChange={() => onMode('once')}
            />{' '}
            One-off
          </label>
          <label className={styles.inline}>
            <input
              type="radio"
              name="run-mode"
              checked={recurring}
              onChange={() => onMode('recurring')}
            />{' '}
            Recurring
          </label>
        </div>
      )}
      {recurring && <TriggerSection trigger={trigger} errors={errors} onChange={onTrigger} />}
    </fieldset>
  );
}
