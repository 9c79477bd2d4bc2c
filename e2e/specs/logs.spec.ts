import { parse } from 'yaml';
import { longLogPipelineYaml } from '../../emulator/seed/large-pipelines.ts';
import type { Page } from '@playwright/test';
import { expect, test, type KfpApi } from '../fixtures.ts';
import { LogViewerPanel } from '../pages/log-viewer.ts';
import { RunPage } from '../pages/run-page.ts';
import { runLabel, saveScreens, seedPipelineDocument, startPipelineRun } from '../seed-runs.ts';

const NS = 'kubeflow-alice';
/** The emulator's `emit_log_lines(lines)` component logs one line per step: "… INFO step 000042/100000 loss=…". */
const LINES = 100_000;
/** Every thousandth step below 100,000 (step numbers are zero-padded to six digits). */
const PATTERN = 'step 0\\d\\d000/';
/** A pattern that takes exponential time on every line of that log. */
const RUNAWAY = '(.+)+#';
const MATCHED_STEPS = Array.from({ length: LINES }, (_, i) => i + 1).filter(
  (step) => step % 1000 === 0 && step < 100_000,
);

/** Uploads the benchmark's one-task "long log" pipeline (the large profile's) and runs it once. */
async function startLongLogRun(api: KfpApi): Promise<string> {
  const spec: unknown = parse(longLogPipelineYaml(LINES));
  return startPipelineRun(api, `e2e-long-log-${Date.now().toString(36)}`, spec, { lines: LINES });
}

/**
 * Signs alice in, starts a long-log run and opens its step's Logs tab once the run has succeeded or
 * while the step is still running.
 */
async function openLongLog(
  page: Page,
  signIn: (user: string, url?: string) => Promise<void>,
  api: KfpApi,
  when: 'succeeded' | 'running',
): Promise<{ run: RunPage; log: LogViewerPanel }> {
  await signIn('alice', '/runs');
  const run = new RunPage(page);
  await run.open(await startLongLogRun(api), `?ns=${NS}`);
  if (when === 'succeeded')
    await expect(run.runState()).toHaveText('Succeeded', { timeout: 90_000 });
  else
    await expect(run.nodeState('emit-log-lines')).toHaveAttribute('data-state', 'RUNNING', {
      timeout: 30_000,
    });
  await run.openNode('emit-log-lines');
  await run.nodeTab('Logs').click();
  return { run, log: new LogViewerPanel(page) };
}

/** Set to a directory to save light and dark screenshots of the archived log (for review, never the repo). */
const SCREENS = process.env.LOGS_SCREENS;

test.describe('archived logs', () => {
  // `no_log_archive`: a cluster whose Argo archives no logs; a v2 step still has the launcher's
  // executor-logs output (KFP ≥ 2.5), which the dashboard reads as KFP's UI does since 2.16.
  for (const [file, kind, says, archive] of [
    ['data-handling-v2', 'v2', 'so the UI server read this log from the archive Argo wrote', {}],
    ['data-handling', 'v1', "this is the run's main-logs artifact", {}],
    [
      'data-handling-v2',
      'v2-executor-logs',
      "this is the step's executor-logs output",
      { no_log_archive: true },
    ],
  ] as const) {
    test(`a ${kind} step whose pod vanished shows its archived log, marked as the archived copy`, async ({
      page,
      signIn,
      api,
      errorGuard,
    }) => {
      // The UI server's "pod not found" (v1) and the k8s/pod read of a gone pod (500) are expected.
      errorGuard.allow(/status of (500|404)/);
      await signIn('alice', '/runs');
      const run = new RunPage(page);
      // A b no other run used: the v2 task is not taken from the cache (a cached step has no pod).
      const b = 5 + (Date.now() % 100_000);
      const runId = await startPipelineRun(
        api,
        runLabel('archived', file),
        seedPipelineDocument(file),
        { a: 3, b, vanish_pods: true, ...archive },
      );
      await run.open(runId, `?ns=${NS}`);
      await expect(run.runState()).toHaveText('Succeeded', { timeout: 90_000 });
      await run.openNode('multiply');
      await run.nodeTab('Logs').click();
      const note = run.panel.getByRole('note', { name: 'Archived log' });
      await expect(note).toContainText('Archived copy.', { timeout: 20_000 });
      await expect(note).toContainText(says);
      const log = new LogViewerPanel(page);
      await expect(log.lines).toContainText(/\S/);
      await saveScreens(page, SCREENS, `archived-${kind}`);
    });
  }
});

