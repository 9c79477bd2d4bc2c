import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { createRun, runAction } from '@/lib/kfp/runs.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { addPipelineYaml } from '../../../emulator/testing/test-pipelines.ts';
import { Component } from './experiment-details.tsx';

const NS = 'kubeflow-alice';

async function seed() {
  const emulator = await createTestEmulator();
  const client = emulator.client('alice');
  const experiment = await createExperiment(client, {
    display_name: 'Tutorial',
    description: 'Runs of the tutorial.',
    namespace: NS,
  });
  const other = await createExperiment(client, { display_name: 'Other', namespace: NS });
  const pipeline = await uploadPipeline(client, {
    file: new File([addPipelineYaml], 'adder.yaml'),
    name: 'adder',
    namespace: NS,
  });
  const source = { pipeline_version_reference: { pipeline_id: pipeline.pipeline_id } };
  const runs = [];
  for (const [name, experimentId] of [
    ['mine 1', experiment.experiment_id],
    ['mine 2', experiment.experiment_id],
    ['elsewhere', other.experiment_id],
  ] as const) {
    const run = await createRun(client, {
      display_name: name,
      experiment_id: experimentId,
      runtime_config: { parameters: { a: 1 } },
      ...source,
    });
    // Finished runs keep the table from polling.
    await runAction(client, run.run_id, 'terminate');
    runs.push(run);
  }
  await client.post('/apis/v2beta1/recurringruns', (value) => value, {
    body: {
      display_name: 'nightly',
      experiment_id: experiment.experiment_id,
      pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
      runtime_config: { parameters: { a: 1 } },
      max_concurrency: '1',
      trigger: { cron_schedule: { cron: '0 0 1 * * ?' } },
      mode: 'ENABLE',
    },
  });
  return { client, experiment };
}

function renderPage(
  client: ReturnType<Awaited<ReturnType<typeof createTestEmulator>>['client']>,
  url: string,
) {
  return renderWithApp(<Component />, {
    client,
    namespace: NS,
    path: '/experiments/:experimentId',
    url,
  });
}

describe('experiment details page against the emulator', () => {
  it(
    'shows the experiment, only its runs, its recurring runs, and archives and restores it',
    { timeout: 30_000 },
    async () => {
      const { client, experiment } = await seed();
      const view = renderPage(client, `/experiments/${experiment.experiment_id}?ns=${NS}`);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Tutorial' }),
      ).toBeInTheDocument();
      const summary = screen.getByRole('region', { name: 'Experiment summary' });
      expect(within(summary).getByText('Runs of the tutorial.')).toBeInTheDocument();
      expect(within(summary).getByText('Active')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /Create run/ })).toHaveAttribute(
        'href',
        `/runs/new?experiment=${experiment.experiment_id}&ns=${NS}`,
      );

      const runs = await screen.findByRole('table', { name: 'Runs' });
      await waitFor(() =>
        expect(within(runs).getAllByRole('link', { name: /^mine/ })).toHaveLength(2),
      );
      expect(within(runs).queryByRole('link', { name: 'elsewhere' })).toBeNull();

      fireEvent.mouseDown(screen.getByRole('tab', { name: 'Recurring runs' }));
      fireEvent.click(screen.getByRole('tab', { name: 'Recurring runs' }));
      await waitFor(() => expect(view.currentUrl()).toContain('section=recurring'));
      const recurring = await screen.findByRole('table', { name: 'Recurring runs' });
      await waitFor(() =>
        expect(within(recurring).getByRole('link', { name: 'nightly' })).toBeInTheDocument(),
      );

      fireEvent.click(screen.getByRole('button', { name: 'Archive experiment' }));
      const dialog = await screen.findByRole('alertdialog', { name: 'Archive experiment?' });
      expect(dialog).toHaveTextContent(
        'together with all its runs; its recurring runs are disabled',
      );
      fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
      await waitFor(() =>
        expect(
          within(screen.getByRole('region', { name: 'Experiment summary' })).getByText('Archived'),
        ).toBeInTheDocument(),
      );
      expect(
        await client.get(`/apis/v2beta1/experiments/${experiment.experiment_id}`, (value) => value),
      ).toMatchObject({ storage_state: 'ARCHIVED' });

      fireEvent.click(screen.getByRole('button', { name: 'Restore experiment' }));
      const restore = await screen.findByRole('alertdialog', { name: 'Restore experiment?' });
      fireEvent.click(within(restore).getByRole('button', { name: 'Restore' }));
      await waitFor(() =>
        expect(
          within(screen.getByRole('region', { name: 'Experiment summary' })).getByText('Active'),
        ).toBeInTheDocument(),
      );
    },
  );

  it('says clearly when the experiment does not exist', async () => {
    const { client } = await seed();
    renderPage(client, '/experiments/nope');
    expect(await screen.findByText('This experiment does not exist')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to experiments' })).toHaveAttribute(
      'href',
      `/experiments?ns=${NS}`,
    );
  });
});
