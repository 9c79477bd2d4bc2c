import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { deletePipeline, uploadPipeline } from '@/lib/kfp/pipelines.ts';
import {
  createRecurringRun,
  getRecurringRun,
  listRecurringRuns,
} from '@/lib/kfp/recurring-runs.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { argoPipelineYaml } from '../../../../../emulator/testing/test-pipelines.ts';
import type { CreatedRun } from '../../api/create-run-mutations.ts';
import { editOfRecurringRun } from '../../model/run-form-clone.ts';
import { RunForm } from './run-form.tsx';

const NS = 'kubeflow-alice';

/** An enabled recurring run "nightly" (cron at 02:00) of a v1 pipeline, opened in the form for editing. */
async function setup() {
  const emulator = await createTestEmulator();
  const client = emulator.client('alice');
  const pipeline = await uploadPipeline(client, {
    file: new File([argoPipelineYaml], 'hello.yaml'),
    name: 'hello',
    namespace: NS,
  });
  const experiment = await createExperiment(client, { display_name: 'exp', namespace: NS });
  const old = await createRecurringRun(client, {
    display_name: 'nightly',
    experiment_id: experiment.experiment_id,
    pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
    max_concurrency: '1',
    mode: 'ENABLE',
    trigger: { cron_schedule: { cron: '0 0 2 * * *' } },
  });
  const created: CreatedRun[] = [];
  renderWithApp(
    <RunForm
      namespace={NS}
      experimentRequired
      start={editOfRecurringRun(old)}
      onCreated={(run) => created.push(run)}
      onCancel={() => undefined}
    />,
    { client, namespace: NS },
  );
  const all = async () =>
    (await listRecurringRuns(client, { namespace: NS, pageSize: 50 })).items.map((r) => [
      r.display_name,
      r.trigger?.cron_schedule?.cron,
      r.status,
    ]);
  return { client, pipeline, old, created, all };
}

describe('RunForm, editing a recurring run', () => {
  it('saves the change as a new enabled recurring run and leaves the old one disabled', async () => {
    const { created, all } = await setup();
    expect(await screen.findByText('Editing “nightly”')).toBeInTheDocument();
    expect(screen.getByLabelText('Run name')).toHaveValue('nightly');
    expect(screen.queryByRole('radiogroup', { name: 'Run type' })).not.toBeInTheDocument();
    await screen.findByLabelText('who');
    fireEvent.change(screen.getByLabelText('Time of day (UTC)'), { target: { value: '03:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(await all()).toEqual(
      expect.arrayContaining([
        ['nightly', '0 0 2 * * *', 'DISABLED'],
        ['nightly', '0 30 3 * * *', 'ENABLED'],
      ]),
    );
    expect(await all()).toHaveLength(2);
  });

  it('deletes the old one when asked', async () => {
    const { client, old, created, all } = await setup();
    await screen.findByLabelText('who');
    fireEvent.click(screen.getByRole('radio', { name: 'is deleted' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(await all()).toEqual([['nightly', '0 0 2 * * *', 'ENABLED']]);
    await expect(getRecurringRun(client, old.recurring_run_id)).rejects.toThrow();
  });

  it('enables the old one again and says so when the new one cannot be created', async () => {
    const { client, pipeline, old, created, all } = await setup();
    await screen.findByLabelText('who');
    // The pipeline disappears while the form is open: the server refuses the new recurring run.
    await deletePipeline(client, pipeline.pipeline_id, true);
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing was saved')).toBeInTheDocument();
    expect(
      screen.getByText(/The old recurring run was disabled for the change and is enabled again/),
    ).toBeInTheDocument();
    expect(created).toHaveLength(0);
    expect((await getRecurringRun(client, old.recurring_run_id)).status).toBe('ENABLED');
    expect(await all()).toHaveLength(1);
  });
});
