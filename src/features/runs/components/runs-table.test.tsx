import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createKfpClient, type KfpClient } from '@/lib/kfp/client.ts';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { uploadPipeline, uploadPipelineVersion } from '@/lib/kfp/pipelines.ts';
import { listRuns } from '@/lib/kfp/runs.ts';
import { parseRun, type Run } from '@/lib/kfp/wire/run.ts';
import { createTestQueryClient, createTestSession, renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator, TEST_BASE_URL, TEST_ORIGIN } from '@/testing/test-emulator.ts';
import { addPipelineYaml } from '../../../../emulator/routes/test-pipelines.ts';
import { openNameStore } from '../api/persisted-names';
import { prefetchRunPage } from '../api/use-run-page';
import { parseRunListState, runListFilter } from '../model/run-list-state';
import { RunsTable } from './runs-table';

const NS = 'kubeflow-alice';

/** The in-process emulator with a client that records every request path it sends. */
async function emulatorWithLog() {
  const emulator = await createTestEmulator();
  const requests: string[] = [];
  const client = createKfpClient({
    baseUrl: TEST_BASE_URL,
    origin: TEST_ORIGIN,
    getToken: () => Promise.resolve('alice'),
    onUnauthorized: () => Promise.resolve('redirecting'),
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      requests.push(url.pathname);
      return Promise.resolve(
        emulator.app.request(`${url.pathname.slice(TEST_BASE_URL.length)}${url.search}`, init),
      );
    },
  });
  return { client, admin: emulator.client('admin'), requests };
}

/**
 * Experiments alpha/beta/gamma and runs of version "pipe-private v2" of a private pipeline (even
 * runs) and of a shared pipeline's latest version "pipe-shared" (odd runs) — or, with `onePipeline`,
 * all of "pipe-private v2".
 */
async function seedRuns(
  client: KfpClient,
  admin: KfpClient,
  count: number,
  { onePipeline = false, finished = false } = {},
): Promise<Run[]> {
  const experiments = await Promise.all(
    ['alpha', 'beta', 'gamma'].map((name) =>
      createExperiment(client, { display_name: `exp ${name}`, namespace: NS }),
    ),
  );
  const file = (name: string) => new File([addPipelineYaml], `${name}.yaml`);
  const privatePipeline = await uploadPipeline(client, {
    file: file('pipe-private'),
    name: 'pipe-private',
    namespace: NS,
  });
  const version = await uploadPipelineVersion(client, {
    file: file('v2'),
    pipelineId: privatePipeline.pipeline_id,
    name: 'pipe-private v2',
  });
  // A shared pipeline (namespace ""), uploaded here by the administrator.
  const shared = await uploadPipeline(admin, { file: file('pipe-shared'), name: 'pipe-shared' });
  const runs: Run[] = [];
  for (let index = 0; index < count; index += 1) {
    const experiment = experiments[index % experiments.length];
    if (experiment === undefined) throw new Error('seed');
    const reference =
      onePipeline || index % 2 === 0
        ? {
            pipeline_id: privatePipeline.pipeline_id,
            pipeline_version_id: version.pipeline_version_id,
          }
        : { pipeline_id: shared.pipeline_id };
    runs.push(
      await client.post('/apis/v2beta1/runs', parseRun, {
        body: {
          display_name: `run ${String(index).padStart(3, '0')}`,
          experiment_id: experiment.experiment_id,
          pipeline_version_reference: reference,
          runtime_config: { parameters: { a: index } },
        },
      }),
    );
  }
  // Finished runs (terminated → FAILED, as on KFP 2.17) keep the list from polling.
  if (finished)
    for (const run of runs)
      await client.post(`/apis/v2beta1/runs/${run.run_id}:terminate`, () => undefined);
  return runs;
}

