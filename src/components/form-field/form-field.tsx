import { useId, type ReactNode } from 'react';
import styles from './form-field.module.css';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
  readonly className: string;
}

export interface FormFieldProps {
  readonly label: ReactNode;
  /** Adds "(optional)" to the label itself, so it is part of the field's accessible name. */
  readonly optional?: boolean;
  /** Next to the label, outside it: a type, a default. */
  readonly meta?: ReactNode;
  readonly help?: ReactNode;
  readonly error?: string | undefined;
  /** Renders the control with the ids that tie it to its label, help and error. */
  readonly children: (control: ControlProps) => ReactNode;
}

/** A label, one control, its help text and its error message: the one field layout of every form. */
export function FormField({
  label,
  optional = false,
  meta,
  help,
  error,
  children,
}: FormFieldProps) {
  const id = useId();
  const helpId = help === undefined ? undefined : `${id}-help`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  return (
    <div className={styles.field}>
      <div>
        <label className={styles.label} htmlFor={id}>
          {label}
          {optional && <span className={styles.optional}>(optional)</span>}
        </label>
        {meta !== undefined && <span className={styles.meta}>{meta}</span>}
      </div>
      {children({
        id,
        'aria-invalid': error !== undefined,
        'aria-describedby': [errorId, helpId].filter(Boolean).join(' ') || undefined,
        className: `input ${styles.control ?? ''}`,
      })}
      {error !== undefined && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
      {help !== undefined && (
        <p id={helpId} className={styles.help}>
          {help}
        </p>
      )}
    </div>
  );
}
