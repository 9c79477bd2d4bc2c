import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { createRun, runAction } from '@/lib/kfp/runs.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { addPipelineYaml } from '../../../emulator/testing/test-pipelines.ts';
import { Component } from './compare.tsx';
import { Component as RunsList } from './runs-list.tsx';

const NS = 'kubeflow-alice';

async function seed() {
  const emulator = await createTestEmulator();
  const client = emulator.client('alice');
  const experiment = await createExperiment(client, { display_name: 'Sweep', namespace: NS });
  const pipeline = await uploadPipeline(client, {
    file: new File([addPipelineYaml], 'adder.yaml'),
    name: 'adder',
    namespace: NS,
  });
  const runs = [];
  for (const [name, parameters] of [
    ['small', { a: 1, b: 2 }],
    ['large', { a: 7, b: 2 }],
    ['default b', { a: 1 }],
  ] as const) {
    const run = await createRun(client, {
      display_name: name,
      experiment_id: experiment.experiment_id,
      pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
      runtime_config: { parameters },
    });
    // Finished runs are not polled.
    await runAction(client, run.run_id, 'terminate');
    runs.push(run);
  }
  return { client, runs, experiment };
}

type Client = Awaited<ReturnType<typeof seed>>['client'];

function renderCompare(client: Client, url: string) {
  return renderWithApp(<Component />, {
    client,
    namespace: NS,
    path: '/compare',
    url,
    routes: [{ path: '/runs', element: <p>runs list</p> }],
  });
}

const row = (table: HTMLElement, name: string) => {
  const header = within(table).getByRole('rowheader', {
    name: new RegExp(`^(\\(differs\\) )?${name}$`),
  });
  const tr = header.closest('tr');
  if (tr === null) throw new Error(`no row ${name}`);
  return tr;
};

