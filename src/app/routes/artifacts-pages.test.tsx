import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import trainingPipelineYaml from '../../../emulator/seed/pipelines/training-with-metrics.yaml?raw';
import { createMlmdClient } from '@/lib/mlmd/client.ts';
import { renderWithApp } from '@/testing/render.tsx';
import {
  createMlmdTestEmulator,
  finishedRun,
  type MlmdTestEmulator,
} from '@/testing/mlmd-emulator.ts';
import { Component as ArtifactDetails } from './artifact-details.tsx';
import { Component as ArtifactsList } from './artifacts-list.tsx';
import { Component as ExecutionDetails } from './execution-details.tsx';
import { Component as ExecutionsList } from './executions-list.tsx';

const NS = 'kubeflow-alice';

let emulator: MlmdTestEmulator;
let runIds: string[];

beforeAll(async () => {
  emulator = await createMlmdTestEmulator();
  runIds = [
    await finishedRun(emulator, trainingPipelineYaml),
    await finishedRun(emulator, trainingPipelineYaml),
  ];
}, 60_000);

const routes = [
  { path: '/artifacts/:artifactId', element: <ArtifactDetails /> },
  { path: '/executions/:executionId', element: <ExecutionDetails /> },
  { path: '/runs/:runId', element: <p>run page</p> },
];

function renderList(list: 'artifacts' | 'executions', query = '') {
  return renderWithApp(list === 'artifacts' ? <ArtifactsList /> : <ExecutionsList />, {
    client: emulator.client('alice'),
    namespace: NS,
    path: `/${list}`,
    url: `/${list}?ns=${NS}${query}`,
    routes,
  });
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const idsOf = (table: HTMLElement) =>
  bodyRows(table).map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');

/** The MLMD ids of the records a filter finds, asked of the emulator directly. */
async function artifactIds(filterQuery: string): Promise<string[]> {
  const mlmd = createMlmdClient(emulator.client('alice'));
  const { artifacts } = await mlmd.call((s) =>
    s.getArtifacts({ options: { maxResultSize: 100, filterQuery } }),
  );
  return artifacts.map((a) => a.id.toString());
}

describe('Artifacts list', () => {
  it('shows a page of artifacts, newest first, with pipeline and run; pages through MLMD', async () => {
    const view = renderList('artifacts', '&size=10');
    expect((await artifactIds('id > 0')).length).toBeGreaterThan(10);
    const table = await screen.findByRole('table', { name: 'Artifacts' });
    await waitFor(() => expect(bodyRows(table)).toHaveLength(10));
    const first = idsOf(table);
    expect(first.map(Number)).toEqual([...first.map(Number)].sort((a, b) => b - a));
    // Pipeline and run fill in after the rows: the run by its name, linked.
    const row = bodyRows(table)[0];
    if (!row) throw new Error('no row');
    await waitFor(() =>
      expect(within(row).getByRole('link', { name: 'r' })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/runs\/[0-9a-f-]+\?ns=kubeflow-alice$/),
      ),
    );
    expect(row).toHaveTextContent('training-with-metrics');

    // Each page is a new table (selection and expansion start fresh per URL).
    const current = () => screen.getByRole('table', { name: 'Artifacts' });
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(idsOf(current())[0]).not.toBe(first[0]));
    expect(view.currentUrl()).toMatch(/[?&]pt=/);
    const second = idsOf(current());
    expect(second).toHaveLength(10);
    expect(Number(second[0])).toBeLessThan(Number(first.at(-1)));
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(idsOf(current())).toEqual(first));
    expect(view.currentUrl()).not.toMatch(/pt=/);
  });

  it('searches by name, type and pipeline with MLMD filter_query', async () => {
    const named = renderList('artifacts', '&q=metrics');
    let table = await screen.findByRole('table', { name: 'Artifacts' });
    await waitFor(() => expect(bodyRows(table).length).toBeGreaterThan(0));
    for (const row of bodyRows(table))
      expect(within(row).getAllByRole('link')[0]).toHaveTextContent(/metrics/i);
    named.unmount();

    const typed = renderList('artifacts', '&by=type&q=html');
    table = await screen.findByRole('table', { name: 'Artifacts' });
    const html = await artifactIds("type = 'system.HTML'");
    await waitFor(() => expect(idsOf(table).sort()).toEqual(html.sort()));
    expect(screen.getByRole('combobox', { name: 'Search artifacts by' })).toHaveValue('type');
    typed.unmount();

    const none = renderList('artifacts', '&by=pipeline&q=no-such-pipeline');
    expect(await screen.findByText('No artifacts match “no-such-pipeline”')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'Search artifacts by' }), {
      target: { value: 'name' },
    });
    expect(none.currentUrl()).not.toMatch(/by=/);
  });
});

