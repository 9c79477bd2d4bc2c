import { expect, test } from '../fixtures.ts';
import {
  count,
  createExperiment,
  createPipeline,
  createRun,
  endRun,
  escapeRegExp,
  first,
  NS,
  pad,
  runsPage,
  text,
  uniquePrefix,
  waitUntilFinished,
} from '../list-data.ts';
import { ListPage } from '../pages/list-page.ts';

test.describe('runs list names', () => {
  test('runs: a page of 100 runs mixing private and shared pipelines shows every name at first paint, never an id, and a reload names it from the list alone', async ({
    page,
    signIn,
    api,
  }) => {
    test.setTimeout(120_000);
    // Signed in on a page that looks up no run names, so the names below are found by this page.
    await signIn('alice', '/experiments');
    const prefix = uniquePrefix('names');
    const experimentId = await createExperiment(api, `${prefix} experiment`);
    const privateId = await createPipeline(api, `${prefix} pipeline`);
    // A seeded shared pipeline (namespace ""), run at its latest version.
    const sharedId = text(
      first(await api.get('/apis/v2beta1/pipelines?page_size=1'), 'pipelines'),
      'pipeline_id',
    );
    const sharedVersion = text(
      first(
        await api.get(
          `/apis/v2beta1/pipelines/${sharedId}/versions?page_size=1&sort_by=created_at%20desc`,
        ),
        'pipeline_versions',
      ),
      'display_name',
    );
    const runIds: string[] = [];
    for (let index = 0; index < 100; index += 1)
      runIds.push(
        await createRun(
          api,
          `${prefix} run ${pad(index)}`,
          experimentId,
          index % 2 === 0 ? privateId : sharedId,
        ),
      );
    // Finished runs do not poll, so only the page's own requests are counted.
    for (const runId of runIds) await endRun(api, runId);
    await waitUntilFinished(api, prefix);
    const runs = new ListPage(page, 'Runs');

    // Every text a link of the runs table ever showed, from the first paint on (a new document each load).
    await page.addInitScript(() => {
      const seen = new Set<string>();
      Reflect.set(window, '__runsTableLinks', seen);
      new MutationObserver(() => {
        for (const link of document.querySelectorAll('table tbody a')) seen.add(link.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const shownLinks = () =>
      page.evaluate(() => {
        const seen: unknown = Reflect.get(window, '__runsTableLinks');
        return seen instanceof Set ? [...seen].map(String) : [];
      });
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/pipeline/apis/') && !url.pathname.endsWith('/healthz'))
        requests.push(`${request.method()} ${url.pathname}`);
    });
    const privateVersion = `${prefix} pipeline v1`;
    const versionLinks = () =>
      runs.table.getByRole('link', {
        name: new RegExp(`^(${escapeRegExp(privateVersion)}|${escapeRegExp(sharedVersion)})$`),
      });
    const versionsOf = (pipelineId: string) =>
      `GET /pipeline/apis/v2beta1/pipelines/${pipelineId}/versions`;

    // A first visit (nothing looked up before): the exact names from the API, and never an id.
    await page.goto(`/runs?ns=${NS}&size=100&q=${encodeURIComponent(prefix)}`);
    await expect(runs.rows).toHaveCount(100);
    await expect(runs.table.getByRole('link', { name: `${prefix} experiment` })).toHaveCount(100);
    await expect(runs.table.getByRole('link', { name: privateVersion, exact: true })).toHaveCount(
      50,
    );
    await expect(runs.table.getByRole('link', { name: sharedVersion, exact: true })).toHaveCount(
      50,
    );
    await expect(page.getByRole('button', { name: 'Load names' })).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    // A short id ("1ab34e62…") or a whole one never showed, not even before the names came.
    const idLike = /^[0-9a-f]{8}(…|-[0-9a-f-]+)$/;
    expect((await shownLinks()).filter((label) => idLike.test(label))).toEqual([]);
    // Each name was asked for once: the experiments, and the versions of each pipeline.
    expect([...requests].sort()).toEqual(
      [
        'GET /pipeline/apis/v2beta1/runs',
        'GET /pipeline/apis/v2beta1/experiments',
        versionsOf(privateId),
        versionsOf(sharedId),
      ].sort(),
    );

    // A reload forgets the query cache but not the names found (browser storage): only the list.
    requests.length = 0;
    await page.reload();
    await expect(runs.rows).toHaveCount(100);
    await expect(runs.table.getByRole('link', { name: `${prefix} experiment` })).toHaveCount(100);
    await expect(versionLinks()).toHaveCount(100);
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual(['GET /pipeline/apis/v2beta1/runs']);
    expect((await shownLinks()).filter((label) => idLike.test(label))).toEqual([]);

    // The next page (50 rows) shows exactly the runs the API lists for the same query and sort (the
    // list's default, newest first); every name is known by now, so only the list is asked for.
    const expected = await runsPage(api, prefix, 50);
    const sharedRows = expected.filter((run) => run.pipelineId === sharedId).length;
    expect(sharedRows + expected.filter((run) => run.pipelineId === privateId).length).toBe(50);
    requests.length = 0;
    await runs.pageSize.selectOption('50');
    await runs.expectNames(expected.map((run) => run.name));
    await expect(runs.table.getByRole('link', { name: sharedVersion, exact: true })).toHaveCount(
      sharedRows,
    );
    await expect(runs.table.getByRole('link', { name: privateVersion, exact: true })).toHaveCount(
      50 - sharedRows,
    );
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual(['GET /pipeline/apis/v2beta1/runs']);
  });

  test('runs: the recurring-run column names the recurring run that started a run', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const prefix = uniquePrefix('rr-runs');
    const experimentId = await createExperiment(api, `${prefix} experiment`);
    const pipelineId = await createPipeline(api, `${prefix} pipeline`);
    // Hourly since 2.5 hours ago: the scheduler catches up two runs at once.
    const startTime = new Date(Date.now() - 2.5 * 3600_000).toISOString();
    const recurringRun = await api.post('/apis/v2beta1/recurringruns', {
      display_name: `${prefix} hourly`,
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
      trigger: { periodic_schedule: { interval_second: '3600', start_time: startTime } },
      max_concurrency: '5',
      mode: 'ENABLE',
    });
    const recurringRunId = text(recurringRun, 'recurring_run_id');
    await expect
      .poll(
        async () =>
          count(
            await api.get(
              `/apis/v2beta1/runs?namespace=${NS}&filter=${encodeURIComponent(JSON.stringify({ predicates: [{ key: 'display_name', operation: 'IS_SUBSTRING', string_value: prefix }] }))}`,
            ),
            'runs',
          ),
        { timeout: 30_000 },
      )
      .toBe(2);
    await api.post(`/apis/v2beta1/recurringruns/${recurringRunId}:disable`);

    const runs = new ListPage(page, 'Runs');
    await page.goto(`/runs?ns=${NS}&q=${encodeURIComponent(prefix)}`);
    await expect(runs.rows).toHaveCount(2);
    // The recurring run is named like the experiment and the version, with the rows: no button, no id.
    const link = runs.table.getByRole('link', { name: `${prefix} hourly`, exact: true });
    await expect(link).toHaveCount(2);
    await expect(runs.table.getByRole('link', { name: `${prefix} pipeline v1` })).toHaveCount(2);
    await expect(link.first()).toHaveAttribute(
      'href',
      `/recurring-runs/${recurringRunId}?ns=${NS}`,
    );
    await expect(page.getByRole('button', { name: 'Load names' })).toHaveCount(0);
  });
});
