import {
  builderFromCron,
  cronFromBuilder,
  DEFAULT_BUILDER,
  EVERY_CHOICES,
  toggleWeekday,
  withFrequency,
  type CronBuilder,
  type Frequency,
} from '../../model/cron-builder.ts';
import { FormField } from '@/components/form-field';
import styles from './run-form.module.css';

const FREQUENCIES: readonly { readonly value: Frequency; readonly label: string }[] = [
  { value: 'minutes', label: 'Every N minutes' },
  { value: 'hours', label: 'Every N hours' },
  { value: 'days', label: 'Every N days' },
  { value: 'weeks', label: 'Weekly, on chosen days' },
  { value: 'months', label: 'Every N months' },
];
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

export interface CronBuilderFieldsProps {
  /** The cron text: the builder is read from it and writes it. */
  readonly cron: string;
  readonly onChange: (cron: string) => void;
}

/** Every N minutes/hours/days/months, weekly on chosen days, at a time of day: writes KFP's 6-field cron. */
export function CronBuilderFields({ cron, onChange }: CronBuilderFieldsProps) {
  const builder = builderFromCron(cron);
  const write = (next: CronBuilder) => onChange(cronFromBuilder(next));
  return (
    <fieldset className={styles.builder} aria-label="Schedule builder">
      <div className={styles.row}>
        <FormField
          label="Repeat"
          help={builder ? undefined : 'This cron is beyond the builder; edit it below.'}
        >
          {(control) => (
            <select
              {...control}
              value={builder?.frequency ?? ''}
              onChange={(event) => {
                const frequency = FREQUENCIES.find((f) => f.value === event.target.value)?.value;
                if (frequency) write(withFrequency(builder ?? DEFAULT_BUILDER, frequency));
              }}
            >
              {!builder && <option value="">Custom</option>}
              {FREQUENCIES.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {builder && builder.frequency !== 'weeks' && (
          <FormField label="Every">
            {(control) => (
              <select
                {...control}
                value={builder.every}
                onChange={(event) => write({ ...builder, every: Number(event.target.value) })}
              >
                {[...new Set([...EVERY_CHOICES[builder.frequency], builder.every])]
                  .sort((a, b) => a - b)
                  .map((n) => (
                    <option key={n} value={n}>
                      {n} {n === 1 ? builder.frequency.slice(0, -1) : builder.frequency}
                    </option>
                  ))}
              </select>
            )}
          </FormField>
        )}
        {builder?.frequency === 'hours' && (
          <FormField label="At minute">
            {(control) => (
              <select
                {...control}
                value={builder.minute}
                onChange={(event) => write({ ...builder, minute: Number(event.target.value) })}
              >
                {range(0, 59).map((n) => (
                  <option key={n} value={n}>
                    :{pad(n)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {builder?.frequency === 'months' && (
          <FormField label="On day">
            {(control) => (
              <select
                {...control}
                value={builder.dayOfMonth}
                onChange={(event) => write({ ...builder, dayOfMonth: Number(event.target.value) })}
              >
                {range(1, 31).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {builder && ['days', 'weeks', 'months'].includes(builder.frequency) && (
          <FormField label="Time of day (UTC)">
            {(control) => (
              <input
                {...control}
                type="time"
                required
                value={`${pad(builder.hour)}:${pad(builder.minute)}`}
                onChange={(event) => {
                  const match = /^(\d\d):(\d\d)/.exec(event.target.value);
                  if (match)
                    write({ ...builder, hour: Number(match[1]), minute: Number(match[2]) });
                }}
              />
            )}
          </FormField>
        )}
      </div>
      {builder && ['minutes', 'hours', 'weeks'].includes(builder.frequency) && (
        <div className={styles.inline} role="group" aria-label="Days of the week">
          <span className={styles.help}>On</span>
          {WEEKDAY_NAMES.map((name, day) => {
            const checked = builder.weekdays.includes(day);
            return (
              <label key={name} className={styles.inline}>
                <input
                  type="checkbox"
                  checked={checked}
                  // The last day left stays: a schedule needs at least one.
                  disabled={checked && builder.weekdays.length === 1}
                  onChange={() => write(toggleWeekday(builder, day))}
                />
                {name}
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
