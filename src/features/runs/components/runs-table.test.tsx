import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createKfpClient, type KfpClient } from '@/lib/kfp/client.ts';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { parseRun, type Run } from '@/lib/kfp/wire/run.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator, TEST_BASE_URL, TEST_ORIGIN } from '@/testing/test-emulator.ts';
import { addPipelineYaml } from '../../../../emulator/routes/test-pipelines.ts';
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
      return Promise.resolve(emulator.app.request(`${url.pathname.slice(TEST_BASE_URL.length)}${url.search}`, init));
    },
  });
  return { client, admin: emulator.client('admin'), requests };
}

/** Experiments alpha/beta/gamma and runs of a private pipeline (even runs) and a shared or private one (odd runs). */
async function seedRuns(client: KfpClient, admin: KfpClient, count: number, { sharedPipeline = true, finished = false } = {}): Promise<Run[]> {
  const experiments = await Promise.all(['alpha', 'beta', 'gamma'].map((name) => createExperiment(client, { display_name: `exp ${name}`, namespace: NS })));
  const pipelines = [];
  for (const [name, namespace] of [
    ['pipe-private', NS],
    sharedPipeline ? ['pipe-shared', undefined] : ['pipe-other', NS],
  ] as const) {
    // Only an administrator may upload shared pipelines.
    pipelines.push(await uploadPipeline(namespace === undefined ? admin : client, { file: new File([addPipelineYaml], `${name}.yaml`), name, namespace }));
  }
  const runs: Run[] = [];
  for (let index = 0; index < count; index += 1) {
    const experiment = experiments[index % experiments.length];
    const pipeline = pipelines[index % 2 === 0 ? 0 : 1];
    if (experiment === undefined || pipeline === undefined) throw new Error('seed');
    runs.push(
      await client.post('/apis/v2beta1/runs', parseRun, {
        body: { display_name: `run ${String(index).padStart(3, '0')}`, experiment_id: experiment.experiment_id, pipeline_version_reference: { pipeline_id: pipeline.pipeline_id }, runtime_config: { parameters: { a: index } } },
      }),
    );
  }
  // Finished runs (terminated → CANCELED) keep the list from polling.
  if (finished) for (const run of runs) await client.post(`/apis/v2beta1/runs/${run.run_id}:terminate`, () => undefined);
  return runs;
}

const table = (name: string | RegExp = 'Runs') => screen.findByRole('table', { name });

describe('RunsTable against the emulator', () => {
  it('draws a page of 100 runs with experiment and pipeline names from three requests at most', async () => {
    const { client, admin, requests } = await emulatorWithLog();
    await seedRuns(client, admin, 100, { finished: true });
    requests.length = 0;
    renderWithApp(<RunsTable namespace={NS} />, { client, namespace: NS, url: '/runs?size=100' });
    const runs = await table();
    await waitFor(() => expect(within(runs).getAllByRole('link', { name: 'exp beta' }).length).toBeGreaterThan(0), { timeout: 10_000 });
    await waitFor(() => expect(within(runs).getAllByRole('link', { name: 'pipe-private' }).length).toBe(50), { timeout: 10_000 });
    expect(within(runs).getAllByRole('link', { name: 'pipe-shared' })).toHaveLength(50);
    expect(within(runs).getAllByRole('row')).toHaveLength(101);
    // Private and shared pipelines on one page: the list, the experiments lookup and one pipelines
    // lookup per scope.
    expect(requests.filter((path) => path.endsWith('/runs'))).toHaveLength(1);
    expect(requests.filter((path) => path.endsWith('/experiments'))).toHaveLength(1);
    expect(requests.filter((path) => path.endsWith('/pipelines')).length).toBeLessThanOrEqual(2);
  }, 20_000);

  it('needs exactly three requests when the page uses pipelines of one scope', async () => {
    const { client, admin, requests } = await emulatorWithLog();
    await seedRuns(client, admin, 100, { sharedPipeline: false, finished: true });
    requests.length = 0;
    renderWithApp(<RunsTable namespace={NS} />, { client, namespace: NS, url: '/runs?size=100' });
    const list = await table();
    await waitFor(() => expect(within(list).getAllByRole('link', { name: 'pipe-other' })).toHaveLength(50), { timeout: 10_000 });
    await waitFor(() => expect(within(list).getAllByRole('link', { name: 'exp gamma' }).length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(requests.map((path) => path.replace(/^.*\//, ''))).toEqual(['runs', 'experiments', 'pipelines']);
  }, 20_000);

  it('archives selected runs with a per-item result and shows them on the archived tab', async () => {
    const { client, admin } = await emulatorWithLog();
    await seedRuns(client, admin, 5);
    const { currentUrl } = renderWithApp(<RunsTable namespace={NS} />, { client, namespace: NS, url: '/runs' });
    const list = await table();
    fireEvent.click(await within(list).findByRole('checkbox', { name: 'Select run 001' }));
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Select run 003' }));
    fireEvent.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Archive' }));
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
    for (const run of [first, second]) await client.post(`/apis/v2beta1/runs/${run.run_id}:archive`, () => undefined);
    renderWithApp(<RunsTable namespace={NS} />, { client, namespace: NS, url: '/runs?tab=archived' });
    const list = await table('Archived runs');
    await within(list).findByRole('link', { name: 'run 000' });
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Select all rows on this page' }));
    fireEvent.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Delete' }));
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
    renderWithApp(<RunsTable namespace="kubeflow-bob" />, { client, namespace: 'kubeflow-bob', url: '/runs' });
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
    for (const run of runs) await client.post(`/apis/v2beta1/runs/${run.run_id}:terminate`, () => undefined);
    await waitFor(() => expect(screen.getAllByText('Canceled')).toHaveLength(2), { timeout: 4000 });
    const settled = listCalls();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(listCalls()).toBe(settled);
  }, 15_000);
});
