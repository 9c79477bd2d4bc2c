import { useState } from 'react';
import type { ParameterField } from '../../model/run-parameters.ts';
import {
  defaultText,
  diffFromDefaults,
  textsFromJsonMap,
  type ParameterTexts,
} from '../../model/run-parameters-values.ts';
import { FormField } from '@/components/form-field';
import { ParameterInput } from './parameter-input.tsx';
import styles from './run-form.module.css';

export interface ParametersSectionProps {
  readonly fields: readonly ParameterField[];
  readonly texts: ParameterTexts;
  readonly errors: Readonly<Record<string, string>>;
  /** A clone: always show how the values differ from the version's defaults. */
  readonly cloned: boolean;
  readonly onChange: (texts: ParameterTexts) => void;
}

/** The run's parameters, "paste a JSON map", and what differs from the defaults. */
export function ParametersSection({
  fields,
  texts,
  errors,
  cloned,
  onChange,
}: ParametersSectionProps) {
  const [pasting, setPasting] = useState(false);
  const [json, setJson] = useState('');
  const [pasteMessage, setPasteMessage] = useState<
    { readonly error: boolean; readonly text: string } | undefined
  >();
  const diff = diffFromDefaults(fields, texts);

  if (fields.length === 0) return <p className="help">This pipeline takes no parameters.</p>;

  const paste = () => {
    const result = textsFromJsonMap(fields, json);
    if (!result.ok) {
      setPasteMessage({ error: true, text: result.error });
      return;
    }
    onChange({ ...texts, ...result.texts });
    const filled = Object.keys(result.texts).length;
    const ignored =
      result.unknown.length > 0
        ? ` Ignored (not parameters of this pipeline): ${result.unknown.join(', ')}.`
        : '';
    setPasteMessage({
      error: false,
      text: `Filled ${filled} parameter${filled === 1 ? '' : 's'}.${ignored}`,
    });
    setPasting(false);
    setJson('');
  };

  return (
    <>
      {fields.map((field) => (
        <ParameterInput
          key={field.name}
          field={field}
          text={texts[field.name] ?? defaultText(field)}
          error={errors[field.name]}
          onChange={(text) => onChange({ ...texts, [field.name]: text })}
        />
      ))}
      {pasting ? (
        <FormField
          label="JSON map of parameters"
          help='For example {"a": 3, "b": 4}'
          error={pasteMessage?.error ? pasteMessage.text : undefined}
        >
          {(control) => (
            <textarea
              {...control}
              className={`${control.className} ${styles.code ?? ''}`}
              rows={4}
              spellCheck={false}
              value={json}
              onChange={(event) => setJson(event.target.value)}
            />
          )}
        </FormField>
      ) : null}
      <div className={styles.actions}>
        {pasting ? (
          <>
            <button type="button" className="btn" onClick={paste}>
              Fill parameters
            </button>
            <button type="button" className="btn btn--ghost" onClick={() => setPasting(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setPasting(true);
              setPasteMessage(undefined);
            }}
          >
            Paste a JSON map…
          </button>
        )}
        <button
          type="button"
          className="btn btn--ghost"
          disabled={diff.length === 0}
          onClick={() => onChange({})}
        >
          Reset to defaults
        </button>
      </div>
      {pasteMessage && !pasteMessage.error && (
        <p className={styles.help} role="status">
          {pasteMessage.text}
        </p>
      )}
      {(cloned || diff.length > 0) && (
        <table className={styles.diff} aria-label="Differences from the defaults">
          <caption className={styles.help} style={{ textAlign: 'left' }}>
            {diff.length === 0
              ? 'All parameters have their default values.'
              : `${diff.length} parameter${diff.length === 1 ? '' : 's'} differ${diff.length === 1 ? 's' : ''} from the version's defaults`}
          </caption>
          {diff.length > 0 && (
            <>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">Default</th>
                  <th scope="col">This run</th>
                </tr>
              </thead>
              <tbody>
                {diff.map((row) => (
                  <tr key={row.name}>
                    <th scope="row">{row.name}</th>
                    <td>{row.defaultText === '' ? '(none)' : row.defaultText}</td>
                    <td>{row.text === '' ? '(empty)' : row.text}</td>
                  </tr>
                ))}
              </tbody>
            </>
          )}
        </table>
      )}
    </>
  );
}
