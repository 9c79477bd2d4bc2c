import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  deletePipelineVersion,
  listPipelineVersions,
  uploadPipeline,
  uploadPipelineVersion,
} from '@/lib/kfp/pipelines.ts';
import { createTestSession, renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { PipelinesTable } from './pipelines-table.tsx';

const NS = 'kubeflow-alice';
const V2 = 'pipelineInfo:\n  name: p\nroot:\n  dag:\n    tasks: {}\nschemaVersion: 2.1.0\n';

/** "two" has 2 versions, "none" has had its only version deleted, "one" has 1. */
async function seed() {
  const emulator = await createTestEmulator();
  const client = emulator.client('alice');
  const upload = (name: string) =>
    uploadPipeline(client, { file: new File([V2], `${name}.yaml`), name, namespace: NS });
  const two = await upload('two');
  await uploadPipelineVersion(client, {
    file: new File([V2], 'v2.yaml'),
    pipelineId: two.pipeline_id,
    name: 'two v2',
  });
  const none = await upload('none');
  const [only] = (await listPipelineVersions(client, none.pipeline_id, {})).items;
  await deletePipelineVersion(client, none.pipeline_id, only?.pipeline_version_id ?? '');
  const one = await upload('one');
  renderWithApp(<PipelinesTable namespace={NS} multiUser />, {
    client,
    namespace: NS,
    url: `/pipelines?ns=${NS}`,
    session: { ...createTestSession().session, getToken: () => Promise.resolve('alice') },
  });
  await screen.findByRole('link', { name: 'two' });
  return { emulator, two, none, one };
}

const select = (name: string) =>
  fireEvent.click(screen.getByRole('checkbox', { name: `Select ${name}` }));

describe('the pipelines list’s bulk actions', () => {
  it('asks what happens to versions, and keeping them deletes only the pipelines without', async () => {
    const { emulator, two, none } = await seed();
    select('two');
    select('none');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 2 pipelines?' });
    const question = await within(dialog).findByRole('group', {
      name: '1 of them has versions (2 versions). What happens to them?',
    });
    expect(within(dialog).getByText('two (2 versions)')).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm).toBeDisabled();
    expect(within(dialog).getByText('Choose what happens to their versions.')).toBeInTheDocument();
    fireEvent.click(within(question).getByRole('radio', { name: /Keep it/ }));
    expect(within(dialog).queryByText('two (2 versions)')).not.toBeInTheDocument();
    fireEvent.click(confirm);
    expect(await within(dialog).findByText('1 succeeded')).toBeInTheDocument();
    expect(emulator.store.pipelines.get(none.pipeline_id)).toBeUndefined();
    expect(emulator.store.pipelines.get(two.pipeline_id)).toBeDefined();
  });

  it('deletes a pipeline with all its versions when asked to (cascade)', async () => {
    const { emulator, two } = await seed();
    select('two');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 1 pipeline?' });
    fireEvent.click(
      await within(dialog).findByRole('radio', {
        name: 'Delete that pipeline with all its versions',
      }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText('1 succeeded')).toBeInTheDocument();
    expect(emulator.store.pipelines.get(two.pipeline_id)).toBeUndefined();
    expect(
      [...emulator.store.versions.values()].filter((v) => v.pipelineId === two.pipeline_id),
    ).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'two' })).not.toBeInTheDocument(),
    );
  });

  it('asks nothing for pipelines without versions', async () => {
    const { emulator, none } = await seed();
    select('none');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 1 pipeline?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    await waitFor(() => expect(confirm).toBeEnabled());
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
    fireEvent.click(confirm);
    expect(await within(dialog).findByText('1 succeeded')).toBeInTheDocument();
    expect(emulator.store.pipelines.get(none.pipeline_id)).toBeUndefined();
  });

  it('offers "Upload version" for exactly one selected pipeline', async () => {
    const { one } = await seed();
    const disabled = () => screen.getByRole('button', { name: 'Upload version' });
    expect(disabled()).toBeDisabled();
    select('one');
    expect(screen.getByRole('link', { name: 'Upload version' })).toHaveAttribute(
      'href',
      `/pipelines/upload?pipeline=${one.pipeline_id}&ns=${NS}`,
    );
    select('two');
    expect(disabled()).toBeDisabled();
  });
});
