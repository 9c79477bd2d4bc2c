import type { Locator, Page } from '@playwright/test';

/** The log viewer of a step (features/logs) inside the run page's node panel. Role and label locators. */
export class LogViewerPanel {
  readonly findBox: Locator;
  readonly regexToggle: Locator;
  readonly matchCaseToggle: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  /** "3 of 120", "No matches". */
  readonly matchCount: Locator;
  readonly toolbar: Locator;

  constructor(
    readonly page: Page,
    readonly podLabel: RegExp = /^Log of /,
  ) {
    const find = page.getByRole('search', { name: 'Find in log' });
    this.findBox = find.getByRole('searchbox', { name: 'Find in log' });
    this.regexToggle = find.getByRole('button', { name: 'Regular expression' });
    this.matchCaseToggle = find.getByRole('button', { name: 'Match case' });
    this.next = find.getByRole('button', { name: 'Next match' });
    this.previous = find.getByRole('button', { name: 'Previous match' });
    this.matchCount = find.getByRole('status');
    this.toolbar = page.getByRole('toolbar', { name: 'Log actions' });
  }

  /** The scrolling region with the (virtualized) rows. */
  get lines(): Locator {
    return this.page.getByRole('region', { name: this.podLabel });
  }

  /** The permalink of a 1-based line; only rows near the view exist in the DOM. */
  lineLink(line: number): Locator {
    return this.lines.getByRole('link', { name: `Line ${String(line)}`, exact: true });
  }

  /** The rows currently in the DOM. */
  renderedRows(): Locator {
    return this.lines.locator('[data-index]');
  }

  /** The row holding the current match. */
  currentMatchRow(): Locator {
    return this.lines
      .locator('[data-index]')
      .filter({ has: this.page.locator('mark[data-current]') });
  }
}
