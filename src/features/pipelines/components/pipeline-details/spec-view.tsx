import { useMemo, useState } from 'react';
import { Check, Copy } from 'lucide-react';
import { tokenizeYaml } from './yaml-tokens.ts';
import styles from './pipeline-details.module.css';

type CopyState = 'idle' | 'copied' | 'failed';

/** A read-only YAML text with line numbers, light highlighting and a copy button. */
export function SpecView({ text, label }: { readonly text: string; readonly label: string }) {
  const lines = useMemo(() => tokenizeYaml(text.endsWith('\n') ? text.slice(0, -1) : text), [text]);
  const [copy, setCopy] = useState<CopyState>('idle');
  const onCopy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <section className={styles.spec} aria-label={label}>
      <div className={styles.specToolbar}>
        <span className={styles.muted}>{lines.length} lines · read-only</span>
        <button type="button" className="btn" onClick={onCopy}>
          {copy === 'copied' ? (
            <Check aria-hidden="true" size={16} />
          ) : (
            <Copy aria-hidden="true" size={16} />
          )}
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </button>
        {copy === 'failed' ? (
          <span role="alert" className={styles.error}>
            Could not copy: the browser refused clipboard access.
          </span>
        ) : null}
      </div>
      <pre className={styles.code} tabIndex={0}>
        <code>
          {lines.map((tokens, index) => (
            <span key={index} className={styles.line}>
              <span className={styles.lineNumber} aria-hidden="true">
                {index + 1}
              </span>
              {tokens.map((token, at) =>
                token.kind === 'plain' ? (
                  token.text
                ) : (
                  <span key={at} className={styles[`tok-${token.kind}`]} data-token={token.kind}>
                    {token.text}
                  </span>
                ),
              )}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </section>
  );
}
