import { describeError, ApiError } from '@/lib/kfp/errors.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { outputTasks } from '@/lib/mlmd/run-views.ts';
import type { RunMetadata } from '@/lib/mlmd/types.ts';
import { paths } from '@/lib/paths.ts';
import type { CompareColumn, ReadyColumn } from '../components/compare-column.ts';
import { withDefaults } from '../model/parameter-diff.ts';
import { v1OutputNodes, v2OutputTasks, type RunOutput } from '../model/run-outputs.ts';
import type { CompareSources } from './compare-sources.ts';

/** A loaded run with what the metrics and visualizations need. */
export interface LoadedRun {
  readonly column: ReadyColumn;
  readonly run: Run;
  /** Tasks (v2) or pod nodes (v1) with outputs; undefined when the server answers no task outputs. */
  readonly outputs: readonly RunOutput[] | undefined;
  /** The outputs are still being read from ML Metadata. */
  readonly outputsPending: boolean;
  /** Why the outputs are missing when ML Metadata failed (else the server lists none). */
  readonly outputsError?: string | undefined;
}

export interface CompareRuns {
  /** One per requested id, in order: loading, failed or ready. */
  readonly columns: readonly CompareColumn[];
  /** The ready ones, in order. */
  readonly loaded: readonly LoadedRun[];
}

const unique = (values: readonly (string | undefined)[]) => [
  ...new Set(values.filter((value): value is string => value !== undefined && value !== '')),
];

const hasInlineSpec = (run: Run) =>
  run.pipeline_spec !== undefined && Object.keys(run.pipeline_spec).length > 0;

/** `pipeline · version`, or the pipeline alone when its version is named the same (the first upload). */
function pipelineLabel(pipeline: string, version: string | undefined): string {
  if (version === undefined) return `${pipeline} · latest version`;
  return version === pipeline ? pipeline : `${pipeline} · ${version}`;
}

function versionOf(run: Run): { pipelineId: string; versionId: string | undefined } | undefined {
  const reference = run.pipeline_version_reference;
  if (reference === undefined || reference.pipeline_id === '') return undefined;
  const versionId = reference.pipeline_version_id ?? run.pipeline_version_id;
  return { pipelineId: reference.pipeline_id, versionId: versionId === '' ? undefined : versionId };
}

/** Outputs of a v2 run from ML Metadata; undefined (not listed) when it could not be read. */
function mlmdOutputs(metadata: RunMetadata | null | undefined): RunOutput[] | undefined {
  if (metadata === undefined) return undefined;
  if (metadata === null) return [];
  return outputTasks(metadata).map((task) => ({
    kind: 'v2',
    taskId: task.executionId,
    label: task.label,
    outputs: task.outputs,
  }));
}

/**
 * The runs of the comparison (polled while active, like the run page), their v1 workflows for kfp
 * 1.x runs, and the names of their experiments and pipeline versions: each run fails on its own.
 */
