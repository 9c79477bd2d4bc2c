import { expect, OIDC_USER_KEY, test } from '../fixtures.ts';

test.describe('sign-in through the identity provider', () => {
  test('signs alice in and comes back to the URL she opened', async ({
    page,
    loginPage,
    shell,
    errorGuard,
  }) => {
    // The run does not exist: its page answers with "not found" (the browser logs the 404).
    errorGuard.allow(/404 .*\/runs\/run-123\?view=FULL/);
    await page.goto('/runs/run-123?tab=logs');
    await loginPage.signIn('alice');
    await expect(page).toHaveURL(/\/runs\/run-123\?tab=logs&ns=kubeflow-alice$/);
    await shell.expectSignedInAs('Alice');
    await expect(shell.namespacePicker).toHaveValue('kubeflow-alice');
    await expect(page).toHaveTitle(/Kubeflow Pipelines$/);
  });

  test('an old KFP hash link still arrives', async ({ page, loginPage, errorGuard }) => {
    errorGuard.allow(/404 .*\/runs\/run-9\?view=FULL/);
    await page.goto('/#/runs/details/run-9');
    await loginPage.signIn('alice');
    await expect(page).toHaveURL(/\/runs\/run-9\?ns=kubeflow-alice$/);
  });

  test('sign-out ends the session at the identity provider', async ({
    page,
    signIn,
    shell,
    loginPage,
  }) => {
    // The app's localStorage keys that hold something of alice's: the namespaces env-info gave her.
    const grantedKeys = async () =>
      (await page.context().storageState()).origins
        .flatMap((origin) => origin.localStorage)
        .map((item) => item.name)
        .filter((name) => name.startsWith('kfp-dashboard:granted:'));
    await signIn('alice', '/experiments');
    await expect.poll(grantedKeys).toHaveLength(1);
    await shell.signOut();
    // Back at the app's start, which has nobody signed in and so asks the identity provider again.
    await loginPage.expectShown();
    expect(
      await page.evaluate((key) => window.sessionStorage.getItem(key), OIDC_USER_KEY),
    ).toBeNull();
    expect(await grantedKeys()).toEqual([]);
    await loginPage.signIn('alice');
    await expect(page).toHaveURL(/\/pipelines\?ns=kubeflow-alice$/);
  });

  test('a token the server refuses leads through sign-in back to the same URL', async ({
    page,
    context,
    signIn,
    loginPage,
    shell,
    errorGuard,
  }) => {
    errorGuard.allow(/status of 401/);
    await signIn('alice', '/experiments');
    // Let the page finish its calls first: a call still under way when the token breaks would start the
    // sign-in from /experiments, racing the navigation below.
    await page.waitForLoadState('networkidle');
    await page.evaluate((key) => {
      const stored = window.sessionStorage.getItem(key);
      if (!stored) throw new Error('no stored user');
      const user: unknown = JSON.parse(stored);
      if (typeof user !== 'object' || user === null)
        throw new Error('stored user is not an object');
      window.sessionStorage.setItem(
        key,
        JSON.stringify({ ...user, access_token: 'corrupted', refresh_token: 'corrupted' }),
      );
    }, OIDC_USER_KEY);
    await page.goto('about:blank');
    // The identity provider's session is gone too, so its form must show.
    await context.clearCookies();

    await page.goto('/recurring-runs?ns=kubeflow-alice');
    await loginPage.signIn('alice');
    await expect(page).toHaveURL(/\/recurring-runs\?ns=kubeflow-alice$/);
    await expect(shell.navLink('Recurring runs')).toHaveAttribute('aria-current', 'page');
    await shell.expectSignedInAs('Alice');
  });

  test('an unreadable stored session counts as signed out', async ({
    page,
    context,
    signIn,
    loginPage,
    errorGuard,
  }) => {
    // The open page may still fire a request without a token before it leaves.
    errorGuard.allow(/status of 401/);
    await signIn('alice', '/pipelines');
    // As above: settle first, and leave the page, so no call of /pipelines starts the sign-in.
    await page.waitForLoadState('networkidle');
    await page.evaluate((key) => window.sessionStorage.setItem(key, '{not json'), OIDC_USER_KEY);
    await page.goto('about:blank');
    await context.clearCookies();
    await page.goto('/runs?ns=kubeflow-alice');
    await loginPage.signIn('alice');
    await expect(page).toHaveURL(/\/runs\?ns=kubeflow-alice$/);
  });
});
