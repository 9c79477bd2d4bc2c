import {
  checkCron,
  type IntervalUnit,
  type TriggerField,
  type TriggerInput,
} from '../../model/run-form-trigger.ts';
import { FormField } from '@/components/form-field';
import { CronBuilderFields } from './cron-builder-fields.tsx';
import { NextFireTimes } from './next-fire-times.tsx';
import styles from './run-form.module.css';

export interface TriggerSectionProps {
  readonly trigger: TriggerInput;
  readonly errors: Readonly<Partial<Record<TriggerField, string>>>;
  readonly onChange: (trigger: TriggerInput) => void;
}

const UNITS: readonly IntervalUnit[] = ['minutes', 'hours', 'days'];

/** The schedule of a recurring run: cron or every N units, start/end, concurrency, catch-up. */
export function TriggerSection({ trigger, errors, onChange }: TriggerSectionProps) {
  const set = (patch: Partial<TriggerInput>) => onChange({ ...trigger, ...patch });
  const cron = trigger.kind === 'cron' ? checkCron(trigger.cron) : undefined;
  return (
    <>
      <div className={styles.inline} role="radiogroup" aria-label="Trigger type">
        <label className={styles.inline}>
          <input
            type="radio"
            name="trigger-kind"
            checked={trigger.kind === 'periodic'}
            onChange={() => set({ kind: 'periodic' })}
          />{' '}
          Periodic
        </label>
        <label className={styles.inline}>
          <input
            type="radio"
            name="trigger-kind"
            checked={trigger.kind === 'cron'}
            onChange={() => set({ kind: 'cron' })}
          />{' '}
          Cron
        </label>
      </div>
      {trigger.kind === 'periodic' ? (
        <div className={styles.row}>
          <FormField label="Run every" error={errors.every}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={trigger.every}
                onChange={(event) => set({ every: event.target.value })}
              />
            )}
          </FormField>
          <FormField label="Unit">
            {(control) => (
              <select
                {...control}
                value={trigger.unit}
                onChange={(event) =>
                  set({ unit: UNITS.find((unit) => unit === event.target.value) ?? 'hours' })
                }
              >
                {UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {unit}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      ) : (
        <>
          <CronBuilderFields cron={trigger.cron} onChange={(cron) => set({ cron })} />
          <FormField
            label="Cron expression"
            meta="6 fields, seconds first"
            error={
              errors.cron ??
              (cron && !cron.ok && trigger.cron.trim() !== '' ? cron.error : undefined)
            }
            help={
              cron?.ok
                ? cron.description
                : 'seconds minutes hours day-of-month month day-of-week, e.g. 0 30 14 * * *'
            }
          >
            {(control) => (
              <input
                {...control}
                spellCheck={false}
                value={trigger.cron}
                onChange={(event) => set({ cron: event.target.value })}
              />
            )}
          </FormField>
          <NextFireTimes cron={trigger.cron} start={trigger.start} end={trigger.end} />
        </>
      )}
      <div className={styles.row}>
        <FormField label="Start" meta="optional" error={errors.start}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={trigger.start}
              onChange={(event) => set({ start: event.target.value })}
            />
          )}
        </FormField>
        <FormField label="End" meta="optional" error={errors.end}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={trigger.end}
              onChange={(event) => set({ end: event.target.value })}
            />
          )}
        </FormField>
      </div>
      <FormField
        label="Maximum concurrent runs"
        error={errors.maxConcurrency}
        help="1–10 runs of this schedule at a time"
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={trigger.maxConcurrency}
            onChange={(event) => set({ maxConcurrency: event.target.value })}
          />
        )}
      </FormField>
      <label className={styles.inline}>
        <input
          type="checkbox"
          checked={trigger.catchUp}
          onChange={(event) => set({ catchUp: event.target.checked })}
        />
        Catch up: start the runs missed while paused or behind schedule
      </label>
    </>
  );
}
