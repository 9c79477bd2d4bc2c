import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { uploadPipeline, uploadPipelineVersion } from '@/lib/kfp/pipelines.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { addPipelineYaml, argoPipelineYaml } from '../../../emulator/testing/test-pipelines.ts';
import { Component } from './pipeline-details.tsx';

const NS = 'kubeflow-alice';
const TWO_TASKS = addPipelineYaml.replace(
  `  dag:
    tasks:
      add:`,
  `  dag:
    tasks:
      second:
        componentRef:
          name: comp-add
        dependentTasks: [add]
        taskInfo:
          name: second add
      add:`,
);

async function seedPipeline(client: KfpClient) {
  const pipeline = await uploadPipeline(client, {
    file: new File([addPipelineYaml], 'adder.yaml'),
    name: 'adder',
    description: 'Adds two numbers.',
    namespace: NS,
  });
  const first = await client.get(
    `/apis/v2beta1/pipelines/${pipeline.pipeline_id}/versions`,
    (value) => value,
  );
  await new Promise((resolve) => setTimeout(resolve, 5));
  const second = await uploadPipelineVersion(client, {
    file: new File([TWO_TASKS], 'adder-v2.yaml'),
    pipelineId: pipeline.pipeline_id,
    name: 'adder-v2',
    description: 'Adds twice.',
  });
  return { pipeline, first, second };
}

function renderPage(client: KfpClient, url: string) {
  return renderWithApp(<Component />, {
    client,
    namespace: NS,
    path: '/pipelines/:pipelineId',
    url,
    routes: [{ path: '/pipelines', element: <p>pipelines list</p> }],
  });
}

