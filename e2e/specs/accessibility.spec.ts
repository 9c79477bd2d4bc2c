import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import { expect, test } from '../fixtures.ts';
import { NS } from '../list-data.ts';
import { RunPage } from '../pages/run-page.ts';
import { seededRunId } from '../pages/visualizations.ts';

/**
 * axe-core (WCAG 2.1 A and AA rules) over the main screens, light and dark, signed in through the real
 * login: any violation fails, so the count stays at 0.
 */

declare global {
  interface Window {
    /** Set by axe.min.js once injected. */
    readonly axe: typeof axe;
  }
}

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// The app's CSP (script-src 'self') blocks the inline script Playwright injects axe with; the test
// tool's own script is let through, the app's pages are unchanged.
test.use({ bypassCSP: true });
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Screen {
  readonly name: string;
  readonly url: (runId: string) => string;
  /** Waits until the screen shows its data (axe then sees what a user sees). */
  readonly ready: (page: Page) => Promise<void>;
}

const settledTable = (name: string) => async (page: Page) => {
  const table = page.getByRole('table', { name, exact: true });
  await expect(table).toHaveAttribute('aria-busy', 'false');
};

const SCREENS: readonly Screen[] = [
  { name: 'pipelines', url: () => `/pipelines?ns=${NS}`, ready: settledTable('Private pipelines') },
  { name: 'experiments', url: () => `/experiments?ns=${NS}`, ready: settledTable('Experiments') },
  { name: 'runs', url: () => `/runs?ns=${NS}`, ready: settledTable('Runs') },
  {
    name: 'recurring runs',
    url: () => `/recurring-runs?ns=${NS}`,
    ready: settledTable('Recurring runs'),
  },
  {
    name: 'upload',
    url: () => `/pipelines/upload?ns=${NS}`,
    ready: (page) => expect(page.getByLabel('Pipeline file')).toBeVisible(),
  },
  {
    name: 'start a run',
    url: () => `/runs/new?ns=${NS}`,
    ready: (page) =>
      expect(
        page.getByRole('list', { name: 'Pipelines' }).getByRole('radio').first(),
      ).toBeVisible(),
  },
  {
    name: 'a run page with its node panel',
    url: (runId) => `/runs/${encodeURIComponent(runId)}?ns=${NS}`,
    ready: async (page) => {
      const run = new RunPage(page);
      await run.node('Download image').click();
      await expect(run.panel.getByRole('heading', { name: 'Download image' })).toBeVisible();
      await expect(run.panel.getByRole('tab').first()).toBeVisible();
    },
  },
];

/** One line per failing node: rule, impact, target and axe's summary of what is wrong. */
function describeViolations(screen: string, results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${screen}: ${violation.id} (${violation.impact ?? 'unknown'}) at ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`,
    ),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violation on the main screens (${colorScheme})`, async ({
    page,
    signIn,
    api,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await signIn('alice', `/pipelines?ns=${NS}`);
    const runId = await seededRunId(api, 'Visualize example data');
    const found: string[] = [];
    for (const screen of SCREENS) {
      await page.goto(screen.url(runId));
      await screen.ready(page);
      await page.addScriptTag({ path: AXE_SCRIPT });
      const results = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        TAGS,
      );
      found.push(...describeViolations(screen.name, results));
    }
    expect(found).toEqual([]);
  });
}
