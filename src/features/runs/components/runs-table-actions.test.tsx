import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render.tsx';
import { RunsTable } from './runs-table.tsx';
import { NS, emulatorWithLog, seedRuns, table } from './runs-table.test-kit.ts';

describe('RunsTable against the emulator', () => {
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
