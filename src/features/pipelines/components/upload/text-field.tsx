import { useId, type ReactNode } from 'react';
import styles from './upload.module.css';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly help?: ReactNode;
  /** Shown under the field and tied to it (aria-invalid, aria-describedby). */
  readonly error?: string | undefined;
  readonly optional?: boolean;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'url';
  readonly placeholder?: string;
  readonly disabled?: boolean;
}

/** A labelled text input or textarea with its help text and error. */
export function TextField({ label, value, onChange, help, error, optional = false, multiline = false, type = 'text', placeholder, disabled }: TextFieldProps) {
  const id = useId();
  const helpId = help === undefined ? undefined : `${id}-help`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const common = {
    id,
    value,
    placeholder,
    disabled,
    className: `input ${styles.control}`,
    'aria-invalid': error !== undefined,
    'aria-describedby': [errorId, helpId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
        {optional && <span className={styles.optional}>(optional)</span>}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} autoComplete="off" spellCheck={false} onChange={(event) => onChange(event.target.value)} />
      )}
      {error !== undefined && (
        <p id={errorId} className={styles.fieldError}>
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
