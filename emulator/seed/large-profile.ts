import {
  at,
  createExperiment,
  createRun,
  uploadPipeline,
  type SeedContext,
  type UploadedPipeline,
} from './actions.ts';
import {
  artifactLoadPipelineYaml,
  longLogPipelineYaml,
  widePipelineYaml,
} from './large-pipelines.ts';
import { wideV1PipelineYaml } from './large-pipelines-v1.ts';

const day = 24 * 60 * 60_000;

export interface LargeData {
  readonly loadTestExperimentId: string;
  readonly loadTestRuns: number;
  readonly wideRunId: string;
  readonly longLogRunId: string;
  /** The run graph benchmarks beside the 1,000-task v2 run: 300 tasks v2, 300 and 1,000 tasks v1. */
  readonly wideRuns: readonly { readonly runId: string; readonly displayName: string }[];
  /** Runs of a 10-artifact pipeline in alice's namespace: 5,000 artifacts in ML Metadata. */
  readonly artifactLoadRuns: number;
}

/** The run graph benchmarks: display name, pipeline file, pipeline display name. */
const WIDE_RUNS = [
  {
    run: 'Wide fan-out (300 tasks)',
    name: 'wide-fan-out-300',
    pipeline: 'Wide fan-out (300 tasks)',
    yaml: () => widePipelineYaml(10, 20, 100),
  },
  {
    run: 'Wide fan-out v1 (300 tasks)',
    name: 'wide-fan-out-v1-300',
    pipeline: 'Wide fan-out v1 (300 tasks)',
    yaml: () => wideV1PipelineYaml(15, 20),
  },
  {
    run: 'Wide fan-out v1 (1,000 tasks)',
    name: 'wide-fan-out-v1-1000',
    pipeline: 'Wide fan-out v1 (1,000 tasks)',
    yaml: () => wideV1PipelineYaml(25, 40),
  },
] as const;

/**
 * The benchmark data on top of the default profile: `runCount` runs in one experiment (spread over
 * the last 30 days), a run of a ~1,000-task pipeline, a run whose task logs 100,000 lines, and
 * `artifactRuns` runs of a v2 pipeline that writes 10 artifacts each (5,000 in ML Metadata).
 */
export async function seedLarge(
  ctx: SeedContext,
  dataHandling: UploadedPipeline,
  runCount = 10_000,
  artifactRuns = 500,
): Promise<LargeData> {
  at(ctx, 31 * day);
  const experimentId = await createExperiment(
    ctx,
    'alice',
    'Load test',
    `${runCount} runs of the data handling pipeline.`,
  );
  const runs = Array.from({ length: runCount }, (_, i) => ({
    experimentId,
    pipelineId: dataHandling.pipelineId,
    pipelineVersionId: dataHandling.versionId,
    displayName: `Load test ${String(i + 1).padStart(5, '0')}`,
    parameters: { a: (i % 97) + 1, b: (i % 13) + 1 },
    createdAt: new Date(ctx.start - 30 * day + Math.floor((i * 30 * day) / runCount)),
  }));
  if (ctx.bulkRuns) ctx.bulkRuns(runs);
  else {
    for (const run of runs) {
      at(ctx, ctx.start - run.createdAt.getTime());
      await createRun(ctx, {
        user: 'alice',
        experimentId,
        pipeline: dataHandling,
        displayName: run.displayName,
        parameters: run.parameters,
      });
    }
  }

  at(ctx, 2 * day);
  const benchmarks = await createExperiment(
    ctx,
    'alice',
    'Benchmarks',
    'A 1,000-task run and a 100,000-line log.',
  );
  const wide = await uploadPipeline(
    ctx,
    null,
    { name: 'wide-fan-out.yaml', content: widePipelineYaml() },
    {
      name: 'wide-fan-out',
      displayName: 'Wide fan-out (1,000 tasks)',
      description: 'Benchmark pipeline.',
      namespace: '',
    },
  );
  const longLog = await uploadPipeline(
    ctx,
    null,
    { name: 'long-log.yaml', content: longLogPipelineYaml() },
    {
      name: 'long-log',
      displayName: 'Long log (100,000 lines)',
      description: 'Benchmark pipeline.',
      namespace: '',
    },
  );
  at(ctx, day);
  const wideRunId = await createRun(ctx, {
    user: 'alice',
    experimentId: benchmarks,
    pipeline: wide,
    displayName: 'Wide fan-out',
  });
  const longLogRunId = await createRun(ctx, {
    user: 'alice',
    experimentId: benchmarks,
    pipeline: longLog,
    displayName: 'Long log',
  });
  const wideRuns: { runId: string; displayName: string }[] = [];
  for (const wideRun of WIDE_RUNS) {
    const pipeline = await uploadPipeline(
      ctx,
      null,
      { name: `${wideRun.name}.yaml`, content: wideRun.yaml() },
      {
        name: wideRun.name,
        displayName: wideRun.pipeline,
        description: 'Benchmark pipeline.',
        namespace: '',
      },
    );
    const runId = await createRun(ctx, {
      user: 'alice',
      experimentId: benchmarks,
      pipeline,
      displayName: wideRun.run,
    });
    wideRuns.push({ runId, displayName: wideRun.run });
  }
  await seedArtifactLoad(ctx, artifactRuns);
  at(ctx, 0);
  return {
    loadTestExperimentId: experimentId,
    loadTestRuns: runCount,
    wideRunId,
    longLogRunId,
    wideRuns,
    artifactLoadRuns: artifactRuns,
  };
}

/** `count` runs of the artifact-load pipeline in alice's namespace, over the last two days. */
async function seedArtifactLoad(ctx: SeedContext, count: number): Promise<void> {
  at(ctx, 3 * day);
  const experimentId = await createExperiment(
    ctx,
    'alice',
    'Artifact load',
    `${count} runs that write 10 artifacts each.`,
  );
  const pipeline = await uploadPipeline(
    ctx,
    null,
    { name: 'artifact-load.yaml', content: artifactLoadPipelineYaml() },
    {
      name: 'artifact-load',
      displayName: 'Artifact load (10 artifacts a run)',
      description: 'Benchmark pipeline.',
      namespace: '',
    },
  );
  const runs = Array.from({ length: count }, (_, i) => ({
    experimentId,
    pipelineId: pipeline.pipelineId,
    pipelineVersionId: pipeline.versionId,
    displayName: `Artifact load ${String(i + 1).padStart(4, '0')}`,
    parameters: {},
    createdAt: new Date(ctx.start - 2 * day + Math.floor((i * day) / count)),
  }));
  if (ctx.bulkRuns) {
    ctx.bulkRuns(runs);
    return;
  }
  for (const run of runs) {
    at(ctx, ctx.start - run.createdAt.getTime());
    await createRun(ctx, {
      user: 'alice',
      experimentId,
      pipeline,
      displayName: run.displayName,
    });
  }
}
