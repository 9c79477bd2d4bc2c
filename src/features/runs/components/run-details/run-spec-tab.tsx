import { useMemo, useState } from 'react';
import { stringify } from 'yaml';
import styles from './run-details.module.css';

/** The pipeline spec the run ran, as YAML or JSON text. */
export function RunSpecTab({ spec }: { readonly spec: unknown }) {
  const [format, setFormat] = useState<'yaml' | 'json'>('yaml');
  const text = useMemo(
    () => (format === 'yaml' ? stringify(spec, { lineWidth: 0 }) : JSON.stringify(spec, null, 2)),
    [spec, format],
  );
  return (
    <div>
      <div className={styles.actions} role="group" aria-label="Spec format">
        <button
          type="button"
          className="btn btn--ghost"
          aria-pressed={format === 'yaml'}
          onClick={() => setFormat('yaml')}
        >
          YAML
        </button>
        <button
          type="button"
          className="btn btn--ghost"
          aria-pressed={format === 'json'}
          onClick={() => setFormat('json')}
        >
          JSON
        </button>
      </div>
      <pre className={styles.code} aria-label="Pipeline spec">
        {text}
      </pre>
    </div>
  );
}
