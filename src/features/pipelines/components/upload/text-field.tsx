import type { ReactNode } from 'react';
import { FormField } from '@/components/form-field';

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
export function TextField({
  label,
  value,
  onChange,
  help,
  error,
  optional = false,
  multiline = false,
  type = 'text',
  placeholder,
  disabled,
}: TextFieldProps) {
  return (
    <FormField label={label} optional={optional} help={help} error={error}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            value={value}
            placeholder={placeholder}
            disabled={disabled}
            rows={3}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...control}
            value={value}
            placeholder={placeholder}
            disabled={disabled}
            type={type}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </FormField>
  );
}
