import { expect, type Locator, type Page } from '@playwright/test';

export type NavSection =
  'Pipelines' | 'Experiments' | 'Runs' | 'Recurring runs' | 'Artifacts' | 'Executions';

/** The app shell: side navigation, namespace picker, theme and user menus. */
export class Shell {
  readonly nav: Locator;
  readonly namespacePicker: Locator;
  readonly userMenuButton: Locator;
  readonly themeButton: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.namespacePicker = page.getByRole('combobox', { name: 'Namespace' });
    this.userMenuButton = page.getByRole('button', { name: /^Account:/ });
    this.themeButton = page.getByRole('button', { name: /^Theme:/ });
    this.heading = page.getByRole('heading', { level: 1 });
  }

  navLink(section: NavSection): Locator {
    return this.nav.getByRole('link', { name: section, exact: true });
  }

  async goTo(section: NavSection): Promise<void> {
    await this.navLink(section).click();
    await expect(this.navLink(section)).toHaveAttribute('aria-current', 'page');
  }

  async expectSignedInAs(name: string): Promise<void> {
    await expect(this.userMenuButton).toHaveAccessibleName(`Account: ${name}`);
  }

  /** The namespaces the picker offers. */
  async namespaces(): Promise<string[]> {
    return this.namespacePicker.locator('option:not([disabled])').allTextContents();
  }

  async switchNamespace(namespace: string): Promise<void> {
    await this.namespacePicker.selectOption(namespace);
  }

  async signOut(): Promise<void> {
    await this.userMenuButton.click();
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }

  async chooseTheme(theme: 'Light' | 'Dark' | 'System'): Promise<void> {
    await this.themeButton.click();
    await this.page.getByRole('button', { name: theme, exact: true }).click();
  }
}
