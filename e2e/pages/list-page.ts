import { expect, type Locator, type Page } from '@playwright/test';

/**
 * One of the four list screens (pipelines, experiments, runs, recurring runs): the shared data
 * table with its toolbar, tabs, pager and bulk-action bar. Role and label locators only.
 */
export class ListPage {
  readonly bulkBar: Locator;
  readonly nextButton: Locator;
  readonly previousButton: Locator;
  readonly pageSize: Locator;
  readonly pageInfo: Locator;

  constructor(
    readonly page: Page,
    /** Accessible name of the table, e.g. "Runs", "Archived runs", "Private pipelines". */
    private tableName: string,
  ) {
    this.bulkBar = page.getByRole('region', { name: 'Bulk actions' });
    this.nextButton = page.getByRole('button', { name: 'Next page' });
    this.previousButton = page.getByRole('button', { name: 'Previous page' });
    this.pageSize = page.getByLabel('Rows per page');
    this.pageInfo = page.getByRole('navigation', { name: 'Pagination' });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.tableName, exact: true });
  }

  /** The table now shown under another name (after switching tabs). */
  showing(tableName: string): this {
    this.tableName = tableName;
    return this;
  }

  /** Data rows (not the header, not skeletons). */
  get rows(): Locator {
    return this.table
      .locator('tbody tr:not([data-skeleton])')
      .filter({ has: this.page.getByRole('link') });
  }

  /** The text of each row's first link (the name column). */
  async names(): Promise<string[]> {
    await expect(this.table).toHaveAttribute('aria-busy', 'false');
    return this.rows.evaluateAll((rows) =>
      rows.map((row) => row.querySelector('a')?.textContent.trim() ?? ''),
    );
  }

  async expectNames(names: readonly string[]): Promise<void> {
    await expect(this.rows).toHaveCount(names.length);
    await expect.poll(() => this.names()).toEqual(names);
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async search(text: string): Promise<void> {
    const box = this.page.getByRole('searchbox');
    await box.fill(text);
    await box.press('Enter');
  }

  async sortBy(header: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: header }).getByRole('button').click();
  }

  async sortState(header: string): Promise<string | null> {
    return this.table.getByRole('columnheader', { name: header }).getAttribute('aria-sort');
  }

  async openTab(name: string, tableName: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    this.showing(tableName);
    await expect(this.table).toBeVisible();
  }

  async filterStatus(labels: readonly string[]): Promise<void> {
    // The filter above the table, not the table's sortable Status header.
    await this.page
      .getByRole('button', { name: /^Status/ })
      .and(this.page.locator('[aria-haspopup="dialog"]'))
      .click();
    for (const label of labels) {
      // The box is controlled by the URL, which the router updates a moment after the click:
      // Locator.check() would read the state too early, so click and wait for the URL-driven state.
      const box = this.page.getByRole('checkbox', { name: label, exact: true });
      await box.click();
      await expect(box).toBeChecked();
    }
    await this.page.keyboard.press('Escape');
  }

  async select(names: readonly string[]): Promise<void> {
    for (const name of names)
      await this.table.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  /** Clicks a bulk action, confirms it, waits for the per-item results and returns the summary. */
  async bulk(action: string): Promise<{ summary: string; items: string[] }> {
    await this.bulkBar.getByRole('button', { name: action, exact: true }).click();
    const dialog = this.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: action, exact: true }).click();
    const summary = dialog.getByRole('status');
    await expect(summary).toBeVisible();
    const result = {
      summary: (await summary.textContent()) ?? '',
      items: await dialog
        .getByRole('list', { name: 'Items' })
        .getByRole('listitem')
        .allTextContents(),
    };
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    return result;
  }
}
