import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { parseRun } from '@/lib/kfp/wire/run.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { addPipelineYaml } from '../../../../emulator/testing/test-pipelines.ts';
import { ExperimentsTable } from './experiments-table.tsx';

const NS = 'kubeflow-alice';

/**
 * "busy" with 6 runs, "lone" with one terminated run, "quiet" with none; runs list calls are
 * recorded. (Runs made in the same second tie on created_at: the server orders ties by id.)
 */
async function seed() {
  const emulator = await createTestEmulator();
  const runLists: URLSearchParams[] = [];
  const client = emulator.client('alice', (url) => {
    if (url.pathname.endsWith('/apis/v2beta1/runs')) runLists.push(url.searchParams);
  });

  const busy = await createExperiment(client, { display_name: 'busy', namespace: NS });
  await createExperiment(client, { display_name: 'quiet', namespace: NS });
  const lone = await createExperiment(client, { display_name: 'lone', namespace: NS });
  const pipeline = await uploadPipeline(client, {
    file: new File([addPipelineYaml], 'p.yaml'),
    name: 'p',
    namespace: NS,
  });
  const start = (name: string, experimentId: string) =>
    client.post('/apis/v2beta1/runs', parseRun, {
      body: {
        display_name: name,
        experiment_id: experimentId,
        pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
        runtime_config: { parameters: { a: 1 } },
      },
    });
  for (let index = 0; index < 6; index += 1) await start(`run ${index}`, busy.experiment_id);
  const solo = await start('solo', lone.experiment_id);
  await client.post(`/apis/v2beta1/runs/${solo.run_id}:terminate`, () => undefined);
  runLists.length = 0;
  renderWithApp(<ExperimentsTable namespace={NS} />, {
    client,
    namespace: NS,
    url: `/experiments?ns=${NS}`,
  });
  await screen.findByRole('link', { name: 'busy' });
  return { busy, runLists };
}

describe('the experiments list’s last runs', () => {
  it('shows the last 5 runs’ states per experiment from one bounded call each', async () => {
    const { busy, runLists } = await seed();
    const strip = await screen.findByRole('list', { name: 'Last runs of busy, newest first' });
    const icons = within(strip).getAllByRole('img');
    expect(icons).toHaveLength(5);
    for (const icon of icons) expect(icon).toHaveAccessibleName(/^run \d: [A-Z][a-z]+$/);
    const lone = await screen.findByRole('list', { name: 'Last runs of lone, newest first' });
    // A terminated run reads Canceling, then Failed once its workflow ends (KFP 2.17).
    expect(within(lone).getByRole('img')).toHaveAccessibleName(/^solo: (Canceling|Failed)$/);
    expect(await screen.findByText('No runs')).toBeInTheDocument();
    expect(runLists).toHaveLength(3);
    for (const query of runLists) {
      expect(query.get('page_size')).toBe('5');
      expect(query.get('sort_by')).toBe('created_at desc');
    }
    expect(runLists.map((q) => q.get('experiment_id'))).toContain(busy.experiment_id);
  });

  it('opens a row to its newest runs, linked, and to all of them', async () => {
    const { busy, runLists } = await seed();
    await screen.findByRole('list', { name: 'Last runs of busy, newest first' });
    fireEvent.click(screen.getByRole('button', { name: 'Newest runs of busy' }));
    const table = await screen.findByRole('table', { name: 'Newest runs of busy' });
    const links = within(table).getAllByRole('link');
    expect(links).toHaveLength(5);
    for (const link of links)
      expect(link).toHaveAttribute('href', expect.stringMatching(/^\/runs\//));
    expect(screen.getByRole('link', { name: 'All 6 runs of busy' })).toHaveAttribute(
      'href',
      `/experiments/${busy.experiment_id}?ns=${NS}`,
    );
    // The expansion reads what the strip asked for: no second call.
    await waitFor(() => expect(runLists).toHaveLength(3));
  });
});
