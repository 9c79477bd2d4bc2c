import { expect, test } from '../fixtures.ts';
import { NS } from '../list-data.ts';
import { RunPage } from '../pages/run-page.ts';
import { seededRunId } from '../pages/visualizations.ts';

/** A box (page pixels) wholly inside another. */
function inside(
  inner: { x: number; y: number; width: number; height: number },
  outer: { x: number; y: number; width: number; height: number },
): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

test('the data-visualization run: two chains side by side; opening a node panel keeps the node in view, its tabs on one line', async ({
  page,
  signIn,
  api,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn('alice', `/runs?ns=${NS}`);
  const runId = await seededRunId(api, 'Visualize example data');
  const run = new RunPage(page);
  await run.open(runId, `?ns=${NS}`);

  const image = await run.node('Download image').boundingBox();
  const csv = await run.node('Download CSV').boundingBox();
  expect(image && csv && image.y === csv.y && image.x + image.width < csv.x).toBe(true);

  // The CSV chain is the right one: the panel opening on the right narrows the canvas over it.
  await run.node('Download CSV').click();
  await expect(run.panel.getByRole('heading', { name: 'Download CSV' })).toBeVisible();
  const graph = await run.graph.boundingBox();
  if (!graph) throw new Error('no graph box');
  await expect
    .poll(async () => {
      const box = await run.node('Download CSV').boundingBox();
      return box !== null && inside(box, graph);
    })
    .toBe(true);

  const tabs = run.panel.getByRole('tab');
  const first = await tabs.first().boundingBox();
  const second = await tabs.nth(1).boundingBox();
  expect(first?.height).toBe(second?.height);
});
