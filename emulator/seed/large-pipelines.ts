import {
  artifactFromTask,
  constant,
  fromInput,
  fromTask,
  irYaml,
  pipelineSpec,
  pythonComponents,
  task,
  type Json,
  type V2Component,
} from './build/kfp2-ir.ts';

const step: V2Component = {
  functionName: 'step',
  source: `@dsl.component
def step(value: int) -> int:
    print(f'step({value})')
    return value + 1`,
  inputs: { parameters: { value: 'NUMBER_INTEGER' } },
  outputs: { parameters: { Output: 'NUMBER_INTEGER' } },
};

const processShard: V2Component = {
  functionName: 'process_shard',
  source: `@dsl.component
def process_shard(shard: int) -> int:
    print(f'processing shard {shard}')
    return shard * 2`,
  inputs: { parameters: { shard: 'NUMBER_INTEGER' } },
  outputs: { parameters: { Output: 'NUMBER_INTEGER' } },
};

const emitLogLines: V2Component = {
  functionName: 'emit_log_lines',
  source: `@dsl.component
def emit_log_lines(lines: int):
    import logging
    logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')
    for i in range(lines):
        logging.info('step %06d/%d loss=%.5f', i + 1, lines, 1 / (1 + i / 500))`,
  inputs: { parameters: { lines: 'NUMBER_INTEGER' } },
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A benchmark pipeline of `layers × width` step tasks (each layer depends on the one before, every
 * task on one to three of its predecessors) plus a ParallelFor over `shards` items: about 1,000
 * tasks in a run with the defaults.
 */
export function widePipelineYaml(layers = 30, width = 30, shards = 100): string {
  const python = pythonComponents([step, processShard]);
  const tasks: Record<string, Json> = {};
  for (let l = 0; l < layers; l++) {
    for (let w = 0; w < width; w++) {
      const name = `step-${pad(l)}-${pad(w)}`;
      if (l === 0) {
        tasks[name] = task(name, 'comp-step', { parameters: { value: constant(w) } });
        continue;
      }
      const deps = [
        ...new Set([w, (w + 1) % width, (w * 7 + l) % width].slice(0, 1 + ((l + w) % 3))),
      ].map((d) => `step-${pad(l - 1)}-${pad(d)}`);
      tasks[name] = task(name, 'comp-step', {
        dependentTasks: deps,
        parameters: { value: fromTask(deps[0] ?? '') },
      });
    }
  }
  tasks['for-loop-1'] = task('for-loop-1', 'comp-for-loop-1', {
    dag: true,
    parameters: { 'pipelinechannel--shards': fromInput('shards') },
    iterator: {
      itemInput: 'pipelinechannel--shards-loop-item',
      inputParameter: 'pipelinechannel--shards',
    },
  });
  const inputs = {
    shards: { type: 'LIST' as const, default: Array.from({ length: shards }, (_, i) => i) },
  };
  const meta = {
    name: 'wide-fan-out',
    description: `Benchmark: ${layers * width} dependent step tasks and a ParallelFor over ${shards} shards.`,
    inputs,
  };
  const spec = pipelineSpec({
    ...meta,
    components: {
      ...python.components,
      'comp-for-loop-1': {
        dag: {
          tasks: {
            'process-shard': task('process-shard', 'comp-process-shard', {
              parameters: { shard: fromInput('pipelinechannel--shards-loop-item') },
            }),
          },
        },
        inputDefinitions: {
          parameters: {
            'pipelinechannel--shards': { parameterType: 'LIST' },
            'pipelinechannel--shards-loop-item': { parameterType: 'NUMBER_INTEGER' },
          },
        },
      },
    },
    executors: python.executors,
    tasks,
  });
  return irYaml(spec, meta);
}

/** A one-task pipeline whose task logs `lines` lines (100,000 by default). */
export function longLogPipelineYaml(lines = 100_000): string {
  const python = pythonComponents([emitLogLines]);
  const inputs = { lines: { type: 'NUMBER_INTEGER' as const, default: lines } };
  const meta = {
    name: 'long-log',
    description: `Benchmark: one task that logs ${lines} lines.`,
    inputs,
  };
  const spec = pipelineSpec({
    ...meta,
    components: python.components,
    executors: python.executors,
    tasks: {
      // Every run writes its log (caching disabled): a log benchmark never reads a cached step.
      'emit-log-lines': task('emit-log-lines', 'comp-emit-log-lines', {
        parameters: { lines: fromInput('lines') },
        noCache: true,
      }),
    },
  });
  return irYaml(spec, meta);
}

/** 6 datasets, a report, metrics and each task's `executor-logs` (KFP ≥ 2.5): 10 artifacts a run. */
const SHARDS = 6;
const shardNames = Array.from({ length: SHARDS }, (_, i) => `shard_${i}`);

const makeShards: V2Component = {
  functionName: 'make_shards',
  source: `@dsl.component
def make_shards(${shardNames.map((n) => `${n}: dsl.Output[dsl.Dataset]`).join(', ')}):
    for i, out in enumerate([${shardNames.join(', ')}]):
        with open(out.path, 'w') as f:
            f.write(f'id,value\\n{i},{i * i}\\n')`,
  outputs: { artifacts: Object.fromEntries(shardNames.map((n) => [n, 'system.Dataset'])) },
};

const summarizeShards: V2Component = {
  functionName: 'summarize_shards',
  source: `@dsl.component
def summarize_shards(${shardNames.map((n) => `${n}: dsl.Input[dsl.Dataset]`).join(', ')}, report: dsl.Output[dsl.Markdown], stats: dsl.Output[dsl.Metrics]):
    stats.log_metric('shards', ${SHARDS})
    with open(report.path, 'w') as f:
        f.write('# ${SHARDS} shards')`,
  inputs: { artifacts: Object.fromEntries(shardNames.map((n) => [n, 'system.Dataset'])) },
  outputs: { artifacts: { report: 'system.Markdown', stats: 'system.Metrics' } },
};

/**
 * A two-task pipeline whose run writes 10 artifacts (6 datasets, a markdown report, metrics and the
 * two tasks' executor logs), the
 * second task reading the first's: 500 runs fill ML Metadata with 5,000 artifacts for the
 * Artifacts page's benchmark.
 */
export function artifactLoadPipelineYaml(): string {
  const python = pythonComponents([makeShards, summarizeShards]);
  const meta = {
    name: 'artifact-load',
    description: `Benchmark: ${SHARDS + 4} artifacts per run, with lineage between its two tasks.`,
    inputs: {},
  };
  const spec = pipelineSpec({
    ...meta,
    components: python.components,
    executors: python.executors,
    tasks: {
      // Fresh shards every run (caching disabled), so 500 runs hold 5,000 artifacts, not 10.
      'make-shards': task('make-shards', 'comp-make-shards', { noCache: true }),
      'summarize-shards': task('summarize-shards', 'comp-summarize-shards', {
        dependentTasks: ['make-shards'],
        artifacts: Object.fromEntries(
          shardNames.map((n) => [n, artifactFromTask('make-shards', n)]),
        ),
      }),
    },
  });
  return irYaml(spec, meta);
}
