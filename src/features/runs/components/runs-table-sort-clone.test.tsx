import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { parseRun } from '@/lib/kfp/wire/run.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { addPipelineYaml } from '../../../../emulator/testing/test-pipelines.ts';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { RunsTable } from './runs-table.tsx';

const NS = 'kubeflow-alice';

/** Three runs, the middle one terminated; the client records every list request's query. */
async function seed() {
  const emulator = await createTestEmulator();
  const queries: URLSearchParams[] = [];
  const client = emulator.client('alice', (url) => {
    if (url.pathname.endsWith('/apis/v2beta1/runs')) queries.push(url.searchParams);
  });

  const experiment = await createExperiment(client, { display_name: 'exp', namespace: NS });
  const pipeline = await uploadPipeline(client, {
    file: new File([addPipelineYaml], 'p.yaml'),
    name: 'p',
    namespace: NS,
  });
  const runs = [];
  for (const name of ['run a', 'run b', 'run c'])
    runs.push(
      await client.post('/apis/v2beta1/runs', parseRun, {
        body: {
          display_name: name,
          experiment_id: experiment.experiment_id,
          pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
          runtime_config: { parameters: { a: 1 } },
        },
      }),
    );
  return { client, queries, runs };
}

describe('RunsTable: sort by status and clone', () => {
  beforeEach(() => localStorage.clear());

  it('sorts by status with the server’s `state` key', async () => {
    const { client, queries } = await seed();
    const { currentUrl } = renderWithApp(<RunsTable namespace={NS} />, {
      client,
      namespace: NS,
      url: `/runs?ns=${NS}`,
    });
    const runs = await screen.findByRole('table', { name: 'Runs' });
    await within(runs).findByRole('link', { name: 'run a' });
    fireEvent.click(
      within(within(runs).getByRole('columnheader', { name: /Status/ })).getByRole('button'),
    );
    await waitFor(() => expect(currentUrl()).toContain('sort=state'));
    await waitFor(() => expect(queries.at(-1)?.get('sort_by')).toMatch(/^state( desc)?$/));
    // The table is drawn anew for the new sort: find it again.
    const sorted = await screen.findByRole('table', { name: 'Runs' });
    expect(await within(sorted).findByRole('link', { name: 'run a' })).toBeInTheDocument();
    expect(
      within(sorted)
        .getByRole('columnheader', { name: /Status/ })
        .getAttribute('aria-sort'),
    ).toMatch(/ascending|descending/);
  });

  it('clones exactly one selected run into the run form', async () => {
    const { client, runs } = await seed();
    renderWithApp(<RunsTable namespace={NS} />, { client, namespace: NS, url: `/runs?ns=${NS}` });
    const table = await screen.findByRole('table', { name: 'Runs' });
    await within(table).findByRole('link', { name: 'run b' });
    expect(screen.getByRole('button', { name: 'Clone' })).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select run b' }));
    expect(screen.getByRole('link', { name: 'Clone' })).toHaveAttribute(
      'href',
      `/runs/new?clone=${runs[1]?.run_id ?? ''}&ns=${NS}`,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select run c' }));
    expect(screen.getByRole('button', { name: 'Clone' })).toBeDisabled();
  });
});
