import type { UploadProgress as Progress } from '@/lib/kfp/upload-transport.ts';
import { formatBytes } from '@/lib/format-bytes.ts';
import styles from './upload.module.css';

function progressText(progress: Progress | undefined): {
  percent: number | undefined;
  text: string;
} {
  if (progress === undefined || progress.total <= 0)
    return { percent: undefined, text: 'Sending to the server…' };
  const percent = Math.min(100, Math.round((progress.loaded / progress.total) * 100));
  if (percent >= 100) return { percent, text: 'Sent; the server is reading the pipeline…' };
  return {
    percent,
    text: `Uploading… ${percent}% (${formatBytes(progress.loaded)} of ${formatBytes(progress.total)})`,
  };
}

/** How far the upload is; indeterminate until the browser reports progress (and for URL imports). */
export function UploadProgressBar({ progress }: { readonly progress: Progress | undefined }) {
  const { percent, text } = progressText(progress);
  return (
    <div className={styles.progress}>
      <progress max={100} value={percent} aria-label="Upload progress" />
      <span role="status">{text}</span>
    </div>
  );
}
