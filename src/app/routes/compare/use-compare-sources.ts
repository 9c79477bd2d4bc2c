import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CompareSources, MetricsSources, VisualsSources } from '@/features/compare';
import { experimentDetailQueries } from '@/features/experiments/api/experiment-detail-queries.ts';
import { metadataQueries, runApiOf } from '@/features/metadata';
import { pipelineDetailQueries } from '@/features/pipelines/api/pipeline-detail-queries.ts';
import { runDetailQueries } from '@/features/runs/api/run-detail.ts';
import { runDuration } from '@/lib/duration.ts';
import {
  experimentIdOf,
  isActiveRunState,
  isArgoWorkflow,
  runParameters,
} from '@/features/runs/model/run-detail.ts';
import { parametersFromSpec } from '@/features/runs/model/run-parameters.ts';
import { defaultText } from '@/features/runs/model/run-parameters-values.ts';
import {
  artifactsFromTaskOutputs,
  hasV2Visualizations,
  limits,
  metricsFromJson,
  readV1ArtifactText,
  viewerFor,
  viewerQueries,
  visualizationsFromV2Artifacts,
  type ViewerConfig,
} from '@/features/visualizations';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';

/** The parameters the run's pipeline declares, with their defaults (undefined when the spec is not known). */
function declaredParameters(spec: unknown) {
  if (spec === undefined) return undefined;
  const found = parametersFromSpec(spec);
  return found.ok
    ? found.fields.map((field) => ({
        name: field.name,
        defaultValue: field.hasDefault ? defaultText(field) : undefined,
      }))
    : undefined;
}

/** The comparison's reads: the runs, pipelines, experiments and metadata features' own queries. */
const compareSources: CompareSources = {
  useRuns: (runIds) => {
    const queries = runDetailQueries(useKfpClient());
    return useQueries({ queries: runIds.map((id) => ({ ...queries.run(id), retry: false })) });
  },
  useVersions: (versions) => {
    const queries = pipelineDetailQueries(useKfpClient());
    return useQueries({
      queries: versions.map(({ pipelineId, versionId }) => ({
        ...queries.version(pipelineId, versionId),
        staleTime: Number.POSITIVE_INFINITY,
      })),
    });
  },
  usePipelines: (pipelineIds) => {
    const queries = pipelineDetailQueries(useKfpClient());
    return useQueries({
      queries: pipelineIds.map((id) => ({ ...queries.pipeline(id), staleTime: 5 * 60_000 })),
    });
  },
  useV1Runs: (requests) => {
    const queries = runDetailQueries(useKfpClient());
    return useQueries({
      queries: requests.map(({ runId, active, enabled }) => ({
        ...queries.v1(runId, active),
        enabled,
      })),
    });
  },
  useRunMetadata: (requests) => {
    const queries = metadataQueries(useKfpClient());
    return useQueries({
      queries: requests.map(({ runId, stamp, enabled }) => ({
        ...queries.run(runId, stamp),
        enabled,
      })),
    });
  },
  useExperiments: (experimentIds) => {
    const queries = experimentDetailQueries(useKfpClient());
    return useQueries({ queries: experimentIds.map((id) => queries.experiment(id)) });
  },
  keepsMetadata: (run) => runApiOf(run) === 'mlmd',
  facts: {
    isActive: (run) => isActiveRunState(run.state),
    isArgoWorkflow,
    experimentIdOf,
    parameters: runParameters,
    declaredParameters,
    duration: runDuration,
  },
};

const visualsSources: VisualsSources<ViewerConfig> = {
  hasV2Visuals: hasV2Visualizations,
  useVisuals: (targets, namespace) => {
    const q = viewerQueries(useKfpClient());
    return useQueries({
      queries: targets.map((target) =>
        target.kind === 'v1'
          ? q.v1({ runId: target.runId, nodeId: target.nodeId, namespace })
          : q.v2({
              runId: target.runId,
              taskId: target.taskId,
              namespace,
              outputs: target.outputs,
            }),
      ),
    });
  },
  defaultTitle: (config) => viewerFor(config).title,
};

function metricsSources(client: KfpClient): MetricsSources {
  return {
    v2Metrics: (outputs) =>
      visualizationsFromV2Artifacts(artifactsFromTaskOutputs(outputs)).configs.flatMap((config) =>
        config.type === 'metrics' ? [{ title: config.title, scalars: config.scalars }] : [],
      ),
    readV1Metrics: async (runId, nodeId, signal) => {
      const text = await readV1ArtifactText(
        client,
        runId,
        nodeId,
        'mlpipeline-metrics',
        limits.METRICS_JSON_BYTES,
        signal,
      );
      return metricsFromJson(text).scalars;
    },
  };
}

/** What the compare feature's hooks read through the other features. */
export function useCompareSources() {
  const client = useKfpClient();
  const metrics = useMemo(() => metricsSources(client), [client]);
  return { compare: compareSources, visuals: visualsSources, metrics };
}
