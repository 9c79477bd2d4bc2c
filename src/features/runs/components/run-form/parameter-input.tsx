import type { ParameterField } from '../../model/run-parameters.ts';
import { defaultText, valueToText } from '../../model/run-parameters-values.ts';
import { FormField } from '@/components/form-field';
import styles from './run-form.module.css';

const TYPE_LABELS: Readonly<Record<ParameterField['type'], string>> = {
  STRING: 'string',
  NUMBER_INTEGER: 'integer',
  NUMBER_DOUBLE: 'number',
  BOOLEAN: 'boolean',
  LIST: 'JSON list',
  STRUCT: 'JSON object',
  JSON: 'JSON',
};

export interface ParameterInputProps {
  readonly field: ParameterField;
  readonly text: string;
  readonly error: string | undefined;
  readonly onChange: (text: string) => void;
}

function metaOf(field: ParameterField): string {
  // A v1 field says its type as the pipeline declares it (`Float`); an untyped one says nothing.
  const type = field.flavor === 'v2' ? TYPE_LABELS[field.type] : field.typeName;
  const parts = type ? [type] : [];
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

/** A boolean's choices: the kfp 1.x SDK writes Python's `True`/`False`, unless the default is lower case. */
function booleanChoices(field: ParameterField): readonly string[] {
  if (field.flavor === 'v2') return ['true', 'false'];
  const base = defaultText(field);
  return base !== '' && base === base.toLowerCase() ? ['true', 'false'] : ['True', 'False'];
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
        if (field.literals !== undefined || field.type === 'BOOLEAN') {
          const options = field.literals?.map(valueToText) ?? booleanChoices(field);
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
        if (field.type === 'LIST' || field.type === 'STRUCT' || field.type === 'JSON') {
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
        const numeric = field.type === 'NUMBER_INTEGER' || field.type === 'NUMBER_DOUBLE';
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
