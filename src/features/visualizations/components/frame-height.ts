import { useEffect, useState, type RefObject } from 'react';

/** The message a web app's frame posts with its content height (added by `withHeightReport`). */
const MESSAGE_TYPE = 'kfp-dashboard:frame-height';

/** Frames are sized to their content within these bounds (px). */
export const MIN_FRAME_HEIGHT = 120;
export const MAX_FRAME_HEIGHT = 800;

/**
 * The HTML with a small script at the end that posts its document height to the embedding page
 * whenever it changes. It runs inside the sandbox like the rest of the page; the embedder only
 * reads a number from it.
 */
export function withHeightReport(html: string): string {
  // The body's extent, not the document's scrollHeight: that is never less than the frame, so a frame could grow but never shrink.
  return `${html}\n<script>(function(){function height(){var b=document.body;if(!b)return document.documentElement.scrollHeight;var r=b.getBoundingClientRect();return Math.max(r.bottom,r.top+b.scrollHeight)+parseFloat(getComputedStyle(b).marginBottom||'0')}function post(){parent.postMessage({type:${JSON.stringify(MESSAGE_TYPE)},height:height()},'*')}addEventListener('load',post);if(window.ResizeObserver&&document.body){new ResizeObserver(post).observe(document.body)}post()})()</script>`;
}

/** A reported height as a frame height: a finite number, clamped; anything else is ignored. */
export function frameHeightFrom(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const type: unknown = Reflect.get(data, 'type');
  const height: unknown = Reflect.get(data, 'height');
  if (type !== MESSAGE_TYPE || typeof height !== 'number' || !Number.isFinite(height))
    return undefined;
  return Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(height)));
}

/** The content height the frame reports (only messages from this frame's window count). */
export function useFrameHeight(frame: RefObject<HTMLIFrameElement | null>): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const source = frame.current?.contentWindow;
      if (!source || event.source !== source) return;
      const next = frameHeightFrom(event.data);
      if (next !== undefined) setHeight(next);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame]);
  return height;
}
