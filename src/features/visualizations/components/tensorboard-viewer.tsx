import type { TensorboardConfig } from '../model/viewer-config.ts';
import styles from './viewers.module.css';

/** The log directories a TensorBoard would read, and its image; starting one is left to the cluster's tools. */
export function TensorboardViewer({ config }: { config: TensorboardConfig }) {
  return (
    <div className={styles.viewer}>
      <p className={styles.note}>TensorBoard log {config.logDirs.length === 1 ? 'directory' : 'directories'}:</p>
      <ul>
        {config.logDirs.map((dir) => <li key={dir} className={styles.code}>{dir}</li>)}
      </ul>
      {config.image === undefined ? null : <p className={styles.note}>Image: <span className={styles.code}>{config.image}</span></p>}
    </div>
  );
}
