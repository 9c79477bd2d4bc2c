import { WEB_APP_SANDBOX } from './web-app-sandbox.ts';
import { webAppViewerUrl } from './web-app-frame.ts';

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** JSON that cannot end the data block it sits in (`</script>`, `<!--`): every `<` escaped. */
function jsonDataBlock(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A whole page that shows untrusted HTML in the same sandbox as the card. A blob URL has the dashboard's origin
 * and policy, so the page runs no inline script: it holds the HTML as inert JSON data, a sandboxed frame of the
 * web-app viewer, and the dashboard's own web-app-tab.js, which hands the HTML to the viewer when it asks.
 */
export function sandboxedPage(html: string, title: string, origin: string): string {
  const viewer = escapeAttribute(`${origin}${webAppViewerUrl()}`);
  const script = escapeAttribute(`${origin}${import.meta.env.BASE_URL}web-app-tab.js`);
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeAttribute(title)}</title>`,
    `<script src="${script}"></script>`,
    '<style>html,body{margin:0;height:100%}iframe{display:block;border:0;width:100%;height:100%}</style>',
    '</head><body>',
    `<script type="application/json" id="web-app-html">${jsonDataBlock(html)}</script>`,
    `<iframe sandbox="${WEB_APP_SANDBOX}" referrerpolicy="no-referrer" title="${escapeAttribute(title)}" src="${viewer}"></iframe>`,
    '</body></html>',
  ].join('');
}

/** Opens the HTML in a new tab through a blob URL of `sandboxedPage`, without an opener. */
export function openSandboxedPage(html: string, title: string): void {
  const page = sandboxedPage(html, title, window.location.origin);
  const url = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  window.open(url, '_blank', 'noopener,noreferrer');
  // The new tab has read the blob long before this.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
