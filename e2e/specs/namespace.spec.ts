import { expect, test } from '../fixtures.ts';

test.describe('namespaces', () => {
  test('the namespace travels in the URL and through the navigation', async ({ page, signIn, shell }) => {
    await signIn('alice', '/pipelines');
    await expect(page).toHaveURL(/\/pipelines\?ns=kubeflow-alice$/);
    expect(await shell.namespaces()).toEqual(['kubeflow-alice']);
    await shell.goTo('Runs');
    await expect(page).toHaveURL(/\/runs\?ns=kubeflow-alice$/);
    await shell.goTo('Recurring runs');
    await expect(page).toHaveURL(/\/recurring-runs\?ns=kubeflow-alice$/);
  });

  test('bob never sees kubeflow-alice', async ({ page, signIn, shell, api }) => {
    await signIn('bob', '/experiments?ns=kubeflow-alice');
    await expect(page.getByRole('heading', { name: 'No access to namespace “kubeflow-alice”' })).toBeVisible();
    expect(await shell.namespaces()).toEqual(['kubeflow-bob']);
    // The server agrees: bob's token cannot list alice's experiments.
    await expect(api.get('/apis/v2beta1/experiments?namespace=kubeflow-alice')).rejects.toThrow(/→ 403/);

    // Switching to his own namespace leaves the denied page for the list of the same section.
    await page.getByRole('link', { name: 'kubeflow-bob' }).click();
    await expect(page).toHaveURL(/\/experiments\?ns=kubeflow-bob$/);
    await expect(shell.namespacePicker).toHaveValue('kubeflow-bob');
    await expect(shell.heading).toHaveText('Experiments');
  });

  test('the theme choice is kept across reloads', async ({ page, signIn, shell }) => {
    await signIn('alice', '/pipelines');
    await shell.chooseTheme('Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(shell.userMenuButton).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shell.chooseTheme('System');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });
});
