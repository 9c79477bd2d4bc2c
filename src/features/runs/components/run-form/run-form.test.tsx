import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createExperiment, deleteExperiment, getExperiment } from '@/lib/kfp/experiments.ts';
import { listPipelineVersions, uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { getRun, listRuns } from '@/lib/kfp/runs.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { argoPipelineYaml } from '../../../../../emulator/testing/test-pipelines.ts';
import dataHandling from '../../../../../emulator/seed/pipelines/data-handling.yaml?raw';
import type { CreatedRun } from '../../api/create-run-mutations.ts';
import { freshStart } from '../../model/run-form-clone.ts';
import { RunForm } from './run-form.tsx';

const NS = 'kubeflow-alice';

/** A private v1 (Argo) pipeline with parameter `who` (default "world") and an experiment, in the in-process emulator. */
async function setup(file = argoPipelineYaml, name = 'hello') {
  const emulator = await createTestEmulator();
  const client = emulator.client('alice');
  const pipeline = await uploadPipeline(client, {
    file: new File([file], `${name}.yaml`),
    name,
    namespace: NS,
  });
  const version = (await listPipelineVersions(client, pipeline.pipeline_id, {})).items[0];
  if (!version) throw new Error('no version');
  const experiment = await createExperiment(client, { display_name: 'exp', namespace: NS });
  const created: CreatedRun[] = [];
  const start = freshStart({
    pipelineId: pipeline.pipeline_id,
    versionId: version.pipeline_version_id,
    experimentId: experiment.experiment_id,
  });
  renderWithApp(
    <RunForm
      namespace={NS}
      experimentRequired
      start={start}
      onCreated={(run) => created.push(run)}
      onCancel={() => undefined}
    />,
    { client, namespace: NS },
  );
  return { client, experiment, created };
}

describe('RunForm against the emulator', () => {
  it('starts a v1 run with the typed parameter as a string and reports the new run', async () => {
    const { client, created } = await setup();
    const who = await screen.findByLabelText('who');
    expect(who).toHaveValue('world');
    await waitFor(() =>
      expect(screen.getByLabelText('Run name')).toHaveDisplayValue(/^Run of hello \(\d{4}-/),
    );
    fireEvent.change(who, { target: { value: '42' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start run' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const [run] = created;
    if (!run) throw new Error('no run');
    expect((await getRun(client, run.id)).runtime_config?.parameters).toEqual({ who: '42' });
  });

  it("refuses a bad value for the tutorial's Float parameter before anything is sent", async () => {
    const { client, experiment, created } = await setup(dataHandling, 'data-handling');
    const a = await screen.findByLabelText('a');
    expect(a).toHaveValue('3');
    expect(screen.getAllByText('Float, optional')).toHaveLength(2);
    fireEvent.change(a, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start run' }));
    expect(await screen.findByText('Enter a number, e.g. 0.5')).toBeInTheDocument();
    expect(a).toHaveAttribute('aria-invalid', 'true');
    const runs = await listRuns(client, { experimentId: experiment.experiment_id });
    expect(runs.items).toHaveLength(0);
    expect(created).toHaveLength(0);
    fireEvent.change(a, { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start run' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const [run] = created;
    if (!run) throw new Error('no run');
    expect((await getRun(client, run.id)).runtime_config?.parameters).toEqual({ a: '2.5', b: '4' });
  });

  it('keeps everything typed and shows the server message when the server refuses', async () => {
    const { client, experiment, created } = await setup();
    const who = await screen.findByLabelText('who');
    fireEvent.change(who, { target: { value: 'everyone' } });
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'my notes' } });
    // The experiment disappears after it was chosen: the server answers with an error.
    await deleteExperiment(client, experiment.experiment_id);
    fireEvent.click(screen.getByRole('button', { name: 'Start run' }));
    const alert = await screen.findByText(/experiment/i, { selector: '[role="alert"] p' });
    expect(alert.textContent).not.toBe('');
    expect(created).toHaveLength(0);
    expect(screen.getByLabelText('who')).toHaveValue('everyone');
    expect(screen.getByLabelText('Description')).toHaveValue('my notes');
    expect(screen.getByRole('button', { name: 'Start run' })).toBeEnabled();
  });

  it('blocks an empty run name with a message on the field and sends nothing', async () => {
    const { created } = await setup();
    await screen.findByLabelText('who');
    const name = screen.getByLabelText('Run name');
    fireEvent.change(name, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start run' }));
    expect(await screen.findByText('Enter a run name')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(created).toHaveLength(0);
  });

  it('fills parameters from a pasted JSON map, naming keys the pipeline does not have, and shows the diff', async () => {
    await setup();
    await screen.findByLabelText('who');
    fireEvent.click(screen.getByRole('button', { name: 'Paste a JSON map…' }));
    const json = screen.getByLabelText('JSON map of parameters');
    fireEvent.change(json, { target: { value: '[1]' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fill parameters' }));
    expect(await screen.findByText(/Paste a JSON object/)).toBeInTheDocument();
    fireEvent.change(json, { target: { value: '{"who": "moon", "extra": 1}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fill parameters' }));
    expect(
      await screen.findByText(
        'Filled 1 parameter. Ignored (not parameters of this pipeline): extra.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('who')).toHaveValue('moon');
    expect(screen.getByRole('row', { name: 'who world moon' })).toBeInTheDocument();
  });

  it('creates an experiment inline and selects it', async () => {
    const { client, created } = await setup();
    await screen.findByLabelText('who');
    fireEvent.click(await screen.findByRole('button', { name: 'Change experiment' }));
    fireEvent.click(await screen.findByRole('button', { name: 'New experiment…' }));
    fireEvent.change(screen.getByLabelText('New experiment name'), {
      target: { value: 'fresh experiment' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create experiment' }));
    expect(await screen.findByText('fresh experiment', { selector: 'strong' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Start run' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const run = created[0];
    if (!run) throw new Error('no run');
    const experimentId = (await getRun(client, run.id)).experiment_id;
    expect((await getExperiment(client, experimentId)).display_name).toBe('fresh experiment');
  });
});
