import { expect, type Locator, type Page } from '@playwright/test';

/** The Artifacts and Executions lists and detail pages (ML Metadata records). */
export class RecordsPage {
  readonly lineage: Locator;

  constructor(readonly page: Page) {
    this.lineage = page.getByRole('region', { name: 'Lineage' });
  }

  table(name: 'Artifacts' | 'Executions'): Locator {
    return this.page.getByRole('table', { name });
  }

  /** The body rows of a list (skeleton rows excluded). */
  rows(name: 'Artifacts' | 'Executions'): Locator {
    return this.table(name).locator('tbody tr:not([data-skeleton])');
  }

  async search(noun: 'artifacts' | 'executions', by: 'name' | 'type' | 'pipeline', text: string) {
    await this.page.getByRole('combobox', { name: `Search ${noun} by` }).selectOption(by);
    const box = this.page.getByRole('searchbox', { name: new RegExp(`^Search ${noun} by`) });
    await box.fill(text);
    await box.press('Enter');
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
  }

  /** A lineage column ("Produced by", "Used by", "Inputs", "Outputs"). */
  lineageColumn(title: string): Locator {
    return this.lineage.getByRole('region', { name: title });
  }
}