describe('compare page against the emulator', () => {
  it(
    'shows each run, its parameters with the differences marked, and a missing run on its own',
    { timeout: 30_000 },
    async () => {
      const { client, runs } = await seed();
      const ids = [...runs.map((run) => run.run_id), 'no-such-run'];
      const view = renderCompare(client, `/compare?runs=${ids.join(',')}&ns=${NS}`);
      expect(screen.getByRole('heading', { level: 1, name: 'Compare 4 runs' })).toBeInTheDocument();

      const overview = await screen.findByRole('table', { name: 'Compared runs' });
      await waitFor(() =>
        expect(within(overview).getByRole('link', { name: 'small' })).toHaveAttribute(
          'href',
          `/runs/${runs[0]?.run_id ?? ''}?ns=${NS}`,
        ),
      );
      expect(within(overview).getByRole('link', { name: 'large' })).toBeInTheDocument();
      expect(within(overview).getByRole('alert')).toHaveTextContent('Run no-such-run not found');
      // Terminated by the seed: a terminated run ends FAILED on KFP 2.17.
      expect(within(row(overview, 'Status')).getAllByText('Failed')).toHaveLength(3);
      await waitFor(() =>
        expect(
          within(row(overview, 'Experiment')).getAllByRole('link', { name: 'Sweep' }),
        ).toHaveLength(3),
      );
      await waitFor(() =>
        expect(
          within(row(overview, 'Pipeline version')).getAllByRole('link', {
            name: /^adder( · .+)?$/,
          }),
        ).toHaveLength(3),
      );

      const parameters = await screen.findByRole('table', { name: 'Parameters' });
      expect(
        within(parameters)
          .getAllByRole('columnheader')
          .map((th) => th.textContent),
      ).toEqual(['Parameter', 'small', 'large', 'default b']);
      const a = row(parameters, 'a');
      expect(a).toHaveAttribute('data-differs', 'true');
      expect(
        within(a)
          .getAllByRole('cell')
          .map((td) => td.textContent),
      ).toEqual(['1', '7', '1']);
      const b = row(parameters, 'b');
      // The third run left b to the pipeline's default, which equals the others' value.
      expect(
        within(b)
          .getAllByRole('cell')
          .map((td) => td.textContent),
      ).toEqual(['2', '2', '2default']);
      expect(b).not.toHaveAttribute('data-differs');
      expect(screen.getByText('1 of 2 differ')).toBeInTheDocument();

      expect(screen.getByText('None of these runs recorded scalar metrics.')).toBeInTheDocument();
      expect(view.currentUrl()).toContain('runs=');
    },
  );

  it(
    '"Only differences" hides equal parameters and lives in the URL',
    { timeout: 30_000 },
    async () => {
      const { client, runs } = await seed();
      const [small, large] = runs;
      if (small === undefined || large === undefined) throw new Error('seed');
      // small (a=1, b=2) and large (a=7, b=2): only a differs.
      const view = renderCompare(client, `/compare?runs=${small.run_id},${large.run_id}&ns=${NS}`);
      const parameters = await screen.findByRole('table', { name: 'Parameters' });
      expect(row(parameters, 'b')).not.toHaveAttribute('data-differs');
      const toggle = screen.getByRole('checkbox', { name: 'Only differences' });
      fireEvent.click(toggle);
      await waitFor(() => expect(view.currentUrl()).toContain('diff=1'));
      expect(toggle).toBeChecked();
      expect(within(parameters).queryByRole('rowheader', { name: 'b' })).toBeNull();
      expect(
        within(parameters).getByRole('rowheader', { name: '(differs) a' }),
      ).toBeInTheDocument();
    },
  );

  it(
    'runs of different pipelines: a parameter the other pipeline lacks says so',
    { timeout: 30_000 },
    async () => {
      const { client, runs, experiment } = await seed();
      const [small] = runs;
      if (small === undefined) throw new Error('seed');
      const otherYaml = addPipelineYaml.replace(
        '      a:\n        parameterType',
        '      c:\n        parameterType',
      );
      const other = await uploadPipeline(client, {
        file: new File([otherYaml], 'other.yaml'),
        name: 'other',
        namespace: NS,
      });
      const run = await createRun(client, {
        display_name: 'other run',
        experiment_id: experiment.experiment_id,
        pipeline_version_reference: { pipeline_id: other.pipeline_id },
        runtime_config: { parameters: { c: 5 } },
      });
      await runAction(client, run.run_id, 'terminate');
      renderCompare(client, `/compare?runs=${small.run_id},${run.run_id}&ns=${NS}`);
      expect(
        await screen.findByText(
          'These runs come from 2 different pipelines: parameters and metrics may not line up.',
        ),
      ).toBeInTheDocument();
      const parameters = await screen.findByRole('table', { name: 'Parameters' });
      await waitFor(() =>
        expect(
          within(row(parameters, 'c'))
            .getAllByRole('cell')
            .map((td) => td.textContent),
        ).toEqual(['not in its pipeline', '5']),
      );
      expect(
        within(row(parameters, 'a'))
          .getAllByRole('cell')
          .map((td) => td.textContent),
      ).toEqual(['1', 'not in its pipeline']);
      expect(
        within(row(parameters, 'b'))
          .getAllByRole('cell')
          .map((td) => td.textContent),
      ).toEqual(['2', '2default']);
    },
  );

  it('explains too few and too many runs', async () => {
    const { client } = await seed();
    const one = renderCompare(client, `/compare?runs=abc&ns=${NS}`);
    expect(screen.getByText('Pick at least two runs to compare')).toBeInTheDocument();
    expect(screen.getByText('The link names one run (abc).')).toBeInTheDocument();
    one.unmount();
    const ids = Array.from({ length: 12 }, (_, i) => `r${String(i)}`);
    renderCompare(client, `/compare?runs=${ids.join(',')}&ns=${NS}`);
    expect(screen.getByText('At most 10 runs can be compared')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compare the first 10' })).toHaveAttribute(
      'href',
      `/compare?runs=${ids.slice(0, 10).join('%2C')}&ns=${NS}`,
    );
  });

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
