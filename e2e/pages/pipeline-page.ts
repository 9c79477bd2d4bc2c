import { expect, type Locator, type Page } from '@playwright/test';

/** The pipeline page (`/pipelines/:id`) and the experiment page: role and label locators only. */
export class PipelinePage {
  readonly heading: Locator;
  readonly versionSelect: Locator;
  readonly graph: Locator;
  readonly versionsTable: Locator;
  readonly spec: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.versionSelect = page.getByLabel('Version', { exact: true });
    this.graph = page.getByRole('region', { name: 'Pipeline graph' });
    this.versionsTable = page.getByRole('table', { name: 'Versions' });
    this.spec = page.getByRole('region', { name: 'Pipeline spec (YAML)' });
  }

  async open(pipelineId: string, query = ''): Promise<void> {
    await this.page.goto(`/pipelines/${encodeURIComponent(pipelineId)}${query}`);
  }

  /** The drawn React Flow nodes (the canvas's wrappers). */
  get flowNodes(): Locator {
    return this.graph.locator('.react-flow__node');
  }

  /** Where each drawn node is on screen (rounded), to check the layout really placed them. */
  async nodePositions(): Promise<string[]> {
    await expect(this.flowNodes.first()).toBeVisible();
    return this.flowNodes.evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return `${Math.round(box.x)},${Math.round(box.y)}`;
      }),
    );
  }

  node(name: string | RegExp): Locator {
    return this.graph.getByRole('button', { name });
  }

  nodePanel(displayName: string): Locator {
    return this.page.getByRole('complementary', { name: `Node ${displayName}` });
  }

  versionLinks(): Locator {
    return this.versionsTable.getByRole('link');
  }

  /** Answers a confirmation dialog after checking what it says will happen. */
  async confirm(dialogName: string, says: string | RegExp, button: string): Promise<void> {
    const dialog = this.page.getByRole('alertdialog', { name: dialogName });
    await expect(dialog).toContainText(says);
    await dialog.getByRole('button', { name: button }).click();
    await expect(dialog).toBeHidden();
  }
}

/** Reads a string field of an API answer (e2e seeding). */
export function field(value: unknown, key: string): string {
  if (typeof value === 'object' && value !== null) {
    const found: unknown = Object.entries(value).find(([name]) => name === key)?.[1];
    if (typeof found === 'string') return found;
  }
  throw new Error(`expected a string "${key}" in ${JSON.stringify(value)}`);
}

/** The items of a list answer (`pipelines`, `pipeline_versions`, …). */
export function items(value: unknown, key: string): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  const found: unknown = Object.entries(value).find(([name]) => name === key)?.[1];
  return Array.isArray(found) ? found : [];
}
