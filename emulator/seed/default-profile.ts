import {
  act,
  at,
  createExperiment,
  createRecurringRun,
  createRun,
  namespaceOf,
  uploadPipeline,
  uploadVersion,
  type SeedContext,
  type UploadedPipeline,
} from './actions.ts';
import { dataHandlingVersion2, pipelineFile, type PipelineFileName } from './files.ts';
import { SeedError } from './api.ts';
import { day, hour, minute, plannedRuns as runs } from './default-runs.ts';

export interface SeededData {
  /** Pipelines by name, with the version runs use. */
  readonly pipelines: Record<string, UploadedPipeline>;
  readonly experiments: Record<string, string>;
  /** Run ids by display name. */
  readonly runs: Record<string, string>;
  readonly recurringRuns: Record<string, string>;
}

const shared: readonly { file: PipelineFileName; displayName: string; description: string }[] = [
  {
    file: 'data-handling',
    displayName: 'Data handling',
    description:
      'Tutorial: multiply two numbers and pass the result through a text file (kfp 1.8).',
  },
  {
    file: 'data-visualization',
    displayName: 'Data visualization',
    description: 'Tutorial: download example data to a volume and plot it with mpld3 (kfp 1.8).',
  },
  {
    file: 'yolo-object-detection',
    displayName: 'YOLO object detection',
    description: 'Tutorial: train YOLOv8 on a GPU, predict and visualize (kfp 1.8).',
  },
  {
    file: 'recursion-conditions-and-exit-handlers',
    displayName: 'Recursion, conditions and exit handlers',
    description: 'Tutorial: find the next prime downwards (kfp 1.8).',
  },
  {
    file: 'data-handling-v2',
    displayName: 'Data handling (kfp 2)',
    description: 'Tutorial, rewritten for kfp 2: multiply two numbers through a text file.',
  },
  {
    file: 'data-visualization-v2',
    displayName: 'Data visualization (kfp 2)',
    description: 'Tutorial, rewritten for kfp 2: plot example data from a volume as HTML.',
  },
  {
    file: 'yolo-object-detection-v2',
    displayName: 'YOLO object detection (kfp 2)',
    description: 'Tutorial, rewritten for kfp 2: train on a GPU with Metrics and ROC outputs.',
  },
  {
    file: 'next-prime-v2',
    displayName: 'Next prime (kfp 2)',
    description: 'Tutorial, rewritten for kfp 2: a parallel loop, a condition and an exit handler.',
  },
  {
    file: 'training-with-metrics',
    displayName: 'Training with metrics',
    description:
      'KFP v2: learning-rate sweep with Metrics, ClassificationMetrics, Markdown and HTML.',
  },
  {
    file: 'data-quality-report',
    displayName: 'Data quality report',
    description: 'KFP v2: per-column profiles, drift check and an exit handler.',
  },
];

const experiments: readonly {
  user: 'alice' | 'bob';
  name: string;
  description: string;
  ago: number;
}[] = [
  {
    user: 'alice',
    name: 'Old experiments',
    description: 'First steps with the tutorial.',
    ago: 11 * day,
  },
  { user: 'alice', name: 'Tutorial', description: 'Runs of the pipeline tutorial.', ago: 6 * day },
  {
    user: 'alice',
    name: 'Model training',
    description: 'Learning-rate sweeps of the iris classifier.',
    ago: 13 * hour,
  },
  { user: 'bob', name: 'Data quality', description: 'Data quality reports.', ago: 7 * hour },
  { user: 'bob', name: 'Tutorial (bob)', description: "Bob's tutorial runs.", ago: 5 * hour },
];

