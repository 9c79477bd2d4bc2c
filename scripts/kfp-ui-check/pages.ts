import type { Browser } from '@playwright/test';
import { tableRows, v1Nodes, v2Nodes, visit, type Step, type Visit } from './browse.ts';

export interface RunIds {
  /** v1: parameters in and out. */
  readonly multiply: string;
  /** v1: mlpipeline-ui-metadata (web-app HTML) outputs. */
  readonly visualize: string;
  /** v2: a loop, a condition, Metrics, ClassificationMetrics and HTML artifacts. */
  readonly sweep: string;
  /** v2, started by the check. */
  readonly dataVisualizationV2: string;
  readonly nextPrimeV2: string;
  /** v1, started and terminated by the check. */
  readonly terminated: string;
}

export interface Check {
  readonly name: string;
  readonly hash: string;
  readonly run: (step: Step, notes: string[]) => Promise<boolean>;
}

const list = (minimum: number) => async (step: Step, notes: string[]) => {
  const rows = await tableRows(step.page);
  await step.shot(`list-${step.page.url().split('#/')[1]?.replace(/\W+/g, '-') ?? 'page'}`);
  notes.push(`${rows.length} rows`, ...rows.slice(0, 3).map((r) => `  ${r.slice(0, 110)}`));
  return rows.length >= minimum;
};

/** Sees every text, noting each; true when all were seen. */
async function seesAll(step: Step, texts: readonly (string | RegExp)[], notes: string[]) {
  let ok = true;
  for (const text of texts) {
    const seen = await step.sees(text);
    notes.push(`${seen ? 'shows' : 'MISSING'} ${String(text)}`);
    ok &&= seen;
  }
  return ok;
}

const metricsViews = /Scalar Metrics|ROC Curve|Confusion Matrix/;

/** Opens a table row's record by its name link (the second link of the row). */
async function openRow(step: Step, index: number, notes: string[]) {
  const rows = await tableRows(step.page);
  notes.push(`${rows.length} rows; opening: ${rows[index] ?? '(none)'}`);
  await step.clickCss(`[data-testid="table-row"] >> nth=${index} >> a >> nth=1`);
  return rows.length > index;
}

export function checks(ids: RunIds): Check[] {
  return [
    { name: 'pipelines list', hash: '#/pipelines', run: list(5) },
    { name: 'experiments list', hash: '#/experiments', run: list(3) },
    { name: 'runs list', hash: '#/runs', run: list(5) },
    {
      name: 'v1 run: graph, a node’s inputs/outputs and logs',
      hash: `#/runs/details/${ids.multiply}`,
      async run(step, notes) {
        notes.push(`nodes: ${(await v1Nodes(step.page)).join('; ')}`);
        await step.click('Multiply');
        let ok = await seesAll(step, ['Input parameters', 'Output parameters', '12.0'], notes);
        await step.shot('v1-multiply-io');
        await step.click('Logs');
        ok = (await seesAll(step, [/3 × 4|12\.0/], notes)) && ok;
        await step.shot('v1-multiply-logs');
        return ok;
      },
    },
    {
      name: 'v1 run: mlpipeline-ui-metadata visualizations',
      hash: `#/runs/details/${ids.visualize}`,
      async run(step, notes) {
        notes.push(`nodes: ${(await v1Nodes(step.page)).join('; ')}`);
        let ok = true;
        for (const task of ['Plot csv from path', 'Display image from path']) {
          await step.click(task);
          await step.click('Visualizations');
          ok = (await seesAll(step, ['Static HTML'], notes)) && ok;
          await step.shot(`v1-visualization-${task.split(' ')[0]?.toLowerCase() ?? ''}`);
        }
        return ok;
      },
    },
    {
      name: 'v2 run: graph, inputs/outputs, logs, HTML, Metrics and ClassificationMetrics',
      hash: `#/runs/details/${ids.sweep}`,
      async run(step, notes) {
        notes.push(`root nodes: ${(await v2Nodes(step.page)).join('; ')}`);
        await step.clickNode('load-dataset');
        let ok = await seesAll(step, ['Output Artifacts'], notes);
        await step.shot('v2-task-io');
        await step.click('Logs');
        ok = (await seesAll(step, [/launcher_v2|publish success/], notes)) && ok;
        await step.clickNode('report');
        await step.click('Visualization');
        ok = (await seesAll(step, ['Static HTML'], notes)) && ok;
        await step.shot('v2-html');
        for (const layer of ['for-loop-2', 'for-loop-2.0']) {
          await step.clickCss(
            `.react-flow__node:has-text("${layer}") [data-testid="expand-button"]`,
          );
          await step.sees(layer === 'for-loop-2' ? 'for-loop-2.0' : 'train-model');
        }
        notes.push(`loop iteration nodes: ${(await v2Nodes(step.page)).join('; ')}`);
        for (const nth of [0, 1]) {
          await step.clickNode('metrics', nth);
          await step.click('Visualization');
          ok = (await seesAll(step, [metricsViews], notes)) && ok;
          await step.shot(`v2-metrics-${nth}`);
        }
        return ok;
      },
    },
    ...[
      ['v2 run started here: data-visualization-v2', ids.dataVisualizationV2, 'v2-data-vis'],
      ['v2 run started here: next-prime-v2', ids.nextPrimeV2, 'v2-next-prime'],
    ].map(([name = '', id = '', shot = '']) => ({
      name,
      hash: `#/runs/details/${id}`,
      async run(step: Step, notes: string[]) {
        const nodes = await v2Nodes(step.page);
        notes.push(`root nodes: ${nodes.join('; ')}`);
        await step.shot(shot);
        return nodes.length > 0;
      },
    })),
    {
      name: 'terminated v1 run',
      hash: `#/runs/details/${ids.terminated}`,
      async run(step, notes) {
        const nodes = await v1Nodes(step.page);
        notes.push(`nodes: ${nodes.join('; ')}`);
        await step.shot('v1-terminated');
        return nodes.length > 0;
      },
    },
    {
      name: 'artifacts list and one artifact',
      hash: '#/artifacts',
      async run(step, notes) {
        await step.shot('artifacts');
        const opened = await openRow(step, 2, notes);
        const ok = await seesAll(step, ['URI', 'Custom Properties', 'accuracy'], notes);
        await step.shot('artifact-details');
        return opened && ok;
      },
    },
    {
      name: 'executions list and one execution',
      hash: '#/executions',
      async run(step, notes) {
        await step.shot('executions');
        const opened = await openRow(step, 1, notes);
        const ok = await seesAll(step, ['Custom Properties', 'Pipeline Run', 'Outputs'], notes);
        await step.shot('execution-details');
        return opened && ok;
      },
    },
  ];
}

export async function runChecks(
  browser: Browser,
  base: string,
  screens: string,
  all: readonly Check[],
): Promise<{ name: string; result: Visit }[]> {
  const results: { name: string; result: Visit }[] = [];
  for (const check of all)
    results.push({
      name: check.name,
      result: await visit(browser, base + check.hash, screens, check.run),
    });
  return results;
}
