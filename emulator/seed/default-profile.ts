import {
  act,
  at,
  createExperiment,
  createRecurringRun,
  createRun,
  namespaceOf,
  uploadPipeline,
  uploadVersion,
  type NewRun,
  type SeedContext,
  type UploadedPipeline,
} from './actions.ts';
import { dataHandlingVersion2, pipelineFile, type PipelineFileName } from './files.ts';
import { SeedError } from './api.ts';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

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

interface PlannedRun extends Omit<NewRun, 'experimentId' | 'pipeline'> {
  readonly experiment: string;
  readonly pipeline: string;
  readonly ago: number;
  /** Terminate this long after creation. */
  readonly terminateAfter?: number;
  readonly archive?: boolean;
}

const runs: readonly PlannedRun[] = [
  {
    user: 'alice',
    experiment: 'Old experiments',
    pipeline: 'data-handling',
    displayName: 'First try',
    parameters: { a: 1, b: 1 },
    ago: 10 * day,
  },
  {
    user: 'alice',
    experiment: 'Old experiments',
    pipeline: 'data-handling',
    displayName: 'Second try',
    parameters: { a: 2, b: 2 },
    ago: 9 * day,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'data-handling',
    displayName: 'Multiply 5 × 5 (archived)',
    parameters: { a: 5, b: 5 },
    ago: 5 * day,
    archive: true,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'data-handling',
    displayName: 'Multiply 3 × 4',
    parameters: { a: 3, b: 4 },
    ago: 3 * day,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'data-handling@v2',
    displayName: 'Multiply 6 × default b (version 2)',
    parameters: { a: 6 },
    ago: 2 * day,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'data-handling',
    displayName: 'Multiply with a bad number',
    parameters: { a: 'three', b: 4 },
    ago: 2 * day - hour,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'recursion-conditions-and-exit-handlers',
    displayName: 'Next prime below 50',
    parameters: { start: 50 },
    ago: day + 2 * hour,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'recursion-conditions-and-exit-handlers',
    displayName: 'Next prime below 20',
    parameters: { start: 20 },
    ago: day,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'data-visualization',
    displayName: 'Visualize example data',
    ago: 23 * hour,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'data-visualization',
    displayName: 'Visualize: URL without scheme',
    parameters: { image_url: 'raw.githubusercontent.com/ultralytics/assets/main/im/bus.jpg' },
    ago: 22 * hour,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'yolo-object-detection',
    displayName: 'YOLO 10 epochs',
    ago: 18 * hour,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'yolo-object-detection',
    displayName: 'YOLO 60 epochs (terminated)',
    parameters: { epochs: 60 },
    ago: 3 * minute,
    terminateAfter: 2 * minute,
  },
  {
    user: 'alice',
    experiment: 'Model training',
    pipeline: 'training-with-metrics',
    displayName: 'Learning-rate sweep',
    ago: 12 * hour,
  },
  {
    user: 'alice',
    experiment: 'Model training',
    pipeline: 'training-with-metrics',
    displayName: 'High learning rates (nothing registered)',
    parameters: { learning_rates: [0.05, 0.5] },
    ago: 10 * hour,
  },
  {
    user: 'alice',
    experiment: 'Model training',
    pipeline: 'training-with-metrics',
    displayName: 'Relative data path',
    parameters: { source: 'iris.csv' },
    ago: 9 * hour,
  },
  {
    user: 'alice',
    experiment: 'Model training',
    pipeline: 'alice-iris-training',
    displayName: 'Private pipeline: sweep',
    parameters: { epochs: 5 },
    ago: 8 * hour,
  },
  {
    user: 'bob',
    experiment: 'Data quality',
    pipeline: 'bob-data-quality',
    displayName: 'Quality check',
    ago: 6 * hour,
  },
  {
    user: 'bob',
    experiment: 'Data quality',
    pipeline: 'bob-data-quality',
    displayName: 'Quality check without drift',
    parameters: { min_rows: 1000 },
    ago: 5 * hour,
  },
  {
    user: 'bob',
    experiment: 'Tutorial (bob)',
    pipeline: 'data-handling',
    displayName: 'Multiply 1.5 × 2',
    parameters: { a: 1.5, b: 2 },
    ago: 4 * hour,
  },
  {
    user: 'bob',
    experiment: 'Tutorial (bob)',
    pipeline: 'recursion-conditions-and-exit-handlers',
    displayName: 'Next prime below 100',
    parameters: { start: 100 },
    ago: 3 * hour,
  },
  {
    user: 'bob',
    experiment: 'Tutorial (bob)',
    pipeline: 'data-quality-report',
    displayName: 'Shared quality report',
    ago: 2 * hour,
  },
  // Still going when the emulator comes up (at speed 1): a long training and a fresh run.
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'yolo-object-detection',
    displayName: 'YOLO 100 epochs',
    parameters: { epochs: 100 },
    ago: 30_000,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'data-handling',
    displayName: 'Multiply 2 × 21',
    parameters: { a: 2, b: 21 },
    ago: 0,
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