export function useCompareRuns(
  runIds: readonly string[],
  ns: string | undefined,
  sources: CompareSources,
): CompareRuns {
  const { facts } = sources;
  const runs = sources.useRuns(runIds);
  const loadedRuns = runs.map((query) => query.data);
  const versions = unique(
    loadedRuns.map((run) => {
      const version = run === undefined ? undefined : versionOf(run);
      return version?.versionId === undefined
        ? undefined
        : `${version.pipelineId}\n${version.versionId}`;
    }),
  );
  const versionResults = sources.useVersions(
    versions.map((key) => {
      const [pipelineId = '', versionId = ''] = key.split('\n');
      return { pipelineId, versionId };
    }),
  );
  const versionByKey = new Map(versions.map((key, index) => [key, versionResults[index]] as const));
  const pipelineIds = unique(
    loadedRuns.map((run) => (run === undefined ? undefined : versionOf(run)?.pipelineId)),
  );
  const pipelineResults = sources.usePipelines(pipelineIds);
  const pipelineNames = new Map(
    pipelineIds.map((id, index) => [id, pipelineResults[index]?.data?.display_name] as const),
  );

  const specOf = (run: Run): unknown => {
    if (hasInlineSpec(run)) return run.pipeline_spec;
    const version = versionOf(run);
    return version?.versionId === undefined
      ? undefined
      : versionByKey.get(`${version.pipelineId}\n${version.versionId}`)?.data?.pipeline_spec;
  };
  const v1Flags = loadedRuns.map((run) => run !== undefined && facts.isArgoWorkflow(specOf(run)));
  const v1Results = sources.useV1Runs(
    runIds.map((runId, index) => {
      const run = loadedRuns[index];
      return {
        runId,
        active: run !== undefined && facts.isActive(run),
        enabled: v1Flags[index] === true,
      };
    }),
  );
  // Released KFP: a v2 run's outputs are in ML Metadata (the same query as the run page's).
  const mlmdResults = sources.useRunMetadata(
    runIds.map((runId, index) => {
      const run = loadedRuns[index];
      const stamp = runs[index]?.dataUpdatedAt ?? 0;
      return {
        runId,
        stamp,
        enabled:
          run !== undefined &&
          sources.keepsMetadata(run) &&
          specOf(run) !== undefined &&
          v1Flags[index] !== true,
      };
    }),
  );
  const experimentIds = unique(
    loadedRuns.map((run, index) =>
      run === undefined ? undefined : facts.experimentIdOf(run, v1Results[index]?.data),
    ),
  );
  const experimentResults = sources.useExperiments(experimentIds);
  const experimentNames = new Map(
    experimentIds.map((id, index) => [id, experimentResults[index]?.data?.display_name] as const),
  );

  const columns: CompareColumn[] = [];
  const loaded: LoadedRun[] = [];
  runIds.forEach((runId, index) => {
    const query = runs[index];
    const v1Query = v1Results[index];
    if (query === undefined || query.isPending) {
      columns.push({ status: 'loading', runId });
      return;
    }
    if (query.isError) {
      const missing =
        query.error instanceof ApiError &&
        (query.error.status === 404 || query.error.status === 400);
      columns.push({
        status: 'error',
        runId,
        title: missing ? `Run ${runId} not found` : `Could not load run ${runId}`,
        message: missing
          ? 'It may have been deleted, or the id is wrong.'
          : describeError(query.error).message,
        ...(missing ? {} : { onRetry: () => void query.refetch() }),
      });
      return;
    }
    const run = query.data;
    const version = versionOf(run);
    const versionQuery =
      version?.versionId === undefined
        ? undefined
        : versionByKey.get(`${version.pipelineId}\n${version.versionId}`);
    if (versionQuery?.isPending === true && !hasInlineSpec(run)) {
      // Whether it is a kfp 1.x (Argo) run shows in its pipeline spec.
      columns.push({ status: 'loading', runId });
      return;
    }
    const isV1 = v1Flags[index] === true;
    if (isV1 && v1Query?.isError === true) {
      columns.push({
        status: 'error',
        runId,
        title: `Could not load the workflow of ${run.display_name || runId}`,
        message: describeError(v1Query.error).message,
        onRetry: () => void v1Query.refetch(),
      });
      return;
    }
    const v1 = isV1 ? v1Query?.data : undefined;
    if (isV1 && v1 === undefined) {
      columns.push({ status: 'loading', runId });
      return;
    }
    const mlmdQuery = mlmdResults[index];
    const experimentId = facts.experimentIdOf(run, v1);
    const declared = facts.declaredParameters(specOf(run));
    const versionName = versionQuery?.data?.display_name;
    const pipelineName =
      version === undefined ? '' : (pipelineNames.get(version.pipelineId) ?? version.pipelineId);
    const column: ReadyColumn = {
      status: 'ready',
      runId,
      name: run.display_name || runId,
      href: paths.run(runId, { ns }),
      state: run.state,
      duration: facts.duration(run.created_at, run.finished_at),
      experiment:
        experimentId === undefined
          ? undefined
          : {
              label: experimentNames.get(experimentId) ?? experimentId,
              href: paths.experiment(experimentId, { ns }),
            },
      pipeline:
        version === undefined
          ? undefined
          : {
              label: pipelineLabel(pipelineName, versionName ?? version.versionId),
              href: paths.pipeline(version.pipelineId, { ns, version: version.versionId }),
            },
      experimentId,
      pipelineId: version?.pipelineId,
      parameters: withDefaults(facts.parameters(run, v1), declared ?? []),
      declared: declared?.map((parameter) => parameter.name),
    };
    columns.push(column);
    const outputs =
      v1 !== undefined
        ? v1OutputNodes(v1.workflow_manifest)
        : run.tasks === undefined
          ? mlmdOutputs(mlmdQuery?.data)
          : v2OutputTasks(run.tasks);
    const outputsPending = !isV1 && run.tasks === undefined && mlmdQuery?.isLoading === true;
    const outputsError =
      !isV1 && run.tasks === undefined && mlmdQuery?.isError === true
        ? `ML Metadata could not be read: ${describeError(mlmdQuery.error).message}`
        : undefined;
    loaded.push({ column, run, outputs, outputsPending, outputsError });
  });
  return { columns, loaded };
}
