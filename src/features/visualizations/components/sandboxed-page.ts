import { WEB_APP_SANDBOX } from './web-app-sandbox.ts';

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A whole page that shows untrusted HTML in the same sandbox as the card: the page itself has no
 * script (a blob URL has the dashboard's origin), only a full-size iframe with `sandbox="allow-scripts"`
 * whose srcdoc is the HTML, escaped so it cannot close the attribute.
 */
export function sandboxedPage(html: string, title: string): string {
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeAttribute(title)}</title>`,
    '<style>html,body{margin:0;height:100%}iframe{display:block;border:0;width:100%;height:100%}</style>',
    '</head><body>',
    `<iframe sandbox="${WEB_APP_SANDBOX}" referrerpolicy="no-referrer" title="${escapeAttribute(title)}" srcdoc="${escapeAttribute(html)}"></iframe>`,
    '</body></html>',
  ].join('');
}

/** Opens the HTML in a new tab through a blob URL of `sandboxedPage`, without an opener. */
export function openSandboxedPage(html: string, title: string): void {
  const url = URL.createObjectURL(new Blob([sandboxedPage(html, title)], { type: 'text/html' }));
  window.open(url, '_blank', 'noopener,noreferrer');
  // The new tab has read the blob long before this.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
