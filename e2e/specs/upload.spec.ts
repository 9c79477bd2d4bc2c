import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { requireSharedDir } from '../../scripts/shared-dir.ts';
import { expect, test } from '../fixtures.ts';
import { NewExperimentPage, UploadPage } from '../pages/upload-page.ts';

const NS = 'kubeflow-alice';
const fixture = (path: string) =>
  readFileSync(join(requireSharedDir(), 'fixtures', 'pipelines', path));
/** Names unique to this run, so the spec can run against an emulator that already has data. */
const unique = (stem: string) => `${stem}-${Date.now().toString(36)}`;

/** Records the upload calls the page sends. */
function uploadCalls(page: Page): Request[] {
  const calls: Request[] = [];
  page.on('request', (request) => {
    if (/\/apis\/v2beta1\/pipelines\/(upload|upload_version|create)\b/.test(request.url()))
      calls.push(request);
  });
  return calls;
}

const pipelineUrl = (query = 'version=[\\w-]+&ns=kubeflow-alice') =>
  new RegExp(`/pipelines/(?!upload)[\\w-]+\\?${query}$`);

test.describe('upload a pipeline', () => {
  test('uploads a KFP v2 pipeline and lands on its version', async ({ page, signIn }) => {
    await signIn('alice', `/pipelines/upload?ns=${NS}`);
    const upload = new UploadPage(page);
    const name = unique('hello-world');
    await upload.chooseFile(`${name}.yaml`, fixture('v2/hello_world.yaml'));
    await upload.expectReady(`${name}.yaml`);
    await expect(upload.fileStatus(`${name}.yaml`)).toContainText('KFP v2 pipeline');
    await expect(upload.pipelineName).toHaveValue(name);
    await upload.description.fill('uploaded by the e2e suite');
    await upload.uploadPipeline.click();
    await expect(page).toHaveURL(pipelineUrl());
  });

  test('uploads a KFP v1 (Argo) pipeline', async ({ page, signIn }) => {
    await signIn('alice', `/pipelines/upload?ns=${NS}`);
    const upload = new UploadPage(page);
    const name = unique('coin');
    await upload.chooseFile(`${name}.yaml`, fixture('v1/coin.yaml'));
    await expect(upload.fileStatus(`${name}.yaml`)).toContainText(
      'KFP v1 pipeline (Argo Workflow)',
    );
    await upload.uploadPipeline.click();
    await expect(page).toHaveURL(pipelineUrl());
  });

  test('a broken YAML file shows its line and column, and nothing is sent', async ({
    page,
    signIn,
  }) => {
    await signIn('alice', `/pipelines/upload?ns=${NS}`);
    const calls = uploadCalls(page);
    const upload = new UploadPage(page);
    await upload.chooseFile(
      'broken.yaml',
      'pipelineInfo:\n  name: broken\nroot:\n  dag: {tasks: [\n',
    );
    const status = upload.fileStatus('broken.yaml');
    await expect(status).toContainText('The file is not valid YAML');
    await expect(status).toContainText(/YAML error at line 5, column 1/);
    await upload.uploadPipeline.click();
    await expect(page.getByText('This file cannot be uploaded; choose another one.')).toBeVisible();
    await expect(page).toHaveURL(/\/pipelines\/upload\?ns=kubeflow-alice$/);
    expect(calls).toEqual([]);
  });

  test('a name that is taken offers a new version of that pipeline', async ({
    page,
    signIn,
    errorGuard,
  }) => {
    // The browser logs the expected 409 answer.
    errorGuard.allow(/status of 409 \(Conflict\)/);
    await signIn('alice', `/pipelines/upload?ns=${NS}`);
    const upload = new UploadPage(page);
    const name = unique('twice');
    await upload.chooseFile(`${name}.yaml`, fixture('v2/two_step_pipeline.yaml'));
    await upload.expectReady(`${name}.yaml`);
    await upload.uploadPipeline.click();
    await expect(page).toHaveURL(pipelineUrl());
    const firstUrl = new URL(page.url());
    const pipelineId = firstUrl.pathname.split('/').pop() ?? '';

    await upload.open(NS);
    await upload.chooseFile(`${name}.yaml`, fixture('v2/two_step_pipeline.yaml'));
    await upload.expectReady(`${name}.yaml`);
    await upload.uploadPipeline.click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: `A pipeline named “${name}” already exists` });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: `Upload as a new version of “${name}”` }).click();

    await expect(page).toHaveURL(
      new RegExp(`/pipelines/upload\\?pipeline=${pipelineId}&ns=${NS}$`),
    );
    await expect(upload.heading).toHaveText('Upload a new version');
    await expect(upload.versionName).toHaveValue(new RegExp(`^${name}-\\d{8}-\\d{6}$`));
    await upload.uploadVersion.click();
    await expect(page).toHaveURL(
      new RegExp(`/pipelines/${pipelineId}\\?version=[\\w-]+&ns=${NS}$`),
    );
    expect(new URL(page.url()).searchParams.get('version')).not.toBe(
      firstUrl.searchParams.get('version'),
    );
  });

  test('finds an existing pipeline by name for a new version, with its code source URL', async ({
    page,
    signIn,
  }) => {
    await signIn('alice', `/pipelines/upload?ns=${NS}`);
    const upload = new UploadPage(page);
    const name = unique('picked');
    await upload.chooseFile(`${name}.yaml`, fixture('v2/hello_world.yaml'));
    await upload.expectReady(`${name}.yaml`);
    await upload.uploadPipeline.click();
    await expect(page).toHaveURL(pipelineUrl());

    await upload.open(NS);
    await page.getByRole('radio', { name: /A new version of an existing pipeline/ }).check();
    const search = page.getByRole('searchbox', { name: 'Find a pipeline by name' });
    await search.fill(name);
    await search.press('Enter');
    await page
      .getByRole('list', { name: `Private to ${NS}` })
      .getByRole('button', { name, exact: true })
      .click();
    await expect(upload.heading).toHaveText('Upload a new version');
    await expect(page).toHaveURL(new RegExp(`/pipelines/upload\\?pipeline=[\\w-]+&ns=${NS}$`));
    const calls = uploadCalls(page);
    await upload.chooseFile(`${name}-2.yaml`, fixture('v2/hello_world.yaml'));
    await upload.expectReady(`${name}-2.yaml`);
    await page.getByLabel(/^Code source URL/).fill('https://github.com/example/picked');
    await upload.uploadVersion.click();
    await expect(page).toHaveURL(pipelineUrl());
    expect(new URL(calls[0]?.url() ?? 'http://x').searchParams.get('code_source_url')).toBe(
      'https://github.com/example/picked',
    );
    // A released KFP (2.17, the e2e's emulator mode) ignores it on a file upload, as the form says
    // (pipeline_upload_server.go at 2.17.0; kept by KFP master, kubeflow/pipelines #13590).
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'https://github.com/example/picked' })).toHaveCount(
      0,
    );
  });
});

