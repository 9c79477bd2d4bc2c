import { expect, type Locator, type Page } from '@playwright/test';

/** The run details page (`/runs/:runId`): header, tabs, graph and the node panel. */
export class RunPage {
  readonly heading: Locator;
  readonly graph: Locator;
  readonly panel: Locator;
  readonly retryButton: Locator;
  readonly terminateButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.graph = page.getByRole('region', { name: 'Run graph' });
    this.panel = page.getByRole('complementary', { name: /^Step / });
    this.retryButton = page.getByRole('button', { name: 'Retry' });
    this.terminateButton = page.getByRole('button', { name: 'Terminate' });
  }

  async open(runId: string, query = ''): Promise<void> {
    await this.page.goto(`/runs/${encodeURIComponent(runId)}${query}`);
    await expect(this.heading).toBeVisible();
  }

  /** The run's state badge next to the title. */
  runState(): Locator {
    return this.page
      .locator('.page-header')
      .getByText(/^(Pending|Running|Succeeded|Skipped|Failed|Canceling|Canceled|Paused|Unknown)$/)
      .first();
  }

  /** The graph node labelled with a step's display name. */
  node(name: string): Locator {
    return this.graph.getByRole('button', { name: new RegExp(`^${name}\\b`) }).first();
  }

  /** The state pill of a graph node (the node's container holds it). */
  nodeState(name: string): Locator {
    return this.graph
      .locator('[data-state]')
      .filter({ has: this.page.getByRole('button', { name: new RegExp(`^${name}\\b`) }) })
      .first();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tablist', { name: 'Run views' }).getByRole('tab', { name });
  }

  nodeTab(name: string): Locator {
    return this.panel.getByRole('tab', { name });
  }

  async openNode(name: string): Promise<void> {
    await this.node(name).click();
    await expect(this.panel.getByRole('heading', { name })).toBeVisible();
  }

  async terminate(): Promise<void> {
    await this.terminateButton.click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Terminate' }).click();
  }
}
