import {
  artifactFromInput,
  artifactFromTask,
  constant,
  fromInput,
  fromTask,
  pipelineSpec,
  pythonComponents,
  task,
  type PipelineInput,
  type V2Component,
} from './kfp2-ir.ts';

const ingestData: V2Component = {
  functionName: 'ingest_data',
  packages: ['pandas'],
  source: `@dsl.component(packages_to_install=['pandas'])
def ingest_data(table: str, dataset: Output[Dataset]) -> int:
    import pandas as pd
    df = pd.read_parquet(table)
    df.to_csv(dataset.path, index=False)
    print(f'Ingested {len(df)} rows from {table}')
    return len(df)`,
  inputs: { parameters: { table: 'STRING' } },
  outputs: { artifacts: { dataset: 'system.Dataset' }, parameters: { Output: 'NUMBER_INTEGER' } },
};

const profileColumn: V2Component = {
  functionName: 'profile_column',
  packages: ['pandas'],
  source: `@dsl.component(packages_to_install=['pandas'])
def profile_column(dataset: Input[Dataset], column: str, stats: Output[Metrics]) -> float:
    import pandas as pd
    series = pd.read_csv(dataset.path)[column]
    stats.log_metric('mean', float(series.mean()))
    stats.log_metric('std', float(series.std()))
    null_fraction = float(series.isna().mean())
    stats.log_metric('null_fraction', null_fraction)
    return null_fraction`,
  inputs: { artifacts: { dataset: 'system.Dataset' }, parameters: { column: 'STRING' } },
  outputs: { artifacts: { stats: 'system.Metrics' }, parameters: { Output: 'NUMBER_DOUBLE' } },
};

const summarizeProfiles: V2Component = {
  functionName: 'summarize_profiles',
  source: `@dsl.component
def summarize_profiles(dataset: Input[Dataset], summary: Output[Markdown]):
    with open(summary.path, 'w') as f:
        f.write('# Data quality summary\\n\\nAll columns were profiled.\\n')`,
  inputs: { artifacts: { dataset: 'system.Dataset' } },
  outputs: { artifacts: { summary: 'system.Markdown' } },
};

const checkDrift: V2Component = {
  functionName: 'check_drift',
  packages: ['pandas', 'scikit-learn'],
  source: `@dsl.component(packages_to_install=['pandas', 'scikit-learn'])
def check_drift(dataset: Input[Dataset], drift_report: Output[HTML], label_quality: Output[ClassificationMetrics]):
    from sklearn.metrics import confusion_matrix
    labels, predicted = relabel_sample(dataset.path)
    label_quality.log_confusion_matrix(['cat', 'dog', 'bird'], confusion_matrix(labels, predicted).tolist())
    with open(drift_report.path, 'w') as f:
        f.write(render_drift_report(dataset.path))`,
  inputs: { artifacts: { dataset: 'system.Dataset' } },
  outputs: {
    artifacts: { drift_report: 'system.HTML', label_quality: 'system.ClassificationMetrics' },
  },
};

const notify: V2Component = {
  functionName: 'notify',
  source: `@dsl.component
def notify(message: str):
    print(message)`,
  inputs: { parameters: { message: 'STRING' } },
};

const qualityInputs: Readonly<Record<string, PipelineInput>> = {
  columns: {
    type: 'LIST',
    default: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
  },
  min_rows: { type: 'NUMBER_INTEGER', default: 50 },
  table: { type: 'STRING', default: 'gs://ml-datasets/iris/iris.parquet' },
};

/** Name, description and inputs (also the file header). */
export const qualityMeta = {
  name: 'data-quality-report',
  description:
    'Profiles every column of a table in parallel, checks for drift when there is enough data and always sends a notification.',
  inputs: qualityInputs,
};

const p = (name: string) => `pipelinechannel--${name}`;
const datasetArtifact = { artifactType: { schemaTitle: 'system.Dataset', schemaVersion: '0.0.1' } };

