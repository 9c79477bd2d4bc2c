import { formatMetricValue } from '../model/format-metric.ts';
import type { MetricsConfig } from '../model/viewer-config.ts';
import styles from './viewers.module.css';

/** Scalar metrics as a two-column table. */
export function MetricsViewer({ config }: { config: MetricsConfig }) {
  if (config.scalars.length === 0) return <p className={styles.note}>No metrics were recorded.</p>;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col" className={styles.numeric}>
            Value
          </th>
        </tr>
      </thead>
      <tbody>
        {config.scalars.map((scalar, i) => (
          <tr key={`${String(i)}:${scalar.name}`}>
            <th scope="row">{scalar.name}</th>
            <td className={styles.numeric} title={String(scalar.value)}>
              {formatMetricValue(scalar)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
