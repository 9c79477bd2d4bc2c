import type { Locator, Page } from '@playwright/test';
import { expect, OIDC_USER_KEY, test, type ErrorGuard } from '../fixtures.ts';
import {
  plotOf,
  RunOutput,
  seededRunId,
  serveArtifactFiles,
  serveUiMetadata,
  v1NodeIds,
} from '../pages/visualizations.ts';
import { v2ArtifactUri } from '../pages/v2-outputs.ts';
import {
  HOSTILE_HTML,
  HOSTILE_MARKDOWN,
  HOSTILE_METADATA,
  DEEP_METADATA,
  HUGE_METADATA,
} from '../hostile-outputs.ts';

/**
 * The hostile corpus in the real dashboard: the ReadArtifact answers of a seeded run's
 * `mlpipeline-ui-metadata` are replaced (page.route) by hostile documents. The thing under test is
 * the dashboard's containment: nothing may run in its origin, read its token or break the other outputs.
 */

/** What must not move while hostile outputs render. */
interface AppState {
  readonly url: string;
  readonly token: string | null;
  readonly theme: string | null;
}

/**
 * Watches for escapes before the page loads: dialogs, and the messages the app window receives with
 * their origin (a sandboxed frame's is opaque: "null"). The sandbox's reports of blocked calls are expected noise.
 */
async function watchForEscapes(page: Page, errorGuard: ErrorGuard): Promise<string[]> {
  errorGuard.allow(
    /Ignored call to 'alert\(\)'|Unsafe attempt to initiate navigation|not allowed to navigate|Blocked a frame with origin/,
  );
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.addEventListener('message', (event) => {
      const seen: unknown = Reflect.get(window, '__messages');
      const list: unknown[] = Array.isArray(seen) ? seen : [];
      Reflect.set(window, '__messages', [...list, event.origin]);
    });
  });
  return dialogs;
}

async function appState(page: Page): Promise<AppState> {
  return {
    url: page.url(),
    token: await page.evaluate((key) => window.sessionStorage.getItem(key), OIDC_USER_KEY),
    theme: await page.evaluate(() => window.localStorage.getItem('kfp-dashboard.theme')),
  };
}

