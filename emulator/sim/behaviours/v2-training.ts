import { classificationMetrics } from './generic.ts';
import { fixed, pyFloat } from './python.ts';
import type { Random } from './random.ts';
import { float, int, type ComponentDefinition } from './types.ts';

export const irisClasses = ['setosa', 'versicolor', 'virginica'] as const;

/** The iris-like rows load_dataset writes (150 rows, 50 per class). */
function irisCsv(rng: Random): string {
  const centres = [
    [5.0, 3.4, 1.5, 0.2],
    [5.9, 2.8, 4.3, 1.3],
    [6.6, 3.0, 5.6, 2.0],
  ] as const;
  const rows = ['sepal_length,sepal_width,petal_length,petal_width,species'];
  irisClasses.forEach((species, c) => {
    const centre = centres[c] ?? centres[0];
    for (let i = 0; i < 50; i++)
      rows.push([...centre.map((v) => fixed(v + rng.float(-0.4, 0.4), 1)), species].join(','));
  });
  return rows.join('\n');
}

/** load_dataset(source: str, dataset: Output[Dataset]) -> int */
export const loadDataset: ComponentDefinition = {
  names: ['load-dataset'],
  functionName: 'load_dataset',
  packages: ['pandas'],
  failureLine: 5,
  run({ inputs, rng, timestamp }) {
    const source = inputs.text('source') ?? 'gs://ml-datasets/iris/iris.csv';
    if (!/^((gs|s3|https?):\/\/|\/)/.test(source)) {
      return {
        stdout: [`${timestamp(0)} INFO Reading ${source}`],
        workMs: 400,
        failure: {
          exception: 'FileNotFoundError',
          message: `[Errno 2] No such file or directory: '${source}'`,
          frames: [
            { line: 0, fn: 'load_dataset', code: 'df = pd.read_csv(source)' },
            {
              file: '/usr/local/lib/python3.10/site-packages/pandas/io/common.py',
              line: 873,
              fn: 'get_handle',
              code: 'handle = open(',
            },
          ],
        },
      };
    }
    return {
      outputs: { Output: int(150) },
      files: { dataset: irisCsv(rng.fork('iris')) },
      stdout: [
        `${timestamp(0)} INFO Reading ${source}`,
        `${timestamp(900)} INFO Loaded 150 rows, 5 columns`,
      ],
      workMs: rng.int(1200, 2600),
    };
  },
  injectedFailure: ({ inputs }) => ({
    exception: 'google.api_core.exceptions.Forbidden',
    message: `403 GET https://storage.googleapis.com/download/storage/v1/b/ml-datasets/o/${encodeURIComponent(inputs.text('source') ?? 'iris.csv')}?alt=media: pipeline-runner@kubeflow.iam.gserviceaccount.com does not have storage.objects.get access`,
    frames: [{ line: 0, fn: 'load_dataset', code: 'df = pd.read_csv(source)' }],
  }),
};

const accuracyFor = (learningRate: number, rng: Random) =>
  Math.max(
    0.5,
    Math.min(
      0.99,
      0.97 - 0.09 * Math.abs(Math.log10(Math.max(learningRate, 1e-6)) + 2) + rng.float(-0.02, 0.02),
    ),
  );

/** train_model(dataset: Input[Dataset], learning_rate: float, epochs: int, model: Output[Model], metrics: Output[Metrics]) */
export const trainModel: ComponentDefinition = {
  names: ['train-model'],
  functionName: 'train_model',
  packages: ['pandas', 'scikit-learn'],
  failureLine: 9,
  run({ inputs, rng }) {
    const learningRate = inputs.number('learning-rate') ?? 0.01;
    const epochs = Math.max(1, Math.trunc(inputs.number('epochs') ?? 10));
    const accuracy = accuracyFor(learningRate, rng.fork('accuracy'));
    const stdout = [
      `Training SGDClassifier(learning_rate='constant', eta0=${pyFloat(learningRate)}) for ${epochs} epochs`,
    ];
    let loss = 1.1;
    for (let e = 1; e <= epochs; e++) {
      loss = loss * (0.8 + rng.float(0, 0.1)) + 0.02;
      const acc = accuracy * (1 - Math.exp(-e / 3)) + rng.float(-0.01, 0.01);
      stdout.push(
        `-- Epoch ${e}/${epochs} - loss: ${fixed(loss, 4)} - accuracy: ${fixed(Math.max(0, acc), 4)}`,
      );
    }
    return {
      files: {
        model: JSON.stringify({
          estimator: 'SGDClassifier',
          learning_rate: learningRate,
          epochs,
          accuracy: Number(fixed(accuracy, 4)),
        }),
        metrics: JSON.stringify({
          accuracy: Number(fixed(accuracy, 4)),
          loss: Number(fixed(loss, 4)),
          learning_rate: learningRate,
        }),
      },
      stdout,
      workMs: epochs * rng.int(300, 700) + 1500,
    };
  },
  injectedFailure: () => ({
    exception: 'ValueError',
    message:
      'Input X contains NaN.\nSGDClassifier does not accept missing values encoded as NaN natively.',
    frames: [
      { line: 0, fn: 'train_model', code: 'clf.partial_fit(X_train, y_train, classes=classes)' },
      {
        file: '/usr/local/lib/python3.10/site-packages/sklearn/utils/validation.py',
        line: 147,
        fn: '_assert_all_finite',
        code: 'raise ValueError(msg_err)',
      },
    ],
  }),
};

