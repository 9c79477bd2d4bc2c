import type { WebAppConfig } from '../model/viewer-config.ts';
import styles from './viewers.module.css';

/**
 * Untrusted HTML (mpld3 plots, reports) in an iframe sandboxed with scripts only: no same origin, so it
 * cannot read this page, its cookies or its tokens; no forms, popups or top navigation.
 */
export const WEB_APP_SANDBOX = 'allow-scripts';

export function WebAppViewer({ config }: { config: WebAppConfig }) {
  return (
    <iframe
      className={styles.frame}
      sandbox={WEB_APP_SANDBOX}
      srcDoc={config.html}
      title={config.title ?? 'Web app output'}
      referrerPolicy="no-referrer"
      loading="lazy"
    />
  );
}
