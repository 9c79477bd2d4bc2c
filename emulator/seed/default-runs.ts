import type { NewRun } from './actions.ts';

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

/** A run of the default profile: its experiment and pipeline by name, created `ago` ms before now. */
export interface PlannedRun extends Omit<NewRun, 'experimentId' | 'pipeline'> {
  readonly experiment: string;
  readonly pipeline: string;
  readonly ago: number;
  /** Terminate this long after creation. */
  readonly terminateAfter?: number;
  readonly archive?: boolean;
}

/** The default profile's runs, in every state. */
export const plannedRuns: readonly PlannedRun[] = [
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
  // KFP's cache: the second run of the same kfp 2 pipeline with the same inputs reuses the first
  // run's multiply and write-result-to-text; get-text-file has caching disabled and runs again.
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'data-handling-v2',
    displayName: 'Multiply 7 × 8 (kfp 2)',
    parameters: { a: 7, b: 8 },
    ago: day - 30 * minute,
  },
  {
    user: 'alice',
    experiment: 'Tutorial',
    pipeline: 'data-handling-v2',
    displayName: 'Multiply 7 × 8 again (from cache)',
    parameters: { a: 7, b: 8 },
    ago: 23 * hour + 15 * minute,
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
    // The simulated accuracy of lr 0.05 is 0.907 ± 0.02 (behaviours/v2-training.ts), which straddles
    // the default threshold 0.9 with the run id's random stream: 0.95 keeps "nothing registered" true.
    parameters: { learning_rates: [0.05, 0.5], min_accuracy: 0.95 },
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
    user: 'alice',
    experiment: 'Model training',
    pipeline: 'alice-large-export',
    displayName: 'Export 500 MB image index',
    ago: 6.5 * hour,
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
