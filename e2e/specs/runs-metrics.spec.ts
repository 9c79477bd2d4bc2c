import { expect, test } from '../fixtures.ts';
import { createExperiment, field, NS, uniquePrefix, waitUntilFinished } from '../list-data.ts';
import { ListPage } from '../pages/list-page.ts';

/** A kfp 1.x workflow whose one step writes `mlpipeline-metrics` (the emulator fills in `score`). */
const V1_WORKFLOW = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { generateName: 'scored-' },
  spec: {
    entrypoint: 'main',
    templates: [
      { name: 'main', dag: { tasks: [{ name: 'evaluate', template: 'evaluate' }] } },
      {
        name: 'evaluate',
        container: { image: 'alpine', command: ['echo'] },
        outputs: {
          artifacts: [{ name: 'mlpipeline-metrics', path: '/tmp/outputs/mlpipeline_metrics/data' }],
        },
      },
    ],
  },
};

/** A v2 pipeline whose one task logs a system.Metrics artifact (`accuracy`, `loss`). */
const V2_SPEC = {
  pipelineInfo: { name: 'scored-v2' },
  schemaVersion: '2.1.0',
  sdkVersion: 'kfp-2.7.0',
  components: {
    'comp-score-model': {
      executorLabel: 'exec-score-model',
      outputDefinitions: {
        artifacts: {
          metrics: { artifactType: { schemaTitle: 'system.Metrics', schemaVersion: '0.0.1' } },
        },
      },
    },
  },
  deploymentSpec: {
    executors: {
      'exec-score-model': {
        container: { image: 'python:3.11', command: ['python', '-c', 'print(1)'] },
      },
    },
  },
  root: {
    dag: {
      tasks: {
        'score-model': {
          componentRef: { name: 'comp-score-model' },
          taskInfo: { name: 'score-model' },
        },
      },
    },
  },
};

/** The numbers of a column, top to bottom ('–' for none). */
async function columnValues(runs: ListPage, header: string): Promise<string[]> {
  const headers = await runs.table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((h) => h.trim() === header);
  expect(index).toBeGreaterThanOrEqual(0);
  return runs.rows.evaluateAll(
    (rows, at) => rows.map((row) => row.querySelectorAll('td')[at]?.textContent.trim() ?? ''),
    index,
  );
}

test.describe('runs list metric columns', () => {
  test('v1 and v2 metric columns: chosen in a panel, kept in the URL, v1 sorted by the server @both-modes', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const prefix = uniquePrefix('metrics');
    const experimentId = await createExperiment(api, `${prefix} experiment`);
    for (const n of [1, 2, 3]) {
      const created = await api.post('/apis/v1beta1/runs', {
        name: `${prefix} v1 run ${String(n)}`,
        pipeline_spec: { workflow_manifest: JSON.stringify(V1_WORKFLOW) },
        resource_references: [
          { key: { type: 'EXPERIMENT', id: experimentId }, relationship: 'OWNER' },
        ],
      });
      expect(field(created, 'run')).toBeDefined();
    }
    await api.post('/apis/v2beta1/runs', {
      display_name: `${prefix} v2 run`,
      experiment_id: experimentId,
      pipeline_spec: V2_SPEC,
    });
    await waitUntilFinished(api, prefix);

    const runs = new ListPage(page, 'Runs');
    await page.goto(`/runs?ns=${NS}&q=${encodeURIComponent(prefix)}`);
    await expect(runs.rows).toHaveCount(4);
    await page.getByRole('button', { name: 'Metrics' }).click();
    const panel = page.getByRole('group', { name: 'Metric columns' });
    const v1 = panel.getByRole('group', { name: 'Run metrics (v1)' });
    const v2 = panel.getByRole('group', { name: 'Task metrics (v2)' });
    // The boxes are URL-controlled: click, then wait for the state.
    await v1.getByRole('checkbox', { name: 'score' }).click();
    await expect(v1.getByRole('checkbox', { name: 'score' })).toBeChecked();
    await v2.getByRole('checkbox', { name: 'accuracy' }).click();
    await expect(v2.getByRole('checkbox', { name: 'accuracy' })).toBeChecked();
    // A v1 name KFP would never store is refused before anything is asked.
    await v1.getByRole('textbox').fill('bad name!');
    await v1.getByRole('button', { name: 'Add' }).click();
    await expect(v1.getByRole('alert')).toContainText('letters, digits');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();

    const url = new URL(page.url());
    expect(url.searchParams.getAll('metric')).toEqual(['score']);
    expect(url.searchParams.getAll('v2metric')).toEqual(['accuracy']);
    // The v2 column says why it has no sort button; the v1 one sorts on the server.
    const accuracyHeader = runs.table.getByRole('columnheader', { name: /accuracy/ });
    await expect(accuracyHeader.getByRole('button')).toHaveCount(0);
    await expect(accuracyHeader.getByRole('img', { name: /^Not sortable: / })).toBeVisible();
    await expect(runs.row(`${prefix} v2 run`)).toContainText(/0\.\d+/);

    await runs.sortBy('score');
    expect(await runs.sortState('score')).toBe('descending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('metric:score');
    await expect
      .poll(async () => {
        const values = await columnValues(runs, 'score');
        const numbers = values.slice(0, 3).map(Number);
        return (
          values.length === 4 &&
          values[3] === '–' &&
          numbers.every((v, i) => !Number.isNaN(v) && (i === 0 || v <= (numbers[i - 1] ?? v)))
        );
      })
      .toBe(true);

    // Ascending: the run without the metric comes first (KFP's LEFT JOIN: NULL first).
    await runs.sortBy('score');
    await expect.poll(async () => (await columnValues(runs, 'score'))[0]).toBe('–');

    // The URL holds the columns: a reload shows them again, no panel needed.
    await page.reload();
    await expect(runs.table.getByRole('columnheader', { name: 'score' })).toBeVisible();
    await expect(runs.table.getByRole('columnheader', { name: /accuracy/ })).toBeVisible();
    await expect.poll(async () => (await columnValues(runs, 'score'))[0]).toBe('–');
  });
});
