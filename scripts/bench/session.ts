import type { Browser, BrowserContext } from '@playwright/test';

export const APP_URL = 'http://127.0.0.1:4173';
/** oidc-client-ts keeps the signed-in user under this key (authority + client id of public/config.json). */
const OIDC_USER_KEY = 'oidc.user:http://127.0.0.1:5556:kfp-dashboard';

/** Signs in once through the identity provider's real form and returns the stored OIDC user. */
export async function signInOnce(browser: Browser, user: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${APP_URL}/runs`);
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(user);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${APP_URL}/runs**`);
  const stored = await page.evaluate((key) => window.sessionStorage.getItem(key), OIDC_USER_KEY);
  await context.close();
  if (!stored) throw new Error('sign-in left no user in sessionStorage');
  return stored;
}

/** A fresh context (cold HTTP cache) whose tab already holds the signed-in session. */
export async function signedInContext(
  browser: Browser,
  storedUser: string,
): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(
    ([key, value]) => {
      // Our build and, with --base, the other one beside it (bench.ts).
      const origins = ['http://127.0.0.1:4173', 'http://127.0.0.1:4174'];
      if (origins.includes(window.location.origin) && key && value)
        window.sessionStorage.setItem(key, value);
    },
    [OIDC_USER_KEY, storedUser],
  );
  return context;
}

/** The median of a list of figures (the upper one of an even count). */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The access token of a stored OIDC user (signInOnce), for API calls the bench makes itself. */
export function accessTokenOf(storedUser: string): string {
  const parsed: unknown = JSON.parse(storedUser);
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'access_token' in parsed &&
    typeof parsed.access_token === 'string'
  )
    return parsed.access_token;
  throw new Error('the stored user has no access token');
}
