import { ImageOff } from 'lucide-react';
import type { ComponentProps } from 'react';
import { defaultUrlTransform, type UrlTransform } from 'react-markdown';

/** `data:` images (inline, nothing fetched); `data:image/svg+xml` too, since an <img> never runs its scripts. */
const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;

/** Where an image may load from without asking: this origin, or inline data. */
export function isAllowedImage(src: string, origin: string): boolean {
  if (DATA_IMAGE.test(src)) return true;
  try {
    return new URL(src, origin).origin === origin;
  } catch {
    return false;
  }
}

/** react-markdown's URL filter (no `javascript:` and the like), which also keeps `data:` image sources. */
export const markdownUrlTransform: UrlTransform = (url, key, node) =>
  key === 'src' && node.tagName === 'img' && DATA_IMAGE.test(url) ? url : defaultUrlTransform(url);

/**
 * A markdown image: shown when it comes from this origin or is inline data; any other host could track who
 * reads the report (and the app's policy would block it anyway), so it is a link to open it, behind a click.
 */
export function MarkdownImage({
  node: _node,
  src,
  alt,
}: ComponentProps<'img'> & { node?: unknown }) {
  if (typeof src !== 'string' || src === '') return null;
  if (isAllowedImage(src, window.location.origin)) return <img src={src} alt={alt ?? ''} />;
  let host = src;
  try {
    host = new URL(src).host;
  } catch {
    // Shown as written.
  }
  return (
    <a href={src} target="_blank" rel="noopener noreferrer">
      <ImageOff size={14} aria-hidden="true" /> Open image{alt ? ` “${alt}”` : ''} from {host}
    </a>
  );
}
