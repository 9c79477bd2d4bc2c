import type { Page } from '@playwright/test';

/**
 * The page's own clock for "first data row": a MutationObserver installed before any of the page's
 * scripts (an init script) notes `performance.now()` (ms since the navigation started) when the
 * row's selector first matches, and again once the frame that shows it has been drawn (a task queued
 * from the next animation frame runs after that frame's rendering). Playwright's own wait polls from
 * outside at growing intervals (up to 500 ms) and starts only after the load event, so its figure
 * carries a polling delay this one does not.
 */
export interface InPageFirstRow {
  /** The row is in the document. */
  readonly domMs: number;
  /** The frame that shows it has been rendered. */
  readonly paintMs: number;
}

const KEY = '__benchFirstRow';

export async function installFirstRowProbe(page: Page, selector: string): Promise<void> {
  await page.addInitScript(
    ({ selector: rowSelector, key }) => {
      const found: { dom?: number; paint?: number } = {};
      Reflect.set(window, key, found);
      const observer = new MutationObserver(() => {
        if (found.dom !== undefined || document.querySelector(rowSelector) === null) return;
        found.dom = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          setTimeout(() => {
            found.paint = performance.now();
          }, 0);
        });
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    },
    { selector, key: KEY },
  );
}

/** What the probe saw (waits briefly for the frame after the row); undefined when it saw nothing. */
export async function readFirstRowProbe(page: Page): Promise<InPageFirstRow | undefined> {
  await page
    .waitForFunction(
      (key) => {
        const found: unknown = Reflect.get(window, key);
        return typeof found === 'object' && found !== null && 'paint' in found;
      },
      KEY,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const seen = await page.evaluate((key) => {
    const found: unknown = Reflect.get(window, key);
    if (typeof found !== 'object' || found === null) return undefined;
    const dom: unknown = Reflect.get(found, 'dom');
    const paint: unknown = Reflect.get(found, 'paint');
    return typeof dom === 'number'
      ? { dom, paint: typeof paint === 'number' ? paint : dom }
      : undefined;
  }, KEY);
  return seen === undefined
    ? undefined
    : { domMs: Math.round(seen.dom), paintMs: Math.round(seen.paint) };
}