/** A v2 pipeline: an exit handler around ingestion, a ParallelFor over columns (Metrics), a condition (HTML, ClassificationMetrics), Markdown. */
export function qualityPipeline(): Record<string, unknown> {
  const python = pythonComponents([
    ingestData,
    profileColumn,
    summarizeProfiles,
    checkDrift,
    notify,
  ]);
  const exitHandler = {
    dag: {
      tasks: {
        // A quality report checks the table as it is now: no caching of its ingestion, so a
        // run never reuses an earlier run's data (or anything computed from it).
        'ingest-data': task('ingest-data', 'comp-ingest-data', {
          parameters: { table: fromInput(p('table')) },
          noCache: true,
        }),
        'for-loop-2': task('for-loop-2', 'comp-for-loop-2', {
          dag: true,
          dependentTasks: ['ingest-data'],
          artifacts: { [p('ingest-data-dataset')]: artifactFromTask('ingest-data', 'dataset') },
          parameters: { [p('columns')]: fromInput(p('columns')) },
          iterator: { itemInput: p('columns-loop-item'), inputParameter: p('columns') },
        }),
        'summarize-profiles': task('summarize-profiles', 'comp-summarize-profiles', {
          dependentTasks: ['for-loop-2', 'ingest-data'],
          artifacts: { dataset: artifactFromTask('ingest-data', 'dataset') },
        }),
        'condition-3': task('condition-3', 'comp-condition-3', {
          dag: true,
          dependentTasks: ['ingest-data'],
          artifacts: { [p('ingest-data-dataset')]: artifactFromTask('ingest-data', 'dataset') },
          parameters: {
            [p('ingest-data-Output')]: fromTask('ingest-data'),
            [p('min_rows')]: fromInput(p('min_rows')),
          },
          condition: `int(inputs.parameter_values['${p('ingest-data-Output')}']) >= int(inputs.parameter_values['${p('min_rows')}'])`,
        }),
      },
    },
    inputDefinitions: {
      parameters: {
        [p('columns')]: { parameterType: 'LIST' },
        [p('min_rows')]: { parameterType: 'NUMBER_INTEGER' },
        [p('table')]: { parameterType: 'STRING' },
      },
    },
  };
  const forLoop = {
    dag: {
      tasks: {
        'profile-column': task('profile-column', 'comp-profile-column', {
          artifacts: { dataset: artifactFromInput(p('ingest-data-dataset')) },
          parameters: { column: fromInput(p('columns-loop-item')) },
        }),
      },
    },
    inputDefinitions: {
      artifacts: { [p('ingest-data-dataset')]: datasetArtifact },
      parameters: {
        [p('columns')]: { parameterType: 'LIST' },
        [p('columns-loop-item')]: { parameterType: 'STRING' },
      },
    },
  };
  const condition = {
    dag: {
      tasks: {
        'check-drift': task('check-drift', 'comp-check-drift', {
          artifacts: { dataset: artifactFromInput(p('ingest-data-dataset')) },
        }),
      },
    },
    inputDefinitions: {
      artifacts: { [p('ingest-data-dataset')]: datasetArtifact },
      parameters: {
        [p('ingest-data-Output')]: { parameterType: 'NUMBER_INTEGER' },
        [p('min_rows')]: { parameterType: 'NUMBER_INTEGER' },
      },
    },
  };
  return pipelineSpec({
    ...qualityMeta,
    components: {
      ...python.components,
      'comp-exit-handler-1': exitHandler,
      'comp-for-loop-2': forLoop,
      'comp-condition-3': condition,
    },
    executors: python.executors,
    tasks: {
      'exit-handler-1': task('exit-handler-1', 'comp-exit-handler-1', {
        dag: true,
        parameters: {
          [p('columns')]: fromInput('columns'),
          [p('min_rows')]: fromInput('min_rows'),
          [p('table')]: fromInput('table'),
        },
      }),
      notify: task('notify', 'comp-notify', {
        dependentTasks: ['exit-handler-1'],
        parameters: { message: constant('The data quality report has finished.') },
        runAfterFailures: true,
        // A notification is sent every time: never taken from the cache.
        noCache: true,
      }),
    },
  });
}
