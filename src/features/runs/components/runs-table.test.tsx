import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { listRuns } from '@/lib/kfp/runs.ts';
import { createTestQueryClient, createTestSession, renderWithApp } from '@/testing/render.tsx';
import { openNameStore } from '../api/persisted-names.ts';
import { prefetchRunPage } from '../api/run-page-prefetch.ts';
import { parseRunListState, runListFilter } from '../model/run-list-state.ts';
import { RunsTable } from './runs-table.tsx';
import {
  NS,
  emulatorWithLog,
  seedRuns,
  endpoints,
  table,
  shortIds,
} from './runs-table.test-kit.ts';

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
});
