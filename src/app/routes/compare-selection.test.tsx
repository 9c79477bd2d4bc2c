import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render.tsx';
import { Component as RunsList } from './runs-list.tsx';
import { NS, renderCompare, row, seed } from './compare/compare.test-kit.tsx';

describe('compare page: choosing and folding', () => {
  it('the runs list compares 2–10 selected runs', { timeout: 30_000 }, async () => {
    const { client, runs } = await seed();
    const view = renderWithApp(<RunsList />, {
      client,
      namespace: NS,
      path: '/runs',
      url: `/runs?ns=${NS}`,
      routes: [{ path: '/compare', element: <p>compare view</p> }],
    });
    const list = await screen.findByRole('table', { name: 'Runs' });
    // The name lookups settle first (a new page of content starts a fresh selection).
    await waitFor(() =>
      expect(within(list).getAllByRole('link', { name: 'Sweep' })).toHaveLength(3),
    );
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Select small' }));
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    await waitFor(() => expect(bulk).toHaveTextContent('1 selected'));
    expect(within(bulk).getByRole('button', { name: 'Compare' })).toBeDisabled();
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Select large' }));
    const compare = within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole(
      'button',
      { name: 'Compare' },
    );
    await waitFor(() => expect(compare).toBeEnabled());
    fireEvent.click(compare);
    expect(await screen.findByText('compare view')).toBeInTheDocument();
    const url = new URL(view.currentUrl(), 'http://x');
    expect(url.pathname).toBe('/compare');
    expect(url.searchParams.get('runs')?.split(',').sort()).toEqual(
      [runs[0]?.run_id, runs[1]?.run_id].sort(),
    );
    expect(url.searchParams.get('ns')).toBe(NS);
  });

  it(
    'adds a run of the same experiment from the picker, removes one, and folds sections, all in the URL',
    { timeout: 30_000 },
    async () => {
      const { client, runs } = await seed();
      const [small, large, defaultB] = runs.map((run) => run.run_id);
      if (small === undefined || large === undefined || defaultB === undefined)
        throw new Error('seed');
      const view = renderCompare(client, `/compare?runs=${small},${large}&ns=${NS}&diff=1`);
      const overview = await screen.findByRole('table', { name: 'Compared runs' });
      await waitFor(() =>
        expect(within(row(overview, 'Experiment')).getAllByRole('link')).toHaveLength(2),
      );
      // Two runs are the least a comparison takes.
      expect(
        within(overview).getByRole('button', { name: 'Remove small from the comparison' }),
      ).toBeDisabled();

      fireEvent.click(screen.getByRole('button', { name: 'Add runs' }));
      const dialog = await screen.findByRole('dialog', { name: 'Add runs to the comparison' });
      expect(within(dialog).getByRole('combobox', { name: 'From' })).toHaveDisplayValue(
        'Experiment Sweep',
      );
      const options = await within(dialog).findByRole('list', { name: 'Runs to add' });
      expect(within(options).getByRole('checkbox', { name: /^small/ })).toBeDisabled();
      expect(within(options).getByRole('checkbox', { name: /^small/ })).toBeChecked();
      fireEvent.change(within(dialog).getByRole('searchbox', { name: 'Search runs' }), {
        target: { value: 'default' },
      });
      await waitFor(() =>
        expect(
          within(dialog)
            .getAllByRole('checkbox')
            .map((box) => box.closest('li')?.textContent),
        ).toEqual([expect.stringMatching(/^default b/)]),
      );
      fireEvent.click(within(dialog).getByRole('checkbox', { name: /^default b/ }));
      fireEvent.click(within(dialog).getByRole('button', { name: 'Add run' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Compare 3 runs' }),
      ).toBeInTheDocument();
      let url = new URL(view.currentUrl(), 'http://x');
      expect(url.searchParams.get('runs')).toBe(`${small},${large},${defaultB}`);
      expect(url.searchParams.get('diff')).toBe('1');

      const withThree = await screen.findByRole('table', { name: 'Compared runs' });
      await waitFor(() =>
        expect(
          within(withThree).getAllByRole('link', { name: /^(small|large|default b)$/ }),
        ).toHaveLength(3),
      );
      fireEvent.click(
        within(withThree).getByRole('button', { name: 'Remove large from the comparison' }),
      );
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Compare 2 runs' }),
      ).toBeInTheDocument();
      url = new URL(view.currentUrl(), 'http://x');
      expect(url.searchParams.get('runs')).toBe(`${small},${defaultB}`);

      // Sections fold from their heading buttons; the URL keeps which ones.
      const parametersToggle = await screen.findByRole('button', { name: 'Parameters' });
      expect(parametersToggle).toHaveAttribute('aria-expanded', 'true');
      // "Only differences" (diff=1) is on, and these two runs have the same parameters.
      const same = 'All parameters are the same in every run.';
      expect(await screen.findByText(same)).toBeInTheDocument();
      fireEvent.click(parametersToggle);
      expect(parametersToggle).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByText(same)).toBeNull();
      expect(screen.queryByRole('checkbox', { name: 'Only differences' })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Metrics' }));
      url = new URL(view.currentUrl(), 'http://x');
      expect(url.searchParams.get('collapsed')).toBe('parameters,metrics');
      expect(screen.queryByText('None of these runs recorded scalar metrics.')).toBeNull();
      fireEvent.click(parametersToggle);
      expect(await screen.findByText(same)).toBeInTheDocument();
      expect(new URL(view.currentUrl(), 'http://x').searchParams.get('collapsed')).toBe('metrics');
    },
  );

  it('opens with the sections a link folds', { timeout: 30_000 }, async () => {
    const { client, runs } = await seed();
    const ids = runs.map((run) => run.run_id).join(',');
    renderCompare(client, `/compare?runs=${ids}&ns=${NS}&collapsed=parameters`);
    const toggle = await screen.findByRole('button', { name: 'Parameters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(
      await screen.findByText('None of these runs recorded scalar metrics.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Parameters' })).toBeNull();
  });
});
