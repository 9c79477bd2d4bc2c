import { ExternalLink } from 'lucide-react';
import type { WebAppConfig } from '../model/viewer-config.ts';
import { openSandboxedPage } from './sandboxed-page.ts';
import { WEB_APP_SANDBOX } from './web-app-sandbox.ts';
import styles from './viewers.module.css';

export { WEB_APP_SANDBOX };

/** The HTML in a sandboxed iframe (see WEB_APP_SANDBOX), and "open in a new tab" in the same sandbox. */
export function WebAppViewer({ config }: { config: WebAppConfig }) {
  const title = config.title ?? 'Web app output';
  return (
    <div className={styles.viewer}>
      <iframe className={styles.frame} sandbox={WEB_APP_SANDBOX} srcDoc={config.html} title={title} referrerPolicy="no-referrer" loading="lazy" />
      <div className={styles.toolbar}>
        <button type="button" className={styles.button} onClick={() => openSandboxedPage(config.html, title)}>
          <ExternalLink size={14} aria-hidden="true" /> Open in a new tab
        </button>
      </div>
    </div>
  );
}