describe('Artifact and execution pages', () => {
  it('opens an artifact with its URI, producer, run, lineage one hop more, and visualization', async () => {
    const [id] = await artifactIds(
      "type = 'system.ClassificationMetrics' AND contexts_r.type = 'system.PipelineRun' AND contexts_r.name = '" +
        (runIds[0] ?? '') +
        "'",
    );
    renderWithApp(<ArtifactDetails />, {
      client: emulator.client('alice'),
      namespace: NS,
      path: '/artifacts/:artifactId',
      url: `/artifacts/${id ?? ''}?ns=${NS}`,
      routes,
    });
    const facts = await screen.findByRole('table', { name: 'Artifact' });
    expect(facts).toHaveTextContent(
      `minio://mlpipeline/v2/artifacts/training-with-metrics/${runIds[0] ?? ''}`,
    );
    await waitFor(() =>
      expect(within(facts).getByRole('link', { name: 'r' })).toHaveAttribute(
        'href',
        `/runs/${runIds[0] ?? ''}?ns=${NS}`,
      ),
    );
    const producer = within(facts).getByRole('link', { name: /evaluate-model/ });
    expect(producer.getAttribute('href')).toMatch(/^\/executions\/\d+\?ns=kubeflow-alice$/);

    const lineage = screen.getByRole('region', { name: 'Lineage' });
    const up = within(lineage).getByRole('region', { name: 'Produced by' });
    expect(within(up).getByRole('link', { name: /evaluate-model/ })).toBeInTheDocument();
    const expand = within(up).getByRole('button', { name: /Show its inputs/ });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(expand);
    expect(expand).toHaveAttribute('aria-expanded', 'true');
    const hop = await within(up).findByRole('list', { name: /came from/ });
    await waitFor(() => expect(within(hop).getAllByRole('link').length).toBeGreaterThan(0));
    for (const link of within(hop).getAllByRole('link'))
      expect(link.getAttribute('href')).toMatch(/^\/artifacts\/\d+/);

    expect(await screen.findByRole('region', { name: 'Visualization' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Properties' })).toHaveTextContent('confusionMatrix');
  });

  it('opens an execution with its parameters, artifacts, run and lineage', async () => {
    const mlmd = createMlmdClient(emulator.client('alice'));
    const { executions } = await mlmd.call((s) =>
      s.getExecutions({
        options: {
          maxResultSize: 1,
          filterQuery: "custom_properties.task_name.string_value = 'evaluate-model'",
        },
      }),
    );
    const id = executions[0]?.id.toString() ?? '';
    renderWithApp(<ExecutionDetails />, {
      client: emulator.client('alice'),
      namespace: NS,
      path: '/executions/:executionId',
      url: `/executions/${id}?ns=${NS}`,
      routes,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'evaluate-model' }),
    ).toBeInTheDocument();
    const facts = screen.getByRole('table', { name: 'Execution' });
    expect(facts).toHaveTextContent('system.ContainerExecution');
    expect(facts).toHaveTextContent('Succeeded');
    const inputs = screen.getByRole('region', { name: 'Input artifacts' });
    expect(within(inputs).getAllByRole('link').length).toBeGreaterThan(0);
    const outputs = screen.getByRole('region', { name: 'Output artifacts' });
    expect(within(outputs).getByRole('link', { name: 'metrics' })).toBeInTheDocument();
    // KFP ≥ 2.5: the launcher's log file is an output of every container execution.
    expect(within(outputs).getByRole('link', { name: 'executor-logs' })).toBeInTheDocument();
    const lineage = screen.getByRole('region', { name: 'Lineage' });
    const down = within(lineage).getByRole('region', { name: 'Outputs' });
    fireEvent.click(within(down).getByRole('button', { name: /Show its outputs \(metrics/ }));
    const hop = await within(down).findByRole('list', { name: /What used/ });
    expect(hop).toBeInTheDocument();
  });

  it('says which artifact id does not exist', async () => {
    renderWithApp(<ArtifactDetails />, {
      client: emulator.client('alice'),
      namespace: NS,
      path: '/artifacts/:artifactId',
      url: `/artifacts/999999?ns=${NS}`,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('No artifact has the id 999999.');
  });
});

describe('Executions list', () => {
  it('searches by pipeline and shows states', async () => {
    renderList('executions', '&by=pipeline&q=training&size=20');
    const table = await screen.findByRole('table', { name: 'Executions' });
    await waitFor(() => expect(bodyRows(table)).toHaveLength(20));
    expect(table).toHaveTextContent('Succeeded');
    expect(screen.getByRole('button', { name: 'Next page' })).toBeEnabled();
  });
});

describe('a server without ML Metadata', () => {
  it('says so on the lists instead of a bare error', async () => {
    const next = await createMlmdTestEmulator({ runApi: 'next' });
    renderWithApp(<ArtifactsList />, {
      client: next.client('alice'),
      namespace: NS,
      path: '/artifacts',
      url: `/artifacts?ns=${NS}`,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('This server has no ML Metadata');
  });
});
