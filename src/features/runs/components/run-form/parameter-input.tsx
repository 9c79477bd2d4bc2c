import type { ParameterField } from '../../model/run-parameters';
import { defaultText, valueToText } from '../../model/run-parameters-values';
import { FormField } from '@/components/form-field';
import styles from './run-form.module.css';

const TYPE_LABELS: Readonly<Record<ParameterField['type'], string>> = {
  STRING: 'string',
  NUMBER_INTEGER: 'integer',
  NUMBER_DOUBLE: 'number',
  BOOLEAN: 'boolean',
  LIST: 'JSON list',
  STRUCT: 'JSON object',
};

export interface ParameterInputProps {
  readonly field: ParameterField;
  readonly text: string;
  readonly error: string | undefined;
  readonly onChange: (text: string) => void;
}

function metaOf(field: ParameterField): string {
  const parts = field.flavor === 'v2' ? [TYPE_LABELS[field.type]] : [];
  if (field.optional) parts.push('optional');
  return parts.join(', ');
}

function helpOf(field: ParameterField): string | undefined {
  const parts = [field.description];
  if (field.hasDefault)
    parts.push(`Default: ${defaultText(field) === '' ? '(empty)' : defaultText(field)}`);
  const help = parts.filter(Boolean).join(' · ');
  return help === '' ? undefined : help;
}

/** One run parameter, with a control that fits its type. */
export function ParameterInput({ field, text, error, onChange }: ParameterInputProps) {
  const meta = metaOf(field);
  return (
    <FormField
      label={field.name}
      meta={meta === '' ? undefined : meta}
      help={helpOf(field)}
      error={error}
    >
      {(control) => {
        if (field.literals !== undefined || (field.flavor === 'v2' && field.type === 'BOOLEAN')) {
          const options = field.literals?.map(valueToText) ?? ['true', 'false'];
          return (
            <select {...control} value={text} onChange={(event) => onChange(event.target.value)}>
              {(field.optional || !options.includes(text)) && (
                <option value="">{field.optional ? '(default)' : 'Choose…'}</option>
              )}
              {options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          );
        }
        if (field.flavor === 'v2' && (field.type === 'LIST' || field.type === 'STRUCT')) {
          return (
            <textarea
              {...control}
              className={`${control.className} ${styles.code ?? ''}`}
              rows={3}
              spellCheck={false}
              value={text}
              onChange={(event) => onChange(event.target.value)}
            />
          );
        }
        const numeric =
          field.flavor === 'v2' &&
          (field.type === 'NUMBER_INTEGER' || field.type === 'NUMBER_DOUBLE');
        return (
          <input
            {...control}
            type="text"
            inputMode={
              numeric ? (field.type === 'NUMBER_INTEGER' ? 'numeric' : 'decimal') : undefined
            }
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => onChange(event.target.value)}
          />
        );
      }}
    </FormField>
  );
}
