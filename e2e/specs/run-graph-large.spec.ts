import { parse } from 'yaml';
import { widePipelineYaml } from '../../emulator/seed/large-pipelines.ts';
import { expect, test } from '../fixtures.ts';
import { RunPage } from '../pages/run-page.ts';

const NS = 'kubeflow-alice';

function field(value: unknown, key: string): string {
  if (typeof value === 'object' && value !== null && key in value) {
    const found: unknown = Reflect.get(value, key);
    if (typeof found === 'string') return found;
  }
  throw new Error(`no ${key} in ${JSON.stringify(value)}`);
}

/**
 * The guard of the empty canvas (issue 13): above 100 visible nodes the run graph lays out with the
 * quick layered layout, and the view once opened on an empty part of the canvas (the fit to the
 * nodes was dropped). happy-dom has no layout, so only a browser can check that nodes are on screen.
 * Also the first view drawn once: React Flow mounts on it, so no node is ever drawn elsewhere first.
 * The run is the large profile's 300-task v2 benchmark pipeline (200 steps and a 100-shard loop).
 */
test('a run of 300 tasks opens with its nodes inside the visible canvas', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('alice', `/runs?ns=${NS}`);
  const label = `e2e-wide-${Date.now().toString(36)}`;
  const experimentId = field(
    await api.post('/apis/v2beta1/experiments', { display_name: label, namespace: NS }),
    'experiment_id',
  );
  const spec: unknown = parse(widePipelineYaml(10, 20, 100));
  const pipeline = await api.post('/apis/v2beta1/pipelines/create', {
    pipeline: { display_name: label, namespace: NS },
    pipeline_version: { display_name: `${label} v1`, pipeline_spec: spec },
  });
  const runId = field(
    await api.post('/apis/v2beta1/runs', {
      display_name: `${label} run`,
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: field(pipeline, 'pipeline_id') },
    }),
    'run_id',
  );

  // Every viewport React Flow shows from the first node on, and whether the minimap was there then.
  await page.addInitScript(() => {
    const transforms: string[] = [];
    Reflect.set(window, '__graphViewports', transforms);
    new MutationObserver(() => {
      const viewport = document.querySelector('.react-flow__viewport');
      if (
        !(viewport instanceof HTMLElement) ||
        document.querySelector('.react-flow__node') === null
      )
        return;
      if (transforms.length === 0)
        Reflect.set(
          window,
          '__minimapAtFirstNode',
          document.querySelector('.react-flow__minimap') !== null,
        );
      if (transforms.at(-1) !== viewport.style.transform) transforms.push(viewport.style.transform);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const run = new RunPage(page);
  await run.open(runId, `?ns=${NS}`);
  const nodes = run.graph.locator('.react-flow__node');
  // React Flow draws only the nodes in view (onlyRenderVisibleElements): an empty view draws none.
  await expect.poll(() => nodes.count(), { timeout: 30_000 }).toBeGreaterThan(20);
  const canvas = await run.graph.locator('.react-flow').boundingBox();
  expect(canvas).not.toBeNull();
  // And the drawn nodes are the ones the user can see: their boxes overlap the canvas's.
  const visible = await nodes.evaluateAll((elements, box) => {
    if (box === null) return 0;
    return elements.filter((element) => {
      const r = element.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.right > box.x &&
        r.left < box.x + box.width &&
        r.bottom > box.y &&
        r.top < box.y + box.height
      );
    }).length;
  }, canvas);
  expect(visible).toBeGreaterThan(20);
  // The first nodes are drawn at the first view (React Flow mounts on it), which never jumps after.
  await expect(run.graph.locator('.react-flow__minimap')).toBeVisible();
  const viewports = await page.evaluate(() => {
    const seen: unknown = Reflect.get(window, '__graphViewports');
    return Array.isArray(seen) ? seen.map(String) : [];
  });
  expect(viewports).toHaveLength(1);
  expect(viewports[0]).toMatch(/scale\(0\.5\)/);
  // The minimap (every node) follows the first nodes.
  expect(await page.evaluate(() => Reflect.get(window, '__minimapAtFirstNode') === true)).toBe(
    false,
  );
});
