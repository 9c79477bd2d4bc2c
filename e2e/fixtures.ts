import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { LoginPage } from './pages/login-page.ts';
import { Shell } from './pages/shell.ts';

/** Where the emulator's API listens (playwright.config.ts starts it); the dashboard reaches it under /pipeline. */
export const EMULATOR_URL = process.env.KFP_EMULATOR_URL ?? 'http://127.0.0.1:8888';

/** The key oidc-client-ts stores the signed-in user under (authority + client id of public/config.json). */
export const OIDC_USER_KEY = 'oidc.user:http://127.0.0.1:5556:kfp-dashboard';

export interface ErrorGuard {
  /** Console errors matching this are expected in this test (e.g. the 401 a dead token provokes). */
  allow(pattern: RegExp): void;
}

export interface KfpApi {
  /** GET/POST/DELETE on the emulator as the signed-in user (bearer token from the page's session). */
  get(path: string): Promise<unknown>;
  post(path: string, body?: unknown): Promise<unknown>;
  delete(path: string): Promise<unknown>;
}

interface Fixtures {
  errorGuard: ErrorGuard;
  loginPage: LoginPage;
  shell: Shell;
  /** Opens `url`, signs in through the identity provider's form and waits until the app is back at `url`. */
  signIn: (user: string, url?: string) => Promise<void>;
  /** The KFP API as the user signed in on `page`: for seeding data through the API. */
  api: KfpApi;
}

function isAppOrigin(url: string, baseURL: string | undefined): boolean {
  if (!baseURL || !url) return true;
  try {
    return new URL(url).origin === new URL(baseURL).origin;
  } catch {
    return true;
  }
}

/** Reads the access token oidc-client-ts keeps in sessionStorage. */
export async function accessToken(page: Page): Promise<string> {
  const stored = await page.evaluate((key) => window.sessionStorage.getItem(key), OIDC_USER_KEY);
  const parsed: unknown = stored ? JSON.parse(stored) : null;
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'access_token' in parsed &&
    typeof parsed.access_token === 'string'
  ) {
    return parsed.access_token;
  }
  throw new Error('No signed-in user in sessionStorage; call signIn() first.');
}

async function call(
  request: APIRequestContext,
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await request.fetch(`${EMULATOR_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
    ...(body === undefined ? {} : { data: body }),
  });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export const test = base.extend<Fixtures>({
  // Fails the test on any uncaught page error, and on console errors of the dashboard's own origin
  // (pages of the identity provider are not ours).
  errorGuard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (!isAppOrigin(message.location().url || page.url(), baseURL)) return;
        problems.push(`console.error: ${message.text()} (${message.location().url})`);
      });
      await use({ allow: (pattern) => allowed.push(pattern) });
      const unexpected = problems.filter(
        (problem) => !allowed.some((pattern) => pattern.test(problem)),
      );
      expect(unexpected, 'page errors').toEqual([]);
    },
    { auto: true },
  ],

  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },

  shell: async ({ page }, use) => {
    await use(new Shell(page));
  },

  signIn: async ({ page, loginPage, shell, baseURL }, use) => {
    await use(async (user, url = '/') => {
      await page.goto(url);
      await loginPage.signIn(user);
      await page.waitForURL(
        (current) => isAppOrigin(current.href, baseURL) && !current.pathname.startsWith('/auth/'),
      );
      await expect(shell.userMenuButton).toBeVisible();
    });
  },

  api: async ({ page, request }, use) => {
    await use({
      get: (path) => call(request, page, 'GET', path),
      post: (path, body) => call(request, page, 'POST', path, body),
      delete: (path) => call(request, page, 'DELETE', path),
    });
  },
});

export { expect };
