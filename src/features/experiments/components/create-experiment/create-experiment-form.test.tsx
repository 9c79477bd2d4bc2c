import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { CreateExperimentForm, type CreateExperimentFormProps } from './create-experiment-form.tsx';

const NS = 'kubeflow-alice';

async function renderForm(user = 'alice', props: Partial<CreateExperimentFormProps> = {}) {
  const emulator = await createTestEmulator();
  const client = emulator.client(user);
  const view = renderWithApp(<CreateExperimentForm namespace={NS} {...props} />, {
    url: `/experiments/new?ns=${NS}`,
    path: '/experiments/new',
    client,
    namespace: NS,
    routes: [
      { path: '/experiments/:experimentId', element: <p>experiment page</p> },
      { path: '/runs/new', element: <p>run form</p> },
    ],
  });
  return { ...view, emulator, client };
}

const nameField = () => screen.getByLabelText('Experiment name');
const experimentsIn = (emulator: Awaited<ReturnType<typeof createTestEmulator>>) => [
  ...emulator.store.experiments.values(),
];

describe('CreateExperimentForm', () => {
  it('says where the experiment goes and needs a name', async () => {
    const { emulator } = await renderForm();
    expect(screen.getByText(/Created in namespace/)).toHaveTextContent(
      `Created in namespace ${NS}`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create experiment' }));
    expect(await screen.findByText('Enter a name for the experiment.')).toBeInTheDocument();
    expect(nameField()).toHaveAttribute('aria-invalid', 'true');
    expect(nameField()).toHaveFocus();
    expect(experimentsIn(emulator)).toEqual([]);
  });

  it('refuses a name over 128 bytes in the browser', async () => {
    const { emulator } = await renderForm();
    fireEvent.change(nameField(), { target: { value: 'x'.repeat(129) } });
    fireEvent.click(screen.getByRole('button', { name: 'Create experiment' }));
    expect(
      await screen.findByText('The name is 129 characters long; KFP takes at most 128 bytes.'),
    ).toBeInTheDocument();
    expect(experimentsIn(emulator)).toEqual([]);
  });

  it('creates the experiment in the namespace and opens it', async () => {
    const { emulator, currentUrl } = await renderForm();
    fireEvent.change(nameField(), { target: { value: '  yolo training  ' } });
    fireEvent.change(screen.getByLabelText(/^Description/), { target: { value: 'GPU runs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create experiment' }));
    await screen.findByText('experiment page');
    const [created] = experimentsIn(emulator);
    expect(created).toMatchObject({
      displayName: 'yolo training',
      description: 'GPU runs',
      namespace: NS,
    });
    expect(currentUrl()).toBe(`/experiments/${created?.id ?? 'missing'}?ns=${NS}`);
  });

  it('explains a duplicate name, links to the existing experiment and keeps the input', async () => {
    const { client } = await renderForm();
    const existing = await createExperiment(client, { display_name: 'baseline', namespace: NS });
    fireEvent.change(nameField(), { target: { value: 'baseline' } });
    fireEvent.change(screen.getByLabelText(/^Description/), { target: { value: 'second try' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create experiment' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`An experiment named “baseline” already exists in ${NS}`);
    expect(
      await within(alert).findByRole('link', { name: 'Open the existing experiment “baseline”' }),
    ).toHaveAttribute('href', `/experiments/${existing.experiment_id}?ns=${NS}`);
    expect(nameField()).toHaveValue('baseline');
    expect(screen.getByLabelText(/^Description/)).toHaveValue('second try');
  });

  it('shows a refusal for a namespace the user may not write to', async () => {
    const { emulator } = await renderForm('bob');
    fireEvent.change(nameField(), { target: { value: 'not mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create experiment' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You do not have access to this');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create experiment' })).toBeEnabled(),
    );
    expect(nameField()).toHaveValue('not mine');
    expect(experimentsIn(emulator)).toEqual([]);
  });

  it('continues to the run form with the new experiment and the pipeline it came from', async () => {
    const { emulator, currentUrl } = await renderForm('alice', {
      pipelineId: 'p-1',
      versionId: 'v-2',
    });
    fireEvent.change(nameField(), { target: { value: 'tutorial' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create and start a run' }));
    await screen.findByText('run form');
    const [created] = experimentsIn(emulator);
    expect(created).toMatchObject({ displayName: 'tutorial', namespace: NS });
    expect(currentUrl()).toBe(
      `/runs/new?experiment=${created?.id ?? 'missing'}&pipeline=p-1&version=v-2&ns=${NS}`,
    );
  });

  it('does not leave for the run form when the name is missing', async () => {
    const { emulator, currentUrl } = await renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create and start a run' }));
    expect(await screen.findByText('Enter a name for the experiment.')).toBeInTheDocument();
    expect(currentUrl()).toBe(`/experiments/new?ns=${NS}`);
    expect(experimentsIn(emulator)).toEqual([]);
  });

  it('goes back to the pipeline it came from on Cancel', async () => {
    await renderForm('alice', { pipelineId: 'p-1', versionId: 'v-2' });
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute(
      'href',
      `/pipelines/p-1?version=v-2&ns=${NS}`,
    );
  });
});