/** The last path segment of each request: `runs`, `experiments`, `versions`, … */
const endpoints = (requests: readonly string[]) =>
  requests.map((path) => path.replace(/^.*\//, ''));

const table = (name: string | RegExp = 'Runs') => screen.findByRole('table', { name });

/** References shown by a short id instead of a name (`1ab34e62…`). */
const shortIds = (list: HTMLElement) =>
  within(list)
    .queryAllByRole('link')
    .map((link) => link.textContent)
    .filter((label) => label.endsWith('…'));

describe('RunsTable against the emulator', () => {
  // Names found by earlier pages are kept in localStorage: each test starts from an empty browser.
  beforeEach(() => localStorage.clear());

  it('names every run of a page of 100 mixing shared and private pipelines (all lookups at once), and the next page from the list alone', async () => {
    const { client, admin, requests } = await emulatorWithLog();
    const [firstRun] = await seedRuns(client, admin, 100, { finished: true });
    const privatePipeline = firstRun?.pipeline_version_reference?.pipeline_id;
    // The next page below (50 rows) as the API lists it for the list's default sort, newest first.
    const nextPage = await listRuns(client, {
      namespace: NS,
      pageSize: 50,
      sortBy: 'created_at desc',
      filter: {
        predicates: [{ key: 'storage_state', operation: 'NOT_EQUALS', string_value: 'ARCHIVED' }],
      },
    });
    const privateRows = nextPage.items.filter(
      (run) => run.pipeline_version_reference?.pipeline_id === privatePipeline,
    ).length;
    expect(nextPage.items).toHaveLength(50);
    requests.length = 0;
    renderWithApp(<RunsTable namespace={NS} />, { client, namespace: NS, url: '/runs?size=100' });
    // The table is looked up afresh each time: it is drawn again while a new page loads.
    const runs = () => screen.getByRole('table', { name: 'Runs' });
    await table();
    const experimentLinks = () =>
      within(runs()).queryAllByRole('link', { name: /^exp (alpha|beta|gamma)$/ });
    const versionLinks = () =>
      within(runs()).queryAllByRole('link', { name: /^pipe-(private v2|shared)$/ });
    await waitFor(() => expect(experimentLinks()).toHaveLength(100), { timeout: 10_000 });
    await waitFor(() => expect(versionLinks()).toHaveLength(100), { timeout: 10_000 });
    expect(within(runs()).getAllByRole('row')).toHaveLength(101);
    expect(shortIds(runs())).toEqual([]);
    // The list, the experiments lookup and the versions of each pipeline (KFP lists versions per
    // pipeline): no name is left for a later page or a button.
    expect(endpoints(requests).sort()).toEqual(['experiments', 'runs', 'versions', 'versions']);

    // The next page (here: 50 rows per page) is named by what earlier lookups found.
    requests.length = 0;
    fireEvent.change(screen.getByLabelText('Rows per page'), { target: { value: '50' } });
    await waitFor(() => expect(within(runs()).getAllByRole('row')).toHaveLength(51), {
      timeout: 10_000,
    });
    await waitFor(() => expect(versionLinks()).toHaveLength(50), { timeout: 10_000 });
    // Exactly the API's page: runs created in the same instant come in id order, so the split varies.
    expect(
      within(runs())
        .getAllByRole('link', { name: /^run \d+$/ })
        .map((link) => link.textContent),
    ).toEqual(nextPage.items.map((run) => run.display_name));
    expect(within(runs()).queryAllByRole('link', { name: 'pipe-private v2' })).toHaveLength(
      privateRows,
    );
    expect(within(runs()).queryAllByRole('link', { name: 'pipe-shared' })).toHaveLength(
      50 - privateRows,
    );
    expect(endpoints(requests)).toEqual(['runs']);
    const shared = within(runs()).getAllByRole('link', { name: 'pipe-shared' })[0];
    expect(shared?.getAttribute('href')).toMatch(
      /^\/pipelines\/[\w-]+\?version=[\w-]+&ns=kubeflow-alice$/,
    );
  }, 30_000);

  it('after a reload (a new query cache, the same browser storage) names the whole page from the list alone', async () => {
    const { client, admin, requests } = await emulatorWithLog();
    await seedRuns(client, admin, 100, { finished: true });
    const versionLinks = () =>
      within(screen.getByRole('table', { name: 'Runs' })).queryAllByRole('link', {
        name: /^pipe-(private v2|shared)$/,
      });
    const visit = async (session = createTestSession().session) => {
      requests.length = 0;
      const view = renderWithApp(<RunsTable namespace={NS} />, {
        client,
        session,
        namespace: NS,
        url: '/runs?size=100',
      });
      await table();
      await waitFor(
        () =>
          expect(
            within(screen.getByRole('table', { name: 'Runs' })).queryAllByRole('link', {
              name: /^exp (alpha|beta|gamma)$/,
            }),
          ).toHaveLength(100),
        { timeout: 10_000 },
      );
      await waitFor(() => expect(versionLinks()).toHaveLength(100), { timeout: 10_000 });
      return view;
    };

    const first = await visit();
    expect(endpoints(requests).sort()).toEqual(['experiments', 'runs', 'versions', 'versions']);
    first.unmount();

    // A reload (or another tab): every name is kept in browser storage; only the list is asked for.
    const second = await visit();
    expect(endpoints(requests)).toEqual(['runs']);
    second.unmount();

    // Another user on the same browser starts from nothing.
    await visit(createTestSession({ name: 'Bob', email: 'bob@example.com' }).session);
    expect(endpoints(requests).sort()).toEqual(['experiments', 'runs', 'versions', 'versions']);
  }, 40_000);

  it('waits for the lookups a route loader already started instead of asking again', async () => {
    const { client, admin, requests } = await emulatorWithLog();
    await seedRuns(client, admin, 10, { finished: true });
    requests.length = 0;
    const queryClient = createTestQueryClient();
    const store = openNameStore(undefined, 'unused');
    const request = {
      namespace: NS,
      experimentId: undefined,
      pageSize: 20,
      pageToken: undefined,
      sortBy: 'created_at desc',
      filter: runListFilter(parseRunListState(new URLSearchParams())),
    };
    // Started as a loader does (not awaited), then the page renders while it runs.
    const prefetched = prefetchRunPage(queryClient, client, request, store);
    renderWithApp(<RunsTable namespace={NS} />, {
      client,
      queryClient,
      namespace: NS,
      url: '/runs?size=20',
    });
    await prefetched;
    const list = await table();
    await waitFor(
      () =>
        expect(
          within(list).getAllByRole('link', { name: /^pipe-(private v2|shared)$/ }),
        ).toHaveLength(10),
      { timeout: 10_000 },
    );
    expect(within(list).getAllByRole('link', { name: /^exp / })).toHaveLength(10);
    expect(endpoints(requests).sort()).toEqual(['experiments', 'runs', 'versions', 'versions']);
  }, 30_000);

  it('names every run of a page whose runs use one pipeline from three requests', async () => {
    const { client, admin, requests } = await emulatorWithLog();
    await seedRuns(client, admin, 100, { onePipeline: true, finished: true });
    requests.length = 0;
    renderWithApp(<RunsTable namespace={NS} />, { client, namespace: NS, url: '/runs?size=100' });
    const list = await table();
    await waitFor(
      () => expect(within(list).getAllByRole('link', { name: /^exp / })).toHaveLength(100),
      { timeout: 10_000 },
    );
    await waitFor(
      () =>
        expect(within(list).getAllByRole('link', { name: 'pipe-private v2' })).toHaveLength(100),
      { timeout: 10_000 },
    );
    expect(endpoints(requests).sort()).toEqual(['experiments', 'runs', 'versions']);
    expect(shortIds(list)).toEqual([]);
  }, 30_000);

  it('on an experiment page names the versions of both pipelines and asks for no experiment name', async () => {
    const { client, admin, requests } = await emulatorWithLog();
    const [first] = await seedRuns(client, admin, 6, { finished: true });
    if (first === undefined) throw new Error('seed');
    requests.length = 0;
    renderWithApp(<RunsTable namespace={NS} experimentId={first.experiment_id} />, {
      client,
      namespace: NS,
      url: '/runs?size=100',
    });
    const list = await table();
    await waitFor(
      () =>
        expect(
          within(list).getAllByRole('link', { name: /^pipe-(private v2|shared)$/ }),
        ).toHaveLength(2),
      { timeout: 10_000 },
    );
    expect(endpoints(requests)).toEqual(['runs', 'versions', 'versions']);
    expect(within(list).queryByRole('columnheader', { name: 'Experiment' })).toBeNull();
  }, 30_000);

  it('archives selected runs with a per-item result and shows them on the archived tab', async () => {
    const { client, admin } = await emulatorWithLog();
    await seedRuns(client, admin, 5);
    const { currentUrl } = renderWithApp(<RunsTable namespace={NS} />, {
      client,
      namespace: NS,
      url: '/runs',
    });
    const list = await table();
    fireEvent.click(await within(list).findByRole('checkbox', { name: 'Select run 001' }));
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Select run 003' }));
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', {
        name: 'Archive',
      }),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Archive 2 runs?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('2 succeeded');
    expect(within(dialog).getByText(/run 001 — done/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(list).queryByRole('link', { name: 'run 001' })).toBeNull());
    expect(within(list).getByRole('link', { name: 'run 000' })).toBeInTheDocument();

    fireEvent.mouseDown(screen.getByRole('tab', { name: 'Archived' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Archived' }));
    await waitFor(() => expect(currentUrl()).toContain('tab=archived'));
    const archived = await table('Archived runs');
    expect(await within(archived).findByRole('link', { name: 'run 003' })).toBeInTheDocument();
    expect(within(archived).getAllByRole('row')).toHaveLength(3);
  });

  it('reports a failed item with the server message and keeps the others', async () => {
    const { client, admin } = await emulatorWithLog();
    const [first, second] = await seedRuns(client, admin, 2);
    if (first === undefined || second === undefined) throw new Error('seed');
    for (const run of [first, second])
      await client.post(`/apis/v2beta1/runs/${run.run_id}:archive`, () => undefined);
    renderWithApp(<RunsTable namespace={NS} />, {
      client,
      namespace: NS,
      url: '/runs?tab=archived',
    });
    const list = await table('Archived runs');
    await within(list).findByRole('link', { name: 'run 000' });
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Select all rows on this page' }));
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 2 runs?' });
    // Someone else deletes one of them while the dialog asks.
    await client.delete(`/apis/v2beta1/runs/${first.run_id}`, () => undefined);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('1 succeeded, 1 failed');
    expect(within(dialog).getByText(/run 001 — done/)).toBeInTheDocument();
    const failed = within(dialog).getByText(/run 000 — failed/);
    expect(failed.textContent).toMatch(/not found/i);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await within(list).findByText('No archived runs')).toBeInTheDocument();
  });

  it('shows the server message and a retry when the namespace is forbidden', async () => {
    const { client } = await emulatorWithLog();
    renderWithApp(<RunsTable namespace="kubeflow-bob" />, {
      client,
      namespace: 'kubeflow-bob',
      url: '/runs',
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/kubeflow-bob|denied|forbidden|permission/i);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByText('No runs yet')).toBeNull();
  });

  it('keeps refreshing while runs are active and stops once none is', async () => {
    const { client, admin, requests } = await emulatorWithLog();
    const runs = await seedRuns(client, admin, 2);
    requests.length = 0;
    renderWithApp(<RunsTable namespace={NS} />, { client, namespace: NS, url: '/runs' });
    await table();
    const listCalls = () => requests.filter((path) => path.endsWith('/runs')).length;
    await waitFor(() => expect(listCalls()).toBeGreaterThanOrEqual(2), { timeout: 4000 });
    for (const run of runs)
      await client.post(`/apis/v2beta1/runs/${run.run_id}:terminate`, () => undefined);
    await waitFor(() => expect(screen.getAllByText('Failed')).toHaveLength(2), { timeout: 4000 });
    const settled = listCalls();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(listCalls()).toBe(settled);
  }, 15_000);
});
