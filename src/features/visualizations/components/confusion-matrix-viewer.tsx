import { useMemo } from 'react';
import type { ConfusionMatrixConfig } from '../model/viewer-config.ts';
import { confusionMatrixFigure } from './plot/confusion-matrix-figure.ts';
import { LazyPlot } from './plot/lazy-plot.tsx';
import styles from './viewers.module.css';

/** A heatmap of the matrix, and the same counts as a table for reading and for screen readers. */
export function ConfusionMatrixViewer({ config }: { config: ConfusionMatrixConfig }) {
  const figure = useMemo(() => confusionMatrixFigure(config), [config]);
  const [rowAxis, columnAxis] = config.axes;
  return (
    <div className={styles.viewer}>
      <LazyPlot figure={figure} />
      <details>
        <summary>Show as a table</summary>
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className={styles.note}>Rows: {rowAxis}; columns: {columnAxis}</caption>
            <thead>
              <tr>
                <td />
                {config.labels.map((label, i) => <th key={`${String(i)}:${label}`} scope="col">{label}</th>)}
              </tr>
            </thead>
            <tbody>
              {config.matrix.map((row, r) => (
                <tr key={`${String(r)}:${config.labels[r] ?? ''}`}>
                  <th scope="row">{config.labels[r]}</th>
                  {row.map((count, c) => <td key={c} className={styles.numeric}>{count}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
