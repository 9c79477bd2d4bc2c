import { expect, type Locator, type Page } from '@playwright/test';

/** The value at `keys` in a JSON answer, or undefined. */
export function field(value: unknown, ...keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.entries(current).find(([name]) => name === key)?.[1];
  }
  return current;
}

/** The start-run form (`/runs/new`) and the recurring run page it leads to. Role and label locators only. */
export class RunFormPage {
  readonly form: Locator;
  readonly runName: Locator;
  readonly submitRun: Locator;
  readonly submitRecurring: Locator;
  readonly problems: Locator;
  readonly diffTable: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Start a run' });
    this.runName = page.getByLabel('Run name', { exact: true });
    this.submitRun = page.getByRole('button', { name: 'Start run' });
    this.submitRecurring = page.getByRole('button', { name: 'Create recurring run' });
    this.problems = page
      .getByRole('alert')
      .filter({ hasText: 'attention before the run can start' });
    this.diffTable = page.getByRole('table', { name: 'Differences from the defaults' });
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/runs/new${query}`);
    await expect(this.form).toBeVisible();
  }

  /** Chooses a shared pipeline by its name, then its newest version (or `version` by name). */
  async choosePipeline(name: string, version?: string): Promise<void> {
    await this.page.getByLabel('Search pipelines').fill(name);
    await this.page
      .getByRole('list', { name: 'Pipelines' })
      .getByRole('radio', { name, exact: true })
      .click();
    const versions = this.page.getByRole('list', { name: 'Versions' });
    const option =
      version === undefined
        ? versions.getByRole('radio').first()
        : versions.getByRole('radio', { name: version, exact: true });
    await option.click();
  }

  async chooseExperiment(name: string): Promise<void> {
    await this.page.getByLabel('Search experiments').fill(name);
    await this.page
      .getByRole('list', { name: 'Experiments' })
      .getByRole('radio', { name, exact: true })
      .click();
  }

  parameter(name: string): Locator {
    return this.form.getByLabel(name, { exact: true });
  }

  async chooseRecurring(): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Run type' })
      .getByRole('radio', { name: 'Recurring' })
      .check();
  }

  /** Switches the recurring trigger to a cron expression and answers its field. */
  async chooseCron(): Promise<Locator> {
    await this.page
      .getByRole('radiogroup', { name: 'Trigger type' })
      .getByRole('radio', { name: 'Cron' })
      .check();
    return this.page.getByLabel('Cron expression');
  }

  /** The parameters (`runtime_config.parameters`) of the run the form started and navigated to. */
  async startedRunParameters(): Promise<unknown> {
    const runId = await this.landedOnRun();
    return field(await this.apiGet(`/apis/v2beta1/runs/${runId}`), 'runtime_config', 'parameters');
  }

  /** The run id of the run page the form navigated to. */
  async landedOnRun(): Promise<string> {
    await this.page.waitForURL(/\/runs\/(?!new)[^/?]+/);
    const id = /\/runs\/([^/?]+)/.exec(new URL(this.page.url()).pathname)?.[1];
    if (!id) throw new Error(`not on a run page: ${this.page.url()}`);
    return decodeURIComponent(id);
  }

  async landedOnRecurringRun(): Promise<string> {
    await this.page.waitForURL(/\/recurring-runs\/[^/?]+/);
    const id = /\/recurring-runs\/([^/?]+)/.exec(new URL(this.page.url()).pathname)?.[1];
    if (!id) throw new Error(`not on a recurring run page: ${this.page.url()}`);
    return decodeURIComponent(id);
  }

  /** GET on the KFP API through the dashboard's own proxy, with the page's bearer token. */
  async apiGet(path: string): Promise<unknown> {
    return this.page.evaluate(async (target) => {
      const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
      const stored: unknown = key ? JSON.parse(sessionStorage.getItem(key) ?? 'null') : null;
      const token =
        typeof stored === 'object' &&
        stored !== null &&
        'access_token' in stored &&
        typeof stored.access_token === 'string'
          ? stored.access_token
          : '';
      const response = await fetch(`/pipeline${target}`, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok)
        throw new Error(`GET ${target} → ${response.status}: ${await response.text()}`);
      const body: unknown = await response.json();
      return body;
    }, path);
  }
}
