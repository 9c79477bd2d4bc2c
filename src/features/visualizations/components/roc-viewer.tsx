import { useMemo } from 'react';
import type { RocConfig } from '../model/viewer-config.ts';
import { LazyPlot } from './plot/lazy-plot.tsx';
import { rocFigure } from './plot/roc-figure.ts';
import styles from './viewers.module.css';

/** ROC curves on one chart, with each curve's AUC also listed as text. */
export function RocViewer({ config }: { config: RocConfig }) {
  const figure = useMemo(() => rocFigure(config), [config]);
  return (
    <div className={styles.viewer}>
      <LazyPlot figure={figure} />
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Curve</th>
            <th scope="col" className={styles.numeric}>
              AUC
            </th>
            <th scope="col" className={styles.numeric}>
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {config.curves.map((curve, i) => (
            <tr key={`${String(i)}:${curve.label}`}>
              <th scope="row">{curve.label}</th>
              <td className={styles.numeric}>{curve.auc.toFixed(3)}</td>
              <td className={styles.numeric}>
                {curve.points.length.toLocaleString('en-US')}
                {curve.truncated ? ' (partial)' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
