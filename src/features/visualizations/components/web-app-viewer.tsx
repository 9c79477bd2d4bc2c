import { ExternalLink } from 'lucide-react';
import { use, useMemo, useRef } from 'react';
import type { WebAppConfig } from '../model/viewer-config.ts';
import { useFrameHeight, withHeightReport } from './frame-height.ts';
import { PlotFillContext } from './plot/plot-fill.ts';
import { openSandboxedPage } from './sandboxed-page.ts';
import { useWebAppFrame, webAppViewerUrl } from './web-app-frame.ts';
import { WEB_APP_SANDBOX } from './web-app-sandbox.ts';
import styles from './viewers.module.css';

export { WEB_APP_SANDBOX };

/** The frame's top and bottom border (`.frame` in viewers.module.css, border-box sizing): added to the content height. */
const FRAME_BORDERS_PX = 2;

/**
 * The HTML in a sandboxed iframe (see WEB_APP_SANDBOX) of the web-app viewer page, which has its own policy
 * and receives the HTML by message; sized to its content within limits (the full-screen view fills the
 * window instead), and "open in a new tab" in the same sandbox.
 */
export function WebAppViewer({ config }: { config: WebAppConfig }) {
  const title = config.title ?? 'Web app output';
  const frame = useRef<HTMLIFrameElement>(null);
  const height = useFrameHeight(frame);
  const fill = use(PlotFillContext);
  const html = useMemo(() => withHeightReport(config.html), [config.html]);
  useWebAppFrame(frame, html);
  return (
    <div className={styles.viewer}>
      <iframe
        // A new HTML loads a new viewer, which asks for it.
        key={html}
        ref={frame}
        className={styles.frame}
        style={fill || height === undefined ? undefined : { height: height + FRAME_BORDERS_PX }}
        sandbox={WEB_APP_SANDBOX}
        src={webAppViewerUrl()}
        title={title}
        referrerPolicy="no-referrer"
        loading="lazy"
      />
      <div className={styles.toolbar}>
        <button
          type="button"
          className={styles.button}
          onClick={() => openSandboxedPage(config.html, title)}
        >
          <ExternalLink size={14} aria-hidden="true" /> Open in a new tab
        </button>
      </div>
    </div>
  );
}
