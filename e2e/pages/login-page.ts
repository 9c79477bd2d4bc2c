import { expect, type Locator, type Page } from '@playwright/test';

/** The identity provider's sign-in form (the emulator's, or any with these labels). */
export class LoginPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.username = page.getByLabel('Username');
    this.password = page.getByLabel('Password');
    this.submit = page.getByRole('button', { name: 'Sign in' });
  }

  async expectShown(): Promise<void> {
    await expect(this.username).toBeVisible();
    await expect(this.password).toBeVisible();
  }

  /** Fills the form and submits it; the dev users' password is their name. */
  async signIn(user: string, password = user): Promise<void> {
    await this.expectShown();
    await this.username.fill(user);
    await this.password.fill(password);
    await this.submit.click();
  }
}