/** The default data: shared and private pipelines, a second version, experiments and runs in every state, recurring runs. */
export async function seedDefault(ctx: SeedContext): Promise<SeededData> {
  const pipelines: Record<string, UploadedPipeline> = {};
  at(ctx, 12 * day);
  for (const p of shared) {
    pipelines[p.file] = await uploadPipeline(
      ctx,
      null,
      { name: `${p.file}.yaml`, content: pipelineFile(p.file) },
      { name: p.file, displayName: p.displayName, description: p.description, namespace: '' },
    );
  }
  const dataHandling: UploadedPipeline | undefined = pipelines['data-handling'];
  if (dataHandling) {
    at(ctx, 2 * day + hour);
    const versionId = await uploadVersion(
      ctx,
      null,
      dataHandling.pipelineId,
      { name: 'data-handling.yaml', content: dataHandlingVersion2() },
      { name: 'data-handling-v2', description: 'b defaults to 2.5' },
    );
    pipelines['data-handling@v2'] = { pipelineId: dataHandling.pipelineId, versionId };
  }
  at(ctx, 8 * hour + minute);
  pipelines['alice-iris-training'] = await uploadPipeline(
    ctx,
    'alice',
    { name: 'training-with-metrics.yaml', content: pipelineFile('training-with-metrics') },
    {
      name: 'alice-iris-training',
      displayName: 'Iris training (private)',
      description: "Alice's copy of the training pipeline.",
      namespace: namespaceOf(ctx, 'alice'),
    },
  );
  at(ctx, 7 * hour);
  const bobQuality = await uploadPipeline(
    ctx,
    'bob',
    { name: 'data-quality-report.yaml', content: pipelineFile('data-quality-report') },
    {
      name: 'bob-data-quality',
      displayName: 'Data quality (private)',
      description: "Bob's data quality pipeline.",
      namespace: namespaceOf(ctx, 'bob'),
    },
  );
  pipelines['bob-data-quality'] = bobQuality;
  pipelines['alice-large-export'] = await uploadPipeline(
    ctx,
    'alice',
    { name: 'large-dataset-export.yaml', content: pipelineFile('large-dataset-export') },
    {
      name: 'alice-large-export',
      displayName: 'Large dataset export',
      description: 'Writes a 500 MB Dataset: previews and downloads of large artifacts.',
      namespace: namespaceOf(ctx, 'alice'),
    },
  );

  const experimentIds: Record<string, string> = {};
  for (const e of experiments) {
    at(ctx, e.ago);
    experimentIds[e.name] = await createExperiment(ctx, e.user, e.name, e.description);
  }

  const runIds: Record<string, string> = {};
  for (const run of runs) {
    const pipeline = pipelines[run.pipeline];
    const experimentId = experimentIds[run.experiment];
    if (!pipeline || !experimentId) continue;
    at(ctx, run.ago);
    const id = await createRun(ctx, { ...run, experimentId, pipeline });
    runIds[run.displayName] = id;
    if (run.terminateAfter !== undefined) {
      at(ctx, run.ago - run.terminateAfter);
      // At a high --speed the run may have ended by then; KFP refuses to terminate a finished run.
      await act(ctx, run.user, 'runs', id, 'terminate').catch((error: unknown) => {
        if (!(error instanceof SeedError && /Row not found/.test(error.message))) throw error;
      });
    }
    if (run.archive) await act(ctx, run.user, 'runs', id, 'archive');
  }
  at(ctx, 8 * day);
  const old = experimentIds['Old experiments'];
  if (old) await act(ctx, 'alice', 'experiments', old, 'archive');

  at(ctx, 0);
  const recurringRuns: Record<string, string> = {};
  const tutorial = experimentIds.Tutorial;
  const quality = experimentIds['Data quality'];
  if (tutorial && dataHandling) {
    recurringRuns['Hourly multiply'] = await createRecurringRun(ctx, {
      user: 'alice',
      experimentId: tutorial,
      pipelineId: dataHandling.pipelineId,
      displayName: 'Hourly multiply',
      description: 'Multiplies 7 × 6 at the start of every hour, with the latest pipeline version.',
      parameters: { a: 7, b: 6 },
      trigger: { cron_schedule: { cron: '0 0 * * * *' } },
      enabled: true,
    });
  }
  if (quality) {
    recurringRuns['Daily quality report'] = await createRecurringRun(ctx, {
      user: 'bob',
      experimentId: quality,
      pipelineId: bobQuality.pipelineId,
      displayName: 'Daily quality report',
      description: 'Paused for now.',
      parameters: {},
      trigger: { periodic_schedule: { interval_second: '86400' } },
      enabled: false,
    });
  }
  return { pipelines, experiments: experimentIds, runs: runIds, recurringRuns };
}
