import { useEffect, useRef, type RefObject } from 'react';

/** What the viewer page (public/web-app-viewer.html) posts when it is ready, and what it is sent back. */
const READY_TYPE = 'kfp-dashboard:web-app-ready';
const HTML_TYPE = 'kfp-dashboard:web-app-html';

/** The page untrusted HTML runs in, under its own policy (deploy/nginx/web-app-headers.conf). */
export function webAppViewerUrl(): string {
  return `${import.meta.env.BASE_URL}web-app-viewer.html`;
}

/** Whether a message is the viewer's "ready". */
export function isViewerReady(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Reflect.get(data, 'type') === READY_TYPE;
}

/**
 * Hands `html` to the viewer in `frame` whenever that frame's window says it is ready (each load of the
 * viewer asks once). Messages from any other window are ignored; the HTML goes to the frame's window only.
 */
export function useWebAppFrame(frame: RefObject<HTMLIFrameElement | null>, html: string): void {
  const latest = useRef(html);
  useEffect(() => {
    latest.current = html;
  }, [html]);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const target = frame.current?.contentWindow;
      if (!target || event.source !== target || !isViewerReady(event.data)) return;
      // The viewer's origin is opaque (sandboxed), so no narrower target origin can name it.
      target.postMessage({ type: HTML_TYPE, html: latest.current }, '*');
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame]);
}