test.describe('create an experiment', () => {
  test('creates an experiment and lands on it', async ({ page, signIn, errorGuard }) => {
    errorGuard.allow(/status of 409 \(Conflict\)/);
    await signIn('alice', `/experiments/new?ns=${NS}`);
    const form = new NewExperimentPage(page);
    await form.create.click();
    await expect(page.getByText('Enter a name for the experiment.')).toBeVisible();
    await expect(form.name).toBeFocused();
    const name = unique('tutorial');
    await form.name.fill(name);
    await form.description.fill('the tutorial’s runs');
    await form.create.click();
    await expect(page).toHaveURL(new RegExp(`/experiments/(?!new)[\\w-]+\\?ns=${NS}$`));
    const experimentId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect(page.getByText(experimentId).first()).toBeVisible();

    // The same name again is explained, with a link to the one that exists.
    await form.open(NS);
    await form.name.fill(name);
    await form.create.click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`An experiment named “${name}” already exists in ${NS}`);
    await alert.getByRole('link', { name: `Open the existing experiment “${name}”` }).click();
    await expect(page).toHaveURL(new RegExp(`/experiments/${experimentId}\\?ns=${NS}$`));
  });

  test('continues from a new experiment to the run form with it chosen', async ({
    page,
    signIn,
  }) => {
    await signIn('alice', `/experiments/new?ns=${NS}`);
    const form = new NewExperimentPage(page);
    const name = unique('tutorial-run');
    await form.name.fill(name);
    await form.createAndRun.click();
    await expect(page).toHaveURL(new RegExp(`/runs/new\\?experiment=[\\w-]+&ns=${NS}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/run/i);
    await expect(page.getByRole('group', { name: 'Experiment' }).getByText(name)).toBeVisible();
  });
});
