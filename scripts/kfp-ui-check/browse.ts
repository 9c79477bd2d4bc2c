import type { Browser, Page } from '@playwright/test';

/** What went wrong on a page: console errors and failed requests (HTTP ≥ 400, grpc-status ≠ 0). */
export interface Problems {
  readonly console: string[];
  readonly requests: string[];
}

/**
 * Requests that fail outside GKE on every page of KFP's UI, whatever the backend: the GKE metadata
 * endpoints of its own server (frontend/server/handlers/gke-metadata.ts).
 */
const harmless = /\/system\/(cluster-name|project-id)\b|GKE metadata endpoints are disabled/;

export interface Step {
  readonly page: Page;
  /** Clicks the first element with exactly this text, then lets the page settle. */
  click(text: string): Promise<void>;
  clickCss(selector: string): Promise<void>;
  /** Sends a click to the first match, even when the side panel covers it. */
  dispatch(selector: string): Promise<void>;
  /** Clicks the nth v2 graph node with this text, even under the side panel. */
  clickNode(text: string, nth?: number): Promise<void>;
  /** Whether this text is visible somewhere on the page (waits up to `timeoutMs`). */
  sees(text: string | RegExp, timeoutMs?: number): Promise<boolean>;
  shot(name: string): Promise<void>;
}

export interface Visit {
  readonly problems: Problems;
  readonly notes: string[];
  readonly ok: boolean;
}

const settle = (page: Page) => page.waitForTimeout(1500);

/**
 * Opens `url` in a fresh tab (KFP's UI routes by hash and does not re-render on a hash-only
 * navigation), runs `body` with helpers and a list to note what it saw in, and collects what failed.
 * A thrown error or a false answer of `body` marks the visit as failed.
 */
export async function visit(
  browser: Browser,
  url: string,
  screens: string,
  body: (step: Step, notes: string[]) => Promise<boolean>,
): Promise<Visit> {
  const notes: string[] = [];
  const problems: Problems = { console: [], requests: [] };
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    const about = `${message.text()} ${message.location().url}`;
    if (message.type() === 'error' && !harmless.test(about))
      problems.console.push(message.text().replace(/\s+/g, ' ').slice(0, 300));
  });
  page.on('pageerror', (error) => problems.console.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    const grpc = response.headers()['grpc-status'];
    const failed = response.status() >= 400 || (grpc !== undefined && grpc !== '0');
    if (failed && !harmless.test(response.url()))
      problems.requests.push(
        `${response.status()}${grpc !== undefined && grpc !== '0' ? ` grpc-status ${grpc} ${response.headers()['grpc-message'] ?? ''}` : ''} ${response.request().method()} ${decodeURIComponent(response.url()).slice(0, 240)}`,
      );
  });
  page.on('requestfailed', (request) =>
    problems.requests.push(`failed ${request.method()} ${request.url().slice(0, 240)}`),
  );
  const step: Step = {
    page,
    async click(text) {
      await page.getByText(text, { exact: true }).first().click({ timeout: 10_000 });
      await settle(page);
    },
    async clickCss(selector) {
      await page.locator(selector).first().click({ timeout: 10_000 });
      await settle(page);
    },
    async dispatch(selector) {
      await page.locator(selector).first().dispatchEvent('click', undefined, { timeout: 10_000 });
      await settle(page);
    },
    async clickNode(text, nth = 0) {
      await page
        .locator('.react-flow__node')
        .filter({ has: page.getByText(text, { exact: true }) })
        .nth(nth)
        .dispatchEvent('click');
      await settle(page);
    },
    async sees(text, timeoutMs = 10_000) {
      try {
        await page.getByText(text).first().waitFor({ state: 'visible', timeout: timeoutMs });
        return true;
      } catch {
        return false;
      }
    },
    async shot(name) {
      await page.screenshot({ path: `${screens}/${name}.png` });
    },
  };
  try {
    await page.goto(url);
    await settle(page);
    const ok = await body(step, notes);
    return { problems, notes, ok };
  } catch (error) {
    const shot = `failed-${url.split('#/')[1]?.replace(/\W+/g, '-') ?? 'page'}`;
    await step.shot(shot).catch(() => undefined);
    notes.push(`step failed (${shot}.png): ${String(error).split('\n')[0]}`);
    return { problems, notes, ok: false };
  } finally {
    await page.close();
  }
}

/** Data rows of KFP's tables (CustomTable rows carry data-testid="table-row"). */
export async function tableRows(page: Page): Promise<string[]> {
  const rows = page.locator('[data-testid="table-row"]');
  await rows.first().waitFor({ timeout: 15_000 });
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * The v1 run graph's nodes (frontend/src/components/Graph.tsx) with their status icons: MUI icons
 * carry data-testid="<Name>Icon" (CheckCircleIcon, ErrorIcon, …; CachedIcon beside it for a node
 * that Status.tsx takes for cached).
 */
export async function v1Nodes(page: Page): Promise<string[]> {
  await page.locator('.graphNode').first().waitFor({ timeout: 15_000 });
  const found = await page.locator('.graphNode').evaluateAll((nodes) =>
    nodes.map((node) => {
      const icons = [...node.querySelectorAll('[data-testid$="Icon"]')].map(
        (icon) => icon.getAttribute('data-testid') ?? '',
      );
      const sign = node.querySelector('[data-testid="node-status-sign"]');
      if (sign) icons.push(`color:${getComputedStyle(sign).color}`);
      return `${node.textContent.trim()} (${icons.join(' ') || 'no status'})`;
    }),
  );
  // Status.tsx statusToIcon passes data-testid="node-status-sign" to most icons: name them by colour.
  return found.map((entry) =>
    entry.replace(/color:(rgb\([^)]*\))/, (_, rgb: string) => v1Colors[rgb] ?? rgb),
  );
}

/** Status.tsx's icon colours (frontend/src/Css.tsx color.*). */
const v1Colors: Record<string, string> = {
  'rgb(213, 0, 0)': 'error icon',
  'rgb(66, 133, 244)': 'running icon',
  'rgb(154, 160, 166)': 'pending icon',
  'rgb(128, 134, 139)': 'terminated icon',
  'rgb(52, 168, 83)': 'success icon',
};

/** The v2 run graph's execution nodes (React Flow) with the MUI icon of their MLMD state. */
export async function v2Nodes(page: Page): Promise<string[]> {
  await page.locator('.react-flow__node').first().waitFor({ timeout: 15_000 });
  // Task states come from ML Metadata after the graph: wait for the first state icon.
  await page
    .locator(
      '.react-flow__node [data-testid$="Icon"]:not([data-testid="ListAltIcon"]):not([data-testid="FolderIcon"]):not([data-testid="CropFreeIcon"])',
    )
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  return page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const icons = [...node.querySelectorAll('[data-testid$="Icon"]')]
        .map((icon) => icon.getAttribute('data-testid') ?? '')
        .filter((id) => id !== 'ListAltIcon' && id !== 'FolderIcon');
      const label = node.textContent.trim();
      const kind = node.querySelector('[data-testid^="artifact-icon"]') ? 'artifact' : 'task';
      return `${label} (${kind}${icons.length > 0 ? `, ${icons.join(' ')}` : ''})`;
    }),
  );
}