test.describe('logs', () => {
  test.describe.configure({ timeout: 150_000 });

  test('searches a 100,000-line log with a regex, steps to a far match, links a line and lands there again after a reload', async ({
    page,
    signIn,
    api,
  }) => {
    const { run, log } = await openLongLog(page, signIn, api, 'succeeded');
    // The task's lines, and the few the container prints around them.
    await expect(log.toolbar).toContainText(/\b100,\d{3} lines/, { timeout: 20_000 });

    const pattern = PATTERN;
    const expected = MATCHED_STEPS;
    await log.regexToggle.click();
    await expect(log.regexToggle).toHaveAttribute('aria-pressed', 'true');
    await log.findBox.fill(pattern);
    await expect(log.matchCount).toHaveText(`1 of ${String(expected.length)}`);
    await expect(log.currentMatchRow()).toContainText('step 001000/100000');
    await log.next.click();
    await expect(log.matchCount).toHaveText(`2 of ${String(expected.length)}`);
    await log.previous.click();
    await expect(log.matchCount).toHaveText(`1 of ${String(expected.length)}`);

    // Previous from the first wraps to the last match, near the end of the log: only rows around it exist.
    await log.previous.click();
    const lastStep = expected.at(-1) ?? 0;
    await expect(log.matchCount).toHaveText(
      `${String(expected.length)} of ${String(expected.length)}`,
    );
    await expect(log.currentMatchRow()).toContainText(`step 0${String(lastStep)}/100000`);
    // Its line number (the container's preamble comes first): where the permalink must lead.
    const last = Number(await log.currentMatchRow().getByRole('link').textContent());
    expect(last).toBeGreaterThanOrEqual(lastStep);
    await expect(log.lineLink(last)).toBeInViewport();
    await expect(log.lineLink(1)).toHaveCount(0);
    expect(await log.renderedRows().count()).toBeLessThan(200);
    // Enter in the find box steps too (and wraps forward to the first).
    await log.findBox.press('Enter');
    await expect(log.matchCount).toHaveText(`1 of ${String(expected.length)}`);
    await log.findBox.press('Shift+Enter');
    await expect(log.lineLink(last)).toBeInViewport();

    // The line's permalink selects it; node, tab, line and find are all in the URL.
    await log.lineLink(last).click();
    await expect(log.lineLink(last)).toHaveAttribute('aria-current', 'location');
    await expect(page).toHaveURL(new RegExp(`[?&]line=${String(last)}(&|$)`));
    const url = new URL(page.url());
    expect(url.searchParams.get('node')).toMatch(/emit-log-lines$/);
    expect(url.searchParams.get('ntab')).toBe('logs');
    expect(url.searchParams.get('find')).toBe(pattern);
    expect(url.searchParams.get('regex')).toBe('1');

    await page.reload();
    await expect(run.panel.getByRole('heading', { name: 'emit-log-lines' })).toBeVisible();
    await expect(run.nodeTab('Logs')).toHaveAttribute('aria-selected', 'true');
    await expect(log.lineLink(last)).toHaveAttribute('aria-current', 'location', {
      timeout: 20_000,
    });
    await expect(log.lineLink(last)).toBeInViewport();
    await expect(log.findBox).toHaveValue(pattern);
    await expect(log.regexToggle).toHaveAttribute('aria-pressed', 'true');
    await expect(log.matchCount).toHaveText(
      `${String(expected.length)} of ${String(expected.length)}`,
    );
  });

  test('follows a 100,000-line log while its task runs; the find count grows with it to the final figure', async ({
    page,
    signIn,
    api,
  }) => {
    const { log } = await openLongLog(page, signIn, api, 'running');
    await expect(log.toolbar).toContainText('running', { timeout: 20_000 });
    await expect(log.toolbar.getByRole('button', { name: 'Follow' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const lineCount = async () =>
      Number(
        (/([\d,]+) lines?/.exec((await log.toolbar.textContent()) ?? '')?.[1] ?? '0').replaceAll(
          ',',
          '',
        ),
      );
    const first = await lineCount();
    await expect.poll(lineCount, { timeout: 30_000 }).toBeGreaterThan(first);

    // Searching while the log grows: the count follows the new lines and ends at the whole log's figure.
    const expected = MATCHED_STEPS.length;
    await log.regexToggle.click();
    await log.findBox.fill(PATTERN);
    await expect(log.toolbar).not.toContainText('running', { timeout: 90_000 });
    await expect(log.toolbar).toContainText(/\b100,\d{3} lines/);
    await expect(log.matchCount).toHaveText(new RegExp(`^\\d+ of ${String(expected)}$`));
  });

  test('stops a regex from a link that would run for ever, says so, and the page stays usable', async ({
    page,
    signIn,
    api,
  }) => {
    const { run, log } = await openLongLog(page, signIn, api, 'succeeded');
    await expect(log.toolbar).toContainText(/\b100,\d{3} lines/, { timeout: 20_000 });

    // A shared link with a catastrophic pattern: (.+)+ tries every way to split each ~60-character line
    // before "#" fails. ((a+)+$ is as bad only on long runs of "a", which this log has none of.)
    const url = new URL(page.url());
    url.searchParams.set('find', RUNAWAY);
    url.searchParams.set('regex', '1');
    await page.goto(url.toString());
    await expect(log.findBox).toHaveValue(RUNAWAY, { timeout: 20_000 });
    await expect(log.matchCount).toHaveText('Stopped', { timeout: 20_000 });
    const problem = page.getByText(/^Stopped: the regular expression/);
    await expect(problem).toHaveText(
      `Stopped: the regular expression ${RUNAWAY} took longer than 2 s on this log. Simplify it: nested repetition such as (a+)+ or (.+)+ can take exponentially long.`,
    );
    await expect(log.findBox).toHaveAccessibleDescription(/took longer than 2 s/);

    // The page answers: the log scrolls to its end, and the node panel switches tabs and back.
    await log.lines.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(log.lines).toContainText('step 100000/100000');
    await run.nodeTab('Details').click();
    await expect(run.nodeTab('Details')).toHaveAttribute('aria-selected', 'true');
    await run.nodeTab('Logs').click();
    await expect(log.findBox).toHaveValue(RUNAWAY);

    // A simpler pattern finds its matches at once, and the message goes.
    await log.findBox.fill('step 04200\\d/');
    await expect(log.matchCount).toHaveText(/^\d+ of 10$/);
    await expect(problem).toHaveCount(0);
    await expect(log.currentMatchRow()).toContainText(/step 04200\d\/100000/);
  });
});
