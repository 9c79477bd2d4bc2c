import { expect, test } from '../fixtures.ts';
import {
  artifactText,
  isRecord,
  matrix,
  numbers,
  plotOf,
  rocAuc,
  RunOutput,
  seededRunId,
  sortedPoints,
} from '../pages/visualizations.ts';
import { v2TaskArtifacts } from '../pages/v2-outputs.ts';

// v2 task outputs from tasks[] (KFP master) or ML Metadata (released KFP): the same screens in both.
test.describe('visualizations of a seeded v2 run', { tag: '@both-modes' }, () => {
  test('v2 "Learning-rate sweep": metrics, ROC and confusion matrix from ClassificationMetrics, markdown and HTML', async ({
    page,
    signIn,
    api,
    request,
  }) => {
    await signIn('alice', '/runs');
    const runId = await seededRunId(api, 'Learning-rate sweep');
    const artifactsOf = (name: string) => v2TaskArtifacts(api, page, runId, name);
    const classification = (await artifactsOf('evaluate-model'))
      .filter((artifact) => artifact.output === 'metrics')
      .map((artifact) => artifact.metadata);
    expect(classification.length).toBeGreaterThan(1);
    const accuracies = (await artifactsOf('train-model')).flatMap((artifact) =>
      typeof artifact.metadata.accuracy === 'number' ? [artifact.metadata.accuracy] : [],
    );
    expect(accuracies.length).toBeGreaterThan(1);
    const modelCard = (await artifactsOf('register-model')).find(
      (artifact) => artifact.output === 'model_card',
    );
    const markdown = await artifactText(request, page, modelCard?.uri);

    const output = new RunOutput(page);
    await output.open(runId);
    const reveal = (step: string) => output.reveal(step);

    // Metrics (one artifact per scalar): each training's accuracy, formatted.
    await reveal('train-model');
    // Iterations may round to the same shown value: each shown value has as many rows as iterations that give it.
    const shown = new Map<string, number>();
    for (const accuracy of accuracies)
      shown.set(accuracy.toFixed(3), (shown.get(accuracy.toFixed(3)) ?? 0) + 1);
    for (const [value, times] of shown) {
      await expect(
        output.step('train-model').getByRole('row', { name: `accuracy ${value}`, exact: true }),
      ).toHaveCount(times);
    }

    // Confusion matrices: the heatmaps hold exactly the API's matrices, with its class names.
    await reveal('evaluate-model');
    const cmCards = output
      .step('evaluate-model')
      .getByRole('region', { name: 'metrics · Confusion matrix' });
    await expect(cmCards).toHaveCount(classification.length);
    const expectedMatrices = classification.map((metadata) => {
      const cm = isRecord(metadata.confusionMatrix) ? metadata.confusionMatrix : {};
      return JSON.stringify(
        Array.isArray(cm.rows) ? cm.rows.map((row) => (isRecord(row) ? row.row : undefined)) : [],
      );
    });
    const drawnMatrices: string[] = [];
    for (let i = 0; i < classification.length; i++) {
      const { traces, layout } = await plotOf(cmCards.nth(i));
      drawnMatrices.push(JSON.stringify(matrix(traces[0]?.z, 'z')));
      expect(isRecord(layout.yaxis) && layout.yaxis.ticktext).toEqual([
        'setosa',
        'versicolor',
        'virginica',
      ]);
    }
    expect(drawnMatrices.sort()).toEqual(expectedMatrices.sort());

    // ROC curves from confidenceMetrics: falsePositiveRate → x, recall → y, AUC in the legend.
    const rocCards = output
      .step('evaluate-model')
      .getByRole('region', { name: 'metrics · ROC curve' });
    await expect(rocCards).toHaveCount(classification.length);
    const expectedCurves = classification.map((metadata) => {
      const list = Array.isArray(metadata.confidenceMetrics)
        ? metadata.confidenceMetrics.filter(isRecord)
        : [];
      const points = list.map((item) => ({
        fpr: Number(item.falsePositiveRate),
        tpr: Number(item.recall),
      }));
      return JSON.stringify({
        x: sortedPoints(points).map((p) => p.fpr),
        y: sortedPoints(points).map((p) => p.tpr),
        auc: rocAuc(points).toFixed(3),
      });
    });
    const drawnCurves: string[] = [];
    for (let i = 0; i < classification.length; i++) {
      const [trace] = (await plotOf(rocCards.nth(i))).traces;
      const auc = /\(AUC (\d\.\d{3})\)/.exec(String(trace?.name))?.[1];
      drawnCurves.push(
        JSON.stringify({ x: numbers(trace?.x, 'x'), y: numbers(trace?.y, 'y'), auc }),
      );
      await expect(rocCards.nth(i).locator('.legendtext')).toContainText(`AUC ${auc ?? '?'}`);
    }
    expect(drawnCurves.sort()).toEqual(expectedCurves.sort());

    // Markdown: rendered (a heading from the file), not shown as source.
    await reveal('register-model');
    const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'missing';
    const markdownCard = output.card('register-model', 'model_card · Markdown');
    await expect(markdownCard.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(markdownCard.getByRole('table')).toBeVisible();
    await expect(markdownCard).not.toContainText('# ');

    // HTML: in the sandboxed frame.
    await reveal('dataset-report');
    await expect(
      output.card('dataset-report', 'report · Static HTML').locator('iframe'),
    ).toHaveAttribute('sandbox', 'allow-scripts');
  });
});