/** The HOSTILE_HTML web app ran, in its own opaque origin: every reach for the dashboard was refused. */
async function expectContainedWebApp(card: Locator): Promise<void> {
  const frame = card.locator('iframe');
  await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
  const result = frame.contentFrame().locator('#result');
  await expect(result).not.toHaveText('pending');
  const attempts: unknown = JSON.parse((await result.textContent()) ?? '{}');
  expect(attempts).toMatchObject({
    parentDocument: 'blocked: SecurityError',
    parentFlag: 'blocked: SecurityError',
    parentEval: 'blocked: SecurityError',
    cookie: 'blocked: SecurityError',
    localStorage: 'blocked: SecurityError',
    sessionStorage: 'blocked: SecurityError',
    postMessage: 'allowed: sent',
  });
  expect(JSON.stringify(attempts)).not.toMatch(/"topLocation":"allowed/);
}

/** HOSTILE_MARKDOWN: rendered, with its HTML as text, no script, no image, no javascript: link. */
async function expectInertMarkdown(markdown: Locator): Promise<void> {
  await expect(markdown.getByRole('heading', { level: 1, name: 'Hostile notes' })).toBeVisible();
  await expect(markdown).toContainText('<script>window.__hostile = "markdown script"</script>');
  await expect(markdown).toContainText('<b>raw bold</b>');
  await expect(markdown.locator('script, img, b, iframe')).toHaveCount(0);
  // The javascript: URL is dropped: the text stays, the link goes nowhere.
  await expect(markdown.getByText('click me')).toBeVisible();
  await expect(markdown.getByText('click me')).not.toHaveAttribute('href', /javascript:/i);
  await expect(markdown.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(markdown.getByRole('link', { name: 'raw link' })).toHaveCount(0);
}

/** Nothing ran in the dashboard's origin and nothing moved; the app only heard from opaque origins. */
async function expectNothingEscaped(
  page: Page,
  before: AppState,
  dialogs: readonly string[],
  title: string,
): Promise<void> {
  expect(dialogs).toEqual([]);
  const windowValue = (name: string) =>
    page.evaluate((key): unknown => Reflect.get(window, key), name);
  expect(await windowValue('__hostile')).toBeUndefined();
  expect(await appState(page)).toEqual(before);
  // The app did receive messages (the hostile one, the frames' height reports), all from the opaque origin.
  const origins = await windowValue('__messages');
  expect(
    Array.isArray(origins) && origins.length > 0 && origins.every((origin) => origin === 'null'),
  ).toBe(true);
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(title);
}

test('hostile visualization outputs in the browser: nothing escapes, errors say what is wrong, the other outputs render', async ({
  page,
  signIn,
  api,
  errorGuard,
}) => {
  const dialogs = await watchForEscapes(page, errorGuard);
  await signIn('alice', '/runs');
  const runId = await seededRunId(api, 'YOLO 10 epochs');
  const nodes = await v1NodeIds(api, runId);
  await serveUiMetadata(
    page,
    new Map([
      [nodes.get('yolo-train') ?? 'missing', HOSTILE_METADATA],
      [nodes.get('tensorboard-visualization') ?? 'missing', DEEP_METADATA],
      [nodes.get('visualize-image') ?? 'missing', HUGE_METADATA],
    ]),
  );
  const output = new RunOutput(page);
  await output.open(runId);
  const before = await appState(page);
  expect(before.token).not.toBeNull();
  const step = output.step('yolo-train');
  await output.reveal('yolo-train');

  await expectContainedWebApp(output.card('yolo-train', 'Static HTML'));
  await expectInertMarkdown(output.card('yolo-train', 'Markdown'));

  // Table: header and cells are text.
  const table = output.card('yolo-train', 'Table');
  await expect(table.getByRole('columnheader', { name: '<b>name</b>' })).toBeVisible();
  await expect(
    table.getByRole('cell', { name: '<img src=x onerror=window.__hostile=1>' }),
  ).toBeVisible();
  await expect(
    table.getByRole('cell', { name: '<script>window.__hostile=2</script>' }),
  ).toBeVisible();
  await expect(table.locator('tbody img, tbody script, thead b')).toHaveCount(0);

  // Confusion matrix: HTML labels are axis text, not markup; the counts are right.
  const matrixCard = step.getByRole('region', { name: 'Confusion matrix', exact: true });
  const plot = await plotOf(matrixCard);
  expect(plot.traces[0]?.z).toEqual([
    [3, 1],
    [0, 4],
  ]);
  await expect(matrixCard.locator('.ytick text')).toHaveText([
    '<img src=x onerror=alert(1)>',
    '<b>bold</b>',
  ]);
  await expect(matrixCard.locator('svg img, svg b, svg a')).toHaveCount(0);

  // The wrong shape is an error card that names the problem; the harmless ROC curve still draws.
  await expect(
    step.getByRole('alert').filter({ hasText: 'Cannot show this confusion matrix' }),
  ).toContainText('3 labels need 9 rows, got 8');
  await expect(output.card('yolo-train', 'ROC curve').locator('.legendtext')).toHaveText(
    'inline data (AUC 0.750)',
  );

  // Deep and huge metadata of the other steps: messages, not a frozen or broken page.
  await output.reveal('TensorBoard logs');
  await expect(output.step('TensorBoard logs')).toContainText('nested deeper than 64 levels');
  await output.reveal('visualize-image');
  await expect(output.step('visualize-image')).toContainText(/larger than the 16 MB limit/);

  await expectNothingEscaped(page, before, dialogs, 'YOLO 10 epochs');
});

// v2 artifact URIs from tasks[] (next) or ML Metadata (released): both passes run it.
test(
  'hostile v2 HTML and Markdown artifacts (served through artifacts/get): nothing escapes, the other outputs render',
  { tag: '@both-modes' },
  async ({ page, signIn, api, errorGuard }) => {
    const dialogs = await watchForEscapes(page, errorGuard);
    await signIn('alice', '/runs');
    const runId = await seededRunId(api, 'Learning-rate sweep');
    const report = await v2ArtifactUri(api, page, runId, 'dataset-report', 'report');
    const modelCard = await v2ArtifactUri(api, page, runId, 'register-model', 'model_card');
    await serveArtifactFiles(
      page,
      new Map([
        [report, HOSTILE_HTML],
        [modelCard, HOSTILE_MARKDOWN],
      ]),
    );
    const output = new RunOutput(page);
    await output.open(runId);
    const before = await appState(page);
    expect(before.token).not.toBeNull();

    // system.HTML: in the sandboxed frame, which reaches nothing of the dashboard.
    await output.reveal('dataset-report');
    await expectContainedWebApp(output.card('dataset-report', 'report · Static HTML'));
    // system.Markdown: rendered inert.
    await output.reveal('register-model');
    await expectInertMarkdown(output.card('register-model', 'model_card · Markdown'));

    // The run's other outputs still render: the metrics of each training, a ROC curve per evaluation.
    await output.reveal('train-model');
    await expect(
      output
        .step('train-model')
        .getByRole('row', { name: /^accuracy \d\.\d{3}$/ })
        .first(),
    ).toBeVisible();
    await output.reveal('evaluate-model');
    const roc = output
      .step('evaluate-model')
      .getByRole('region', { name: 'metrics · ROC curve' })
      .first();
    await expect(roc.locator('.legendtext')).toContainText(/AUC \d\.\d{3}/);

    await expectNothingEscaped(page, before, dialogs, 'Learning-rate sweep');
  },
);
