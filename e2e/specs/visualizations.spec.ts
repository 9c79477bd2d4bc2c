import { expect, test } from '../fixtures.ts';
import {
  artifactText,
  csvRows,
  isRecord,
  matrix,
  metadataOutputs,
  numbers,
  plotOf,
  readUiMetadata,
  readV1Json,
  rocAuc,
  RunOutput,
  seededRunId,
  sortedPoints,
  strings,
  v1NodeIds,
} from '../pages/visualizations.ts';

const TENSORBOARD_TEMPLATE = '/tensorboard/?logdir={logdir}';

function sourceOf(
  outputs: readonly Record<string, unknown>[],
  type: string,
): Record<string, unknown> & { source: string } {
  const output = outputs.find((item) => item.type === type);
  if (output === undefined || typeof output.source !== 'string')
    throw new Error(`no ${type} output with a source`);
  return { ...output, source: output.source };
}

test.describe('visualizations of seeded runs', () => {
  test('v1 "YOLO 10 epochs": ROC traces and AUC, confusion-matrix cells, a sorting table, metrics, TensorBoard link, full screen, theme and resize', async ({
    page,
    signIn,
    api,
    request,
    shell,
  }) => {
    // The deployment names a TensorBoard (config.json's tensorboard.urlTemplate).
    await page.route('**/config.json', async (route) => {
      const response = await route.fetch();
      const config: unknown = await response.json();
      await route.fulfill({
        response,
        json: {
          ...(isRecord(config) ? config : {}),
          tensorboard: { urlTemplate: TENSORBOARD_TEMPLATE },
        },
      });
    });
    await signIn('alice', '/runs');
    const runId = await seededRunId(api, 'YOLO 10 epochs');
    const nodes = await v1NodeIds(api, runId);
    const outputs = metadataOutputs(
      await readUiMetadata(api, runId, nodes.get('yolo-train') ?? 'missing'),
    );
    const roc = sourceOf(outputs, 'roc');
    const cm = sourceOf(outputs, 'confusion_matrix');
    const table = sourceOf(outputs, 'table');
    const rocCsv = await artifactText(request, page, roc.source);
    const cmCsv = await artifactText(request, page, cm.source);
    const tableCsv = await artifactText(request, page, table.source);
    const metricsFile = await readV1Json(
      api,
      runId,
      nodes.get('yolo-train') ?? 'missing',
      'mlpipeline-metrics',
    );
    const metrics = Array.isArray(metricsFile.metrics) ? metricsFile.metrics.filter(isRecord) : [];
    expect(metrics.length).toBeGreaterThan(0);
    const logDir = sourceOf(
      metadataOutputs(
        await readUiMetadata(api, runId, nodes.get('tensorboard-visualization') ?? 'missing'),
      ),
      'tensorboard',
    ).source;

    const output = new RunOutput(page);
    await output.open(runId);
    await output.reveal('yolo-train');

    // ROC: one curve with every point of roc.csv, the AUC in the legend, the chance diagonal.
    const rocCard = output.card('yolo-train', 'roc.csv · ROC curve');
    const points = csvRows(rocCsv).map(([fpr, tpr]) => ({ fpr: Number(fpr), tpr: Number(tpr) }));
    const auc = rocAuc(points).toFixed(3);
    const rocPlot = await plotOf(rocCard);
    expect(rocPlot.traces).toHaveLength(1);
    const [curve] = rocPlot.traces;
    expect(curve?.type).toBe('scatter');
    expect(numbers(curve?.x, 'x')).toEqual(sortedPoints(points).map((p) => p.fpr));
    expect(numbers(curve?.y, 'y')).toEqual(sortedPoints(points).map((p) => p.tpr));
    expect(curve?.name).toBe(`roc.csv (AUC ${auc})`);
    await expect(rocCard.locator('.legendtext')).toHaveText(`roc.csv (AUC ${auc})`);
    expect(rocPlot.layout.shapes).toEqual([
      expect.objectContaining({ x0: 0, y0: 0, x1: 1, y1: 1 }),
    ]);

    // Confusion matrix: z[target][predicted] = the CSV's count, labels on both axes in the metadata's order.
    const labels = strings(cm.labels, 'labels');
    const cmRows = csvRows(cmCsv);
    const expected = labels.map((target) =>
      labels.map((predicted) =>
        Number(cmRows.find((row) => row[0] === target && row[1] === predicted)?.[2]),
      ),
    );
    const cmCard = output.card('yolo-train', 'confusion_matrix.csv · Confusion matrix');
    const cmPlot = await plotOf(cmCard);
    const [heatmap] = cmPlot.traces;
    expect(heatmap?.type).toBe('heatmap');
    expect(matrix(heatmap?.z, 'z')).toEqual(expected);
    for (const axis of [cmPlot.layout.xaxis, cmPlot.layout.yaxis])
      expect(isRecord(axis) && strings(axis.ticktext, 'ticktext')).toEqual(labels);
    await expect(cmCard.locator('.ytick text')).toHaveText(labels);

    // Table: the metadata's header; a header click sorts by that column (numbers by value).
    const tableCard = output.card('yolo-train', 'per_class_metrics.csv · Table');
    await tableCard.scrollIntoViewIfNeeded();
    const header = strings(table.header, 'header');
    await expect(tableCard.getByRole('columnheader')).toHaveText(header);
    const rows = csvRows(tableCsv);
    const firstCells = tableCard.locator('tbody tr:not([aria-hidden]) td:first-child');
    await expect(firstCells).toHaveText(rows.map((row) => row[0] ?? ''));
    const precision = header.indexOf('precision');
    await tableCard.getByRole('button', { name: 'precision' }).click();
    await expect(tableCard.getByRole('columnheader', { name: /^precision/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(firstCells).toHaveText(
      [...rows]
        .sort((a, b) => Number(a[precision]) - Number(b[precision]))
        .map((row) => row[0] ?? ''),
    );
    await tableCard.getByRole('button', { name: /^precision/ }).click();
    await expect(firstCells).toHaveText(
      [...rows]
        .sort((a, b) => Number(b[precision]) - Number(a[precision]))
        .map((row) => row[0] ?? ''),
    );

    // v1 mlpipeline-metrics: a metrics table, percentages formatted.
    const metricsCard = output.card('yolo-train', 'Metrics');
    await metricsCard.scrollIntoViewIfNeeded();
    for (const metric of metrics) {
      const value = Number(metric.numberValue);
      const shown =
        metric.format === 'PERCENTAGE' ? `${(value * 100).toFixed(3)}%` : value.toFixed(3);
      await expect(
        metricsCard.getByRole('row', {
          name: `${typeof metric.name === 'string' ? metric.name : ''} ${shown}`,
        }),
      ).toBeVisible();
    }

    // TensorBoard: the log dir with a copy button and the configured link.
    await output.reveal('TensorBoard logs');
    const tensorboard = output.card('TensorBoard logs', 'TensorBoard');
    await tensorboard.scrollIntoViewIfNeeded();
    await expect(tensorboard.getByRole('button', { name: `Copy ${logDir}` })).toBeVisible();
    const link = tensorboard.getByRole('link', { name: 'Open in TensorBoard' });
    await expect(link).toHaveAttribute(
      'href',
      TENSORBOARD_TEMPLATE.replace('{logdir}', encodeURIComponent(logDir)),
    );
    await expect(link).toHaveAttribute('target', '_blank');

    // Full screen from the keyboard: a bigger chart of the same curve; Escape closes and gives focus back.
    const svg = (scope: typeof rocCard) => scope.locator('.main-svg').first();
    const inCard = await svg(rocCard).boundingBox();
    const fullScreen = rocCard.getByRole('button', { name: 'Full screen: roc.csv · ROC curve' });
    await fullScreen.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'roc.csv · ROC curve' });
    await expect(dialog).toBeVisible();
    const fullPlot = await plotOf(dialog);
    expect(numbers(fullPlot.traces[0]?.x, 'x')).toEqual(sortedPoints(points).map((p) => p.fpr));
    await expect
      .poll(async () => (await svg(dialog).boundingBox())?.height ?? 0)
      .toBeGreaterThan((inCard?.height ?? 0) + 50);
    await expect
      .poll(async () => (await svg(dialog).boundingBox())?.width ?? 0)
      .toBeGreaterThan(inCard?.width ?? 0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(fullScreen).toBeFocused();

    // Charts follow the theme: the layout's text colour is the page's text colour, light and dark.
    const fontColor = async () => {
      const layout = (await plotOf(rocCard)).layout;
      return isRecord(layout.font) ? layout.font.color : undefined;
    };
    const textColor = () =>
      rocCard.getByRole('heading').evaluate((heading) => getComputedStyle(heading).color);
    await shell.chooseTheme('Light');
    const light = await textColor();
    await expect.poll(fontColor).toBe(light);
    await shell.chooseTheme('Dark');
    const dark = await textColor();
    expect(dark).not.toBe(light);
    await expect.poll(fontColor).toBe(dark);

    // Charts resize with their box (here: a narrower window), not only on the first draw.
    const wide = (await svg(rocCard).boundingBox())?.width ?? 0;
    await page.setViewportSize({ width: 900, height: 720 });
    await expect
      .poll(async () => (await svg(rocCard).boundingBox())?.width ?? 0)
      .toBeLessThan(wide - 100);
  });
});
