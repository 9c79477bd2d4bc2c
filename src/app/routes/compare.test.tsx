import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { createRun, runAction } from '@/lib/kfp/runs.ts';
import { addPipelineYaml } from '../../../emulator/testing/test-pipelines.ts';
import { NS, renderCompare, row, seed } from './compare/compare.test-kit.tsx';

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
});
