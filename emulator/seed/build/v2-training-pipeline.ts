import {
  artifactFromInput,
  artifactFromTask,
  fromInput,
  fromTask,
  pipelineSpec,
  pythonComponents,
  task,
  type PipelineInput,
  type V2Component,
} from './kfp2-ir.ts';

const loadDataset: V2Component = {
  functionName: 'load_dataset',
  packages: ['pandas'],
  source: `@dsl.component(packages_to_install=['pandas'])
def load_dataset(source: str, dataset: Output[Dataset]) -> int:
    import logging
    import pandas as pd
    logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')
    logging.info('Reading %s', source)
    df = pd.read_csv(source)
    logging.info('Loaded %d rows, %d columns', len(df), len(df.columns))
    df.to_csv(dataset.path, index=False)
    return len(df)`,
  inputs: { parameters: { source: 'STRING' } },
  outputs: { artifacts: { dataset: 'system.Dataset' }, parameters: { Output: 'NUMBER_INTEGER' } },
};

const datasetReport: V2Component = {
  functionName: 'dataset_report',
  packages: ['pandas'],
  source: `@dsl.component(packages_to_install=['pandas'])
def dataset_report(dataset: Input[Dataset], report: Output[HTML]):
    import pandas as pd
    df = pd.read_csv(dataset.path)
    print(f'Profiled {len(df)} rows')
    counts = df['species'].value_counts().sort_index()
    bars = ''.join(f'<rect x="{20 + i * 70}" y="{130 - n * 2}" width="50" height="{n * 2}" fill="#4c78a8"></rect>' for i, n in enumerate(counts))
    with open(report.path, 'w') as f:
        f.write(f'<!DOCTYPE html><html><body><h2>Dataset report</h2><svg width="240" height="160">{bars}</svg></body></html>')`,
  inputs: { artifacts: { dataset: 'system.Dataset' } },
  outputs: { artifacts: { report: 'system.HTML' } },
};

const trainModel: V2Component = {
  functionName: 'train_model',
  packages: ['pandas', 'scikit-learn'],
  source: `@dsl.component(packages_to_install=['pandas', 'scikit-learn'])
def train_model(dataset: Input[Dataset], learning_rate: float, epochs: int, model: Output[Model], metrics: Output[Metrics]):
    import json
    import pandas as pd
    from sklearn.linear_model import SGDClassifier
    from sklearn.metrics import accuracy_score, log_loss
    df = pd.read_csv(dataset.path)
    y = df.pop('species')
    classes = sorted(y.unique())
    clf = SGDClassifier(loss='log_loss', learning_rate='constant', eta0=learning_rate)
    print(f"Training SGDClassifier(learning_rate='constant', eta0={learning_rate}) for {epochs} epochs")
    for epoch in range(1, epochs + 1):
        clf.partial_fit(df, y, classes=classes)
        loss = log_loss(y, clf.predict_proba(df))
        accuracy = accuracy_score(y, clf.predict(df))
        print(f'-- Epoch {epoch}/{epochs} - loss: {loss:.4f} - accuracy: {accuracy:.4f}')
    with open(model.path, 'w') as f:
        json.dump({'estimator': 'SGDClassifier', 'learning_rate': learning_rate, 'epochs': epochs, 'accuracy': round(accuracy, 4)}, f)
    metrics.log_metric('accuracy', round(accuracy, 4))
    metrics.log_metric('loss', round(loss, 4))
    metrics.log_metric('learning_rate', learning_rate)`,
  inputs: {
    artifacts: { dataset: 'system.Dataset' },
    parameters: { epochs: 'NUMBER_INTEGER', learning_rate: 'NUMBER_DOUBLE' },
  },
  outputs: { artifacts: { metrics: 'system.Metrics', model: 'system.Model' } },
};

const evaluateModel: V2Component = {
  functionName: 'evaluate_model',
  packages: ['pandas', 'scikit-learn'],
  source: `@dsl.component(packages_to_install=['pandas', 'scikit-learn'])
def evaluate_model(dataset: Input[Dataset], model: Input[Model], metrics: Output[ClassificationMetrics]) -> float:
    import json
    from sklearn.metrics import confusion_matrix, roc_curve
    with open(model.path) as f:
        trained = json.load(f)
    print('Evaluating on 45 held-out rows')
    y_true, y_pred, scores = evaluate(dataset.path, trained)
    labels = ['setosa', 'versicolor', 'virginica']
    metrics.log_confusion_matrix(labels, confusion_matrix(y_true, y_pred, labels=labels).tolist())
    fpr, tpr, thresholds = roc_curve(y_true == 'setosa', scores)
    metrics.log_roc_curve(fpr.tolist(), tpr.tolist(), thresholds.tolist())
    accuracy = float((y_true == y_pred).mean())
    print(f'Test accuracy: {accuracy}')
    return accuracy`,
  inputs: { artifacts: { dataset: 'system.Dataset', model: 'system.Model' } },
  outputs: {
    artifacts: { metrics: 'system.ClassificationMetrics' },
    parameters: { Output: 'NUMBER_DOUBLE' },
  },
};

