import { expect, test } from '../fixtures.ts';
import { RunOutput, seededRunId } from '../pages/visualizations.ts';

test.describe('visualizations of seeded runs', () => {
  test('a long table scrolls with only the rows in view in the page (seeded run, its CSV served 20,000 rows long)', async ({
    page,
    signIn,
    api,
  }) => {
    const csv = Array.from(
      { length: 20_000 },
      (_, i) => `class ${i},${i},${i * 2},0.5,0.5,0.5,0.5`,
    ).join('\n');
    await page.route(/\/artifacts\/get\?.*per_class_metrics\.csv/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain', body: csv }),
    );
    await signIn('alice', '/runs');
    const runId = await seededRunId(api, 'YOLO 10 epochs');
    const output = new RunOutput(page);
    await output.open(runId);
    await output.reveal('yolo-train');
    const tableCard = output.card('yolo-train', 'per_class_metrics.csv · Table');
    await tableCard.scrollIntoViewIfNeeded();
    await expect(tableCard).toContainText('20,000 rows');
    const drawnRows = tableCard.locator('tbody tr:not([aria-hidden])');
    const far = tableCard.getByRole('cell', { name: 'class 19999', exact: true });
    await expect(far).toHaveCount(0);
    expect(await drawnRows.count()).toBeLessThan(100);
    await tableCard.getByRole('region', { name: 'per_class_metrics.csv rows' }).evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await expect(far).toBeVisible();
    expect(await drawnRows.count()).toBeLessThan(100);
    await expect(tableCard.getByRole('cell', { name: 'class 0', exact: true })).toHaveCount(0);
  });

  test('the web-app of "Visualize example data" runs in a sandboxed frame whose script cannot reach the dashboard', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const runId = await seededRunId(api, 'Visualize example data');
    const output = new RunOutput(page);
    await output.open(runId);
    await output.reveal('display-image-from-path');
    const frameElement = output.card('display-image-from-path', 'Static HTML').locator('iframe');
    await frameElement.scrollIntoViewIfNeeded();
    const sandbox = await frameElement.getAttribute('sandbox');
    expect(sandbox?.split(/\s+/)).toEqual(['allow-scripts']);
    expect(sandbox).not.toContain('allow-same-origin');
    // The plot's own script ran (it drew the SVG)...
    await expect(frameElement.contentFrame().locator('svg.mpld3-figure')).toBeVisible();
    // ...in an opaque origin: reaching the dashboard's document, storage or cookies throws.
    const frame = await (await frameElement.elementHandle()).contentFrame();
    if (!frame) throw new Error('the web app has no frame');
    const attempts = await frame.evaluate(() => {
      const attempt = (fn: () => unknown) => {
        try {
          return `allowed: ${String(fn())}`;
        } catch (error) {
          return error instanceof Error ? error.name : String(error);
        }
      };
      return {
        origin: window.origin,
        parentDocument: attempt(() => window.parent.document.title),
        parentLocation: attempt(() => window.parent.location.href),
        localStorage: attempt(() => window.localStorage.length),
        cookie: attempt(() => document.cookie),
      };
    });
    expect(attempts).toEqual({
      origin: 'null',
      parentDocument: 'SecurityError',
      parentLocation: 'SecurityError',
      localStorage: 'SecurityError',
      cookie: 'SecurityError',
    });

    // The frame takes its content's height (within limits): the 400 px plot of plot-csv-from-path.
    await output.reveal('plot-csv-from-path');
    const plotFrame = output.card('plot-csv-from-path', 'Static HTML').locator('iframe');
    await expect(plotFrame.contentFrame().locator('svg.mpld3-figure')).toBeVisible();
    // Shrunk from the default 512 px to the content (400 px figure + margins), with nothing left to scroll inside.
    await expect.poll(async () => (await plotFrame.boundingBox())?.height ?? 0).toBeLessThan(480);
    expect((await plotFrame.boundingBox())?.height).toBeGreaterThan(400);
    expect(
      await plotFrame
        .contentFrame()
        .locator('html')
        .evaluate((root) => root.scrollHeight <= root.clientHeight),
    ).toBe(true);

    // "Open in a new tab": the same HTML, in the same sandbox, without an opener.
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      output
        .card('display-image-from-path', 'Static HTML')
        .getByRole('button', { name: 'Open in a new tab' })
        .click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/^blob:/);
    expect(await tab.evaluate(() => window.opener === null)).toBe(true);
    const inner = tab.locator('iframe');
    await expect(inner).toHaveAttribute('sandbox', 'allow-scripts');
    await expect(inner.contentFrame().locator('svg.mpld3-figure')).toBeVisible();
    const innerFrame = await (await inner.elementHandle()).contentFrame();
    expect(
      await innerFrame?.evaluate(() => {
        try {
          return `read: ${window.parent.document.title}`;
        } catch (error) {
          return error instanceof Error ? error.name : String(error);
        }
      }),
    ).toBe('SecurityError');
    await tab.close();
  });
});