function modelAccuracy(modelFile: string | undefined): number | undefined {
  const match = /"accuracy":\s*([0-9.]+)/.exec(modelFile ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** evaluate_model(dataset: Input[Dataset], model: Input[Model], metrics: Output[ClassificationMetrics]) -> float */
export const evaluateModel: ComponentDefinition = {
  names: ['evaluate-model'],
  functionName: 'evaluate_model',
  packages: ['pandas', 'scikit-learn'],
  failureLine: 11,
  run({ inputs, rng }) {
    const accuracy = modelAccuracy(inputs.file('model')) ?? rng.float(0.75, 0.98);
    const tested = Number(fixed(accuracy - rng.float(0, 0.03), 4));
    return {
      outputs: { Output: float(tested) },
      files: { metrics: JSON.stringify(classificationMetrics(rng.fork('cm'), irisClasses)) },
      stdout: ['Evaluating on 45 held-out rows', `Test accuracy: ${pyFloat(tested)}`],
      workMs: rng.int(900, 2200),
    };
  },
  injectedFailure: () => ({
    exception: 'KeyError',
    message: "'species'",
    frames: [{ line: 0, fn: 'evaluate_model', code: "y_test = df.pop('species')" }],
  }),
};

/** register_model(model: Input[Model], accuracy: float, model_card: Output[Markdown]) */
export const registerModel: ComponentDefinition = {
  names: ['register-model'],
  functionName: 'register_model',
  packages: [],
  failureLine: 4,
  run({ inputs, rng }) {
    const accuracy = inputs.number('accuracy') ?? 0;
    const version = rng.int(1, 40);
    const card = [
      `# Model card: iris-classifier v${version}`,
      '',
      '| field | value |',
      '|---|---|',
      `| accuracy | ${fixed(accuracy, 4)} |`,
      '| estimator | SGDClassifier |',
      `| classes | ${irisClasses.join(', ')} |`,
      '',
      'Registered because the accuracy reached the threshold.',
      '',
    ].join('\n');
    return {
      files: { model_card: card },
      stdout: [`Registered iris-classifier version ${version} (accuracy ${pyFloat(accuracy)})`],
      workMs: rng.int(400, 1200),
    };
  },
  injectedFailure: () => ({
    exception: 'ConnectionRefusedError',
    message: '[Errno 111] Connection refused',
    frames: [
      { line: 0, fn: 'register_model', code: "requests.post(f'{REGISTRY}/models', json=card)" },
    ],
  }),
};

/** dataset_report(dataset: Input[Dataset], report: Output[HTML]) */
export const datasetReport: ComponentDefinition = {
  names: ['dataset-report'],
  functionName: 'dataset_report',
  packages: ['pandas'],
  failureLine: 6,
  run({ inputs, rng }) {
    const csv = inputs.file('dataset') ?? '';
    const rows = csv.split('\n').filter((l) => l.trim() !== '');
    const counts = irisClasses.map((c) => rows.filter((r) => r.endsWith(`,${c}`)).length);
    const bars = counts
      .map(
        (n, i) =>
          `<rect x="${20 + i * 70}" y="${130 - n * 2}" width="50" height="${n * 2}" fill="#4c78a8"></rect><text x="${45 + i * 70}" y="148" text-anchor="middle">${irisClasses[i] ?? ''}</text>`,
      )
      .join('');
    const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Dataset report</title>
<style>body{font-family:sans-serif;margin:16px} svg text{font-size:11px}</style></head>
<body><h2>Dataset report</h2><p>${Math.max(0, rows.length - 1)} rows, columns: <code>${rows[0] ?? ''}</code></p>
<svg width="240" height="160" role="img" aria-label="rows per class">${bars}</svg>
<p id="summary"></p>
<script>
  var counts = ${JSON.stringify(counts)};
  document.getElementById('summary').textContent = 'Largest class: ' + Math.max.apply(null, counts) + ' rows';
</script></body></html>`;
    return {
      files: { report: html },
      stdout: [`Profiled ${Math.max(0, rows.length - 1)} rows`],
      workMs: rng.int(700, 1800),
    };
  },
  injectedFailure: () => ({
    exception: 'pandas.errors.EmptyDataError',
    message: 'No columns to parse from file',
    frames: [{ line: 0, fn: 'dataset_report', code: 'df = pd.read_csv(dataset.path)' }],
  }),
};

/** emit_log_lines(lines: int): a chatty task (benchmarks' long logs). */
export const emitLogLines: ComponentDefinition = {
  names: ['emit-log-lines'],
  functionName: 'emit_log_lines',
  packages: [],
  failureLine: 4,
  run({ inputs, rng, timestamp }) {
    const count = Math.max(0, Math.min(1_000_000, Math.trunc(inputs.number('lines') ?? 1000)));
    const stdout = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      stdout[i] =
        `${timestamp(i * 3)} INFO step ${String(i + 1).padStart(6, '0')}/${count} loss=${fixed(1 / (1 + i / 500) + rng.next() * 0.01, 5)}`;
    }
    return { stdout, workMs: count * 3 + 500 };
  },
  injectedFailure: () => ({
    exception: 'MemoryError',
    message: '',
    frames: [{ line: 0, fn: 'emit_log_lines', code: 'buffer.append(line * 1024)' }],
  }),
};

export const v2TrainingComponents = [
  loadDataset,
  trainModel,
  evaluateModel,
  registerModel,
  datasetReport,
  emitLogLines,
];