describe('pipeline details page against the emulator', () => {
  it(
    'shows the latest version by default, draws its graph and opens a node panel from a click',
    { timeout: 40_000 },
    async () => {
      const emulator = await createTestEmulator();
      const client = emulator.client('alice');
      const { pipeline, second } = await seedPipeline(client);
      const view = renderPage(client, `/pipelines/${pipeline.pipeline_id}?ns=${NS}`);

      expect(await screen.findByRole('heading', { level: 1, name: 'adder' })).toBeInTheDocument();
      const summary = screen.getByRole('region', { name: 'Pipeline summary' });
      expect(within(summary).getByText('Adds two numbers.')).toBeInTheDocument();
      expect(within(summary).getByText(NS)).toBeInTheDocument();
      const select = await screen.findByLabelText('Version');
      await waitFor(() => expect(select).toHaveValue(second.pipeline_version_id));
      expect(
        within(select)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['adder-v2 (latest)', 'adder']);

      // The latest version has two tasks; the graph draws them where the layout puts them.
      const task = await screen.findByRole('button', { name: /second add/ }, { timeout: 25_000 });
      fireEvent.click(task);
      await waitFor(() => expect(view.currentUrl()).toContain('node=root%2Fsecond'));
      const panel = await screen.findByRole('complementary', { name: 'Node second add' });
      expect(within(panel).getByText('python:3.11')).toBeInTheDocument();
      expect(within(panel).getByText('comp-add')).toBeInTheDocument();
      fireEvent.click(within(panel).getByRole('button', { name: 'Close node panel' }));
      await waitFor(() => expect(view.currentUrl()).not.toContain('node='));

      // Both versions are in the server-paged table.
      const table = screen.getByRole('table', { name: 'Versions' });
      await waitFor(() =>
        expect(
          within(table)
            .getAllByRole('link')
            .map((link) => link.textContent),
        ).toEqual(['adder-v2', 'adder']),
      );
      expect(screen.getByRole('link', { name: /Create run/ })).toHaveAttribute(
        'href',
        `/runs/new?pipeline=${pipeline.pipeline_id}&version=${second.pipeline_version_id}&ns=${NS}`,
      );
      expect(screen.getByRole('link', { name: /Upload version/ })).toHaveAttribute(
        'href',
        `/pipelines/upload?pipeline=${pipeline.pipeline_id}&ns=${NS}`,
      );
    },
  );

  it(
    'switches versions through the URL and shows a version’s spec as YAML',
    { timeout: 40_000 },
    async () => {
      const emulator = await createTestEmulator();
      const client = emulator.client('alice');
      const { pipeline, second } = await seedPipeline(client);
      const view = renderPage(client, `/pipelines/${pipeline.pipeline_id}?ns=${NS}&tab=spec`);
      const spec = await screen.findByRole(
        'region',
        { name: 'Pipeline spec (YAML)' },
        { timeout: 15_000 },
      );
      expect(spec.textContent).toContain('second add');
      expect(within(spec).getAllByText('pipelineInfo')[0]).toHaveAttribute('data-token', 'key');

      const select = screen.getByLabelText('Version');
      const older = within(select).getByRole('option', { name: 'adder' });
      fireEvent.change(select, { target: { value: older.getAttribute('value') } });
      await waitFor(() =>
        expect(view.currentUrl()).toContain(`version=${older.getAttribute('value') ?? ''}`),
      );
      await waitFor(() =>
        expect(
          screen.getByRole('region', { name: 'Pipeline spec (YAML)' }).textContent,
        ).not.toContain('second add'),
      );
      expect(view.currentUrl()).toContain('tab=spec');
      expect(second.pipeline_version_id).not.toBe(older.getAttribute('value'));
    },
  );

  it('shows a v1 (Argo) version’s file from the templates call', { timeout: 30_000 }, async () => {
    const emulator = await createTestEmulator();
    const client = emulator.client('alice');
    const pipeline = await uploadPipeline(client, {
      file: new File([argoPipelineYaml], 'hello.yaml'),
      name: 'hello',
      namespace: NS,
    });
    renderPage(client, `/pipelines/${pipeline.pipeline_id}?tab=spec`);
    const spec = await screen.findByRole(
      'region',
      { name: 'Pipeline spec (YAML)' },
      { timeout: 15_000 },
    );
    expect(spec.textContent).toContain('argoproj.io/v1alpha1');
    expect(spec.textContent).toContain('{{workflow.parameters.who}}');
  });

  it('says clearly when the pipeline or the version does not exist', async () => {
    const emulator = await createTestEmulator();
    const client = emulator.client('alice');
    const missing = renderPage(client, '/pipelines/no-such-pipeline');
    expect(await screen.findByText('This pipeline does not exist')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to pipelines' })).toHaveAttribute(
      'href',
      `/pipelines?ns=${NS}`,
    );
    missing.unmount();

    const { pipeline } = await seedPipeline(client);
    const view = renderPage(client, `/pipelines/${pipeline.pipeline_id}?version=gone`);
    expect(await screen.findByText('Version not found')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show the latest version' }));
    await waitFor(() => expect(view.currentUrl()).not.toContain('version='));
    expect(await screen.findByRole('tab', { name: 'Graph' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it(
    'deletes a version, then the pipeline with its versions after saying what goes',
    { timeout: 30_000 },
    async () => {
      const emulator = await createTestEmulator();
      const client = emulator.client('alice');
      const { pipeline } = await seedPipeline(client);
      const view = renderPage(client, `/pipelines/${pipeline.pipeline_id}?tab=spec`);
      const table = await screen.findByRole('table', { name: 'Versions' });
      await waitFor(() => expect(within(table).getAllByRole('link')).toHaveLength(2));

      fireEvent.click(within(table).getByRole('button', { name: 'Delete version adder' }));
      const dialog = await screen.findByRole('alertdialog', { name: 'Delete version?' });
      expect(dialog).toHaveTextContent('This deletes version “adder” of pipeline “adder”.');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Delete version' }));
      await waitFor(() =>
        expect(
          within(screen.getByRole('table', { name: 'Versions' }))
            .getAllByRole('link')
            .map((link) => link.textContent),
        ).toEqual(['adder-v2']),
      );

      fireEvent.click(screen.getByRole('button', { name: 'Delete pipeline' }));
      const confirm = await screen.findByRole('alertdialog', { name: 'Delete pipeline?' });
      expect(confirm).toHaveTextContent('This deletes pipeline “adder” and its 1 version.');
      fireEvent.click(within(confirm).getByRole('button', { name: 'Delete pipeline' }));
      expect(await screen.findByText('pipelines list')).toBeInTheDocument();
      expect(view.currentUrl()).toBe(`/pipelines?ns=${NS}`);
      await expect(
        client.get(`/apis/v2beta1/pipelines/${pipeline.pipeline_id}`, (value) => value),
      ).rejects.toThrow();
    },
  );
});
