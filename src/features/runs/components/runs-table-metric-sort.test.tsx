import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render.tsx';
import { RunsTable } from './runs-table.tsx';
import { NS, emulatorWithLog, seedRuns, table } from './runs-table.test-kit.ts';

const sortedByScore = `/runs?ns=${NS}&metric=score&sort=metric:score&order=desc&size=10`;
const param = (url: string, name: string) => new URL(url, 'http://x').searchParams.getAll(name);

describe('RunsTable: a metric sort the server refuses', () => {
  beforeEach(() => localStorage.clear());

  it('says why the page is refused and clears the sort, keeping the metric column', async () => {
    const { client, admin } = await emulatorWithLog();
    // 11 runs, none with a reported "score": the run after the first 10 has no value to page on.
    await seedRuns(client, admin, 11, { finished: true });
    const { currentUrl } = renderWithApp(<RunsTable namespace={NS} />, {
      client,
      namespace: NS,
      url: sortedByScore,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Runs sorted by “score” cannot be listed further');
    expect(alert).toHaveTextContent('The run after this page has no “score”');
    expect(alert).toHaveTextContent('Clear the sort to list every run, newest first.');
    // The server's own words still show.
    expect(alert).toHaveTextContent('cannot sort by field "score" on type "Run"');
    // Asking again would get the same answer.
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Clear the sort' }));
    await waitFor(() => expect(param(currentUrl(), 'sort')).toEqual([]));
    expect(param(currentUrl(), 'order')).toEqual([]);
    expect(param(currentUrl(), 'metric')).toEqual(['score']);
    const runs = await table();
    await waitFor(() =>
      expect(within(runs).getAllByRole('link', { name: /^run \d{3}$/ })).toHaveLength(10),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a metric sort the server can answer as rows, with no hint', async () => {
    const { client, admin } = await emulatorWithLog();
    // 10 runs fit one page: no next run, nothing to refuse.
    await seedRuns(client, admin, 10, { finished: true });
    renderWithApp(<RunsTable namespace={NS} />, { client, namespace: NS, url: sortedByScore });
    const runs = await table();
    await waitFor(() =>
      expect(within(runs).getAllByRole('link', { name: /^run \d{3}$/ })).toHaveLength(10),
    );
    expect(screen.queryByText(/cannot be listed further/)).toBeNull();
  });
});
