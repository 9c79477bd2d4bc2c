import { Check, Copy, ExternalLink } from 'lucide-react';
import { use, useState } from 'react';
import { tensorboardUrl } from '../model/tensorboard-url.ts';
import type { TensorboardConfig } from '../model/viewer-config.ts';
import { TensorboardControls } from './tensorboard-controls.tsx';
import { ViewerSettingsContext } from './viewer-settings.ts';
import styles from './viewers.module.css';

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <button type="button" className={styles.button} onClick={copy} aria-label={`Copy ${text}`}>
      {copied ? <Check size={14} aria-hidden="true" /> : <Copy size={14} aria-hidden="true" />}{' '}
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

/**
 * The log directories a TensorBoard would read (each with a copy button), its image, start / open /
 * stop through the UI server's `apps/tensorboard` (when the namespace is known), and a link to the
 * cluster's TensorBoard when config.json names one (for clusters without that API).
 */
export function TensorboardViewer({ config }: { config: TensorboardConfig }) {
  const settings = use(ViewerSettingsContext);
  const href = tensorboardUrl(settings.tensorboardUrlTemplate, config.logDirs, settings.namespace);
  const workloads = settings.workloadNamespace ?? settings.namespace;
  return (
    <div className={styles.viewer}>
      <p className={styles.note}>
        TensorBoard log {config.logDirs.length === 1 ? 'directory' : 'directories'}:
      </p>
      <ul className={styles.logDirs}>
        {config.logDirs.map((dir) => (
          <li key={dir}>
            <span className={styles.code}>{dir}</span> <CopyButton text={dir} />
          </li>
        ))}
      </ul>
      {config.image === undefined ? null : (
        <p className={styles.note}>
          Image: <span className={styles.code}>{config.image}</span>
        </p>
      )}
      {workloads === undefined ? null : (
        <TensorboardControls
          target={{ logdir: config.logDirs.join(','), namespace: workloads }}
          image={config.image}
          podTemplateSpec={config.podTemplateSpec}
        />
      )}
      {href === undefined ? null : (
        <p>
          <a href={href} target="_blank" rel="noopener noreferrer" className={styles.link}>
            Open in TensorBoard <ExternalLink size={14} aria-hidden="true" />
          </a>
        </p>
      )}
    </div>
  );
}