const registerModel: V2Component = {
  functionName: 'register_model',
  source: `@dsl.component
def register_model(model: Input[Model], accuracy: float, model_card: Output[Markdown]):
    import random
    version = random.randint(1, 40)
    with open(model_card.path, 'w') as f:
        f.write(f'# Model card: iris-classifier v{version}\\n\\n| field | value |\\n|---|---|\\n| accuracy | {accuracy:.4f} |\\n')
    print(f'Registered iris-classifier version {version} (accuracy {accuracy})')`,
  inputs: { artifacts: { model: 'system.Model' }, parameters: { accuracy: 'NUMBER_DOUBLE' } },
  outputs: { artifacts: { model_card: 'system.Markdown' } },
};

const trainingInputs: Readonly<Record<string, PipelineInput>> = {
  epochs: { type: 'NUMBER_INTEGER', default: 20 },
  learning_rates: { type: 'LIST', default: [0.001, 0.01, 0.1] },
  min_accuracy: { type: 'NUMBER_DOUBLE', default: 0.9 },
  source: { type: 'STRING', default: 'gs://ml-datasets/iris/iris.csv' },
};

/** Name, description and inputs (also the file header). */
export const trainingMeta = {
  name: 'training-with-metrics',
  description:
    'Trains an iris classifier for several learning rates and registers the models that reach the accuracy threshold.',
  inputs: trainingInputs,
};

const p = (name: string) => `pipelinechannel--${name}`;

/** A v2 pipeline: a ParallelFor over learning rates, Metrics, ClassificationMetrics, a condition, Markdown and HTML outputs. */
export function trainingPipeline(): Record<string, unknown> {
  const python = pythonComponents([
    loadDataset,
    datasetReport,
    trainModel,
    evaluateModel,
    registerModel,
  ]);
  const forLoop = {
    dag: {
      tasks: {
        'condition-3': task('condition-3', 'comp-condition-3', {
          dag: true,
          dependentTasks: ['evaluate-model', 'train-model'],
          artifacts: { [p('train-model-model')]: artifactFromTask('train-model', 'model') },
          parameters: {
            [p('evaluate-model-Output')]: fromTask('evaluate-model'),
            [p('min_accuracy')]: fromInput(p('min_accuracy')),
          },
          condition: `inputs.parameter_values['${p('evaluate-model-Output')}'] >= inputs.parameter_values['${p('min_accuracy')}']`,
        }),
        'evaluate-model': task('evaluate-model', 'comp-evaluate-model', {
          dependentTasks: ['train-model'],
          artifacts: {
            dataset: artifactFromInput(p('load-dataset-dataset')),
            model: artifactFromTask('train-model', 'model'),
          },
        }),
        'train-model': task('train-model', 'comp-train-model', {
          artifacts: { dataset: artifactFromInput(p('load-dataset-dataset')) },
          parameters: {
            epochs: fromInput(p('epochs')),
            learning_rate: fromInput(p('learning_rates-loop-item')),
          },
        }),
      },
    },
    inputDefinitions: {
      artifacts: {
        [p('load-dataset-dataset')]: {
          artifactType: { schemaTitle: 'system.Dataset', schemaVersion: '0.0.1' },
        },
      },
      parameters: {
        [p('epochs')]: { parameterType: 'NUMBER_INTEGER' },
        [p('learning_rates')]: { parameterType: 'LIST' },
        [p('learning_rates-loop-item')]: { parameterType: 'NUMBER_DOUBLE' },
        [p('min_accuracy')]: { parameterType: 'NUMBER_DOUBLE' },
      },
    },
  };
  const condition = {
    dag: {
      tasks: {
        'register-model': task('register-model', 'comp-register-model', {
          artifacts: { model: artifactFromInput(p('train-model-model')) },
          parameters: { accuracy: fromInput(p('evaluate-model-Output')) },
        }),
      },
    },
    inputDefinitions: {
      artifacts: {
        [p('train-model-model')]: {
          artifactType: { schemaTitle: 'system.Model', schemaVersion: '0.0.1' },
        },
      },
      parameters: {
        [p('evaluate-model-Output')]: { parameterType: 'NUMBER_DOUBLE' },
        [p('min_accuracy')]: { parameterType: 'NUMBER_DOUBLE' },
      },
    },
  };
  return pipelineSpec({
    ...trainingMeta,
    components: {
      ...python.components,
      'comp-for-loop-2': forLoop,
      'comp-condition-3': condition,
    },
    executors: python.executors,
    tasks: {
      // The source is read afresh every run (its content may change under the same URL): no
      // caching, so every run trains on a new Dataset and nothing downstream comes from the cache.
      'load-dataset': task('load-dataset', 'comp-load-dataset', {
        parameters: { source: fromInput('source') },
        noCache: true,
      }),
      'dataset-report': task('dataset-report', 'comp-dataset-report', {
        dependentTasks: ['load-dataset'],
        artifacts: { dataset: artifactFromTask('load-dataset', 'dataset') },
      }),
      'for-loop-2': task('for-loop-2', 'comp-for-loop-2', {
        dag: true,
        dependentTasks: ['load-dataset'],
        artifacts: { [p('load-dataset-dataset')]: artifactFromTask('load-dataset', 'dataset') },
        parameters: {
          [p('epochs')]: fromInput('epochs'),
          [p('learning_rates')]: fromInput('learning_rates'),
          [p('min_accuracy')]: fromInput('min_accuracy'),
        },
        iterator: { itemInput: p('learning_rates-loop-item'), inputParameter: p('learning_rates') },
      }),
    },
  });
}
