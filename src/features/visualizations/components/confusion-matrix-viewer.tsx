import { useId, useMemo, useState } from 'react';
import type { ConfusionMatrixConfig } from '../model/viewer-config.ts';
import { confusionMatrixFigure } from './plot/confusion-matrix-figure.ts';
import { LazyPlot } from './plot/lazy-plot.tsx';
import styles from './viewers.module.css';

/** A heatmap of the matrix (counts, or each row as shares), and the counts as a table for reading and for screen readers. */
export function ConfusionMatrixViewer({ config }: { config: ConfusionMatrixConfig }) {
  const [normalized, setNormalized] = useState(false);
  const figure = useMemo(() => confusionMatrixFigure(config, { normalized }), [config, normalized]);
  const [rowAxis, columnAxis] = config.axes;
  const toggleId = useId();
  return (
    <div className={styles.viewer}>
      <div className={styles.toolbar}>
        <input
          id={toggleId}
          type="checkbox"
          checked={normalized}
          onChange={(event) => setNormalized(event.target.checked)}
        />
        <label htmlFor={toggleId}>Normalise by row</label>
      </div>
      <LazyPlot figure={figure} />
      <details>
        <summary>Show as a table</summary>
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className={styles.note}>
              Rows: {rowAxis}; columns: {columnAxis}
            </caption>
            <thead>
              <tr>
                <td />
                {config.labels.map((label, i) => (
                  <th key={`${String(i)}:${label}`} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {config.matrix.map((row, r) => (
                <tr key={`${String(r)}:${config.labels[r] ?? ''}`}>
                  <th scope="row">{config.labels[r]}</th>
                  {row.map((count, c) => (
                    <td key={c} className={styles.numeric}>
                      {count}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
