import { expect, type Locator, type Page } from '@playwright/test';

/** `/pipelines/upload`: the upload form for a new pipeline or (with `?pipeline=`) a new version. */
export class UploadPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly pipelineName: Locator;
  readonly versionName: Locator;
  readonly description: Locator;
  readonly uploadPipeline: Locator;
  readonly uploadVersion: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.fileInput = page.getByLabel('Pipeline file');
    this.pipelineName = page.getByLabel('Pipeline name');
    this.versionName = page.getByLabel('Version name');
    this.description = page.getByLabel(/^Description/);
    this.uploadPipeline = page.getByRole('button', { name: 'Upload pipeline' });
    this.uploadVersion = page.getByRole('button', { name: 'Upload version' });
  }

  async open(namespace: string): Promise<void> {
    await this.page.goto(`/pipelines/upload?ns=${namespace}`);
    await expect(this.heading).toHaveText('Upload a pipeline');
  }

  /** Picks a file the way the browser's picker does (setInputFiles with an in-memory buffer). */
  async chooseFile(name: string, content: string | Buffer): Promise<void> {
    await this.fileInput.setInputFiles({
      name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(content),
    });
  }

  /** The chosen file's card: "Checking…", the kind of pipeline, or why it is refused. */
  fileStatus(fileName: string): Locator {
    return this.page.locator('[data-tone]').filter({ hasText: fileName });
  }

  async expectReady(fileName: string): Promise<void> {
    await expect(this.fileStatus(fileName)).toContainText('Ready to upload');
  }
}

/** `/experiments/new`. */
export class NewExperimentPage {
  readonly name: Locator;
  readonly description: Locator;
  readonly create: Locator;
  readonly createAndRun: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByLabel('Experiment name');
    this.description = page.getByLabel(/^Description/);
    this.create = page.getByRole('button', { name: 'Create experiment' });
    this.createAndRun = page.getByRole('button', { name: 'Create and start a run' });
  }

  async open(namespace: string): Promise<void> {
    await this.page.goto(`/experiments/new?ns=${namespace}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('New experiment');
  }
}
