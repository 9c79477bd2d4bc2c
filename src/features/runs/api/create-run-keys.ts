import { runKeys } from './run-keys.ts';

/** Query keys of the start-run form: pickers and the things a clone starts from. */
export const createRunKeys = {
  all: () => [...runKeys.all, 'form'] as const,
  pipelines: (namespace: string | undefined, search: string) =>
    [...createRunKeys.all(), 'pipelines', namespace ?? '', search] as const,
  pipeline: (pipelineId: string) => [...createRunKeys.all(), 'pipeline', pipelineId] as const,
  versions: (pipelineId: string, search: string) =>
    [...createRunKeys.all(), 'versions', pipelineId, search] as const,
  version: (pipelineId: string, versionId: string) =>
    [...createRunKeys.all(), 'version', pipelineId, versionId] as const,
  latestVersion: (pipelineId: string) =>
    [...createRunKeys.all(), 'latest-version', pipelineId] as const,
  experimentLists: (namespace: string | undefined) =>
    [...createRunKeys.all(), 'experiments', namespace ?? ''] as const,
  experiments: (namespace: string | undefined, search: string) =>
    [...createRunKeys.experimentLists(namespace), search] as const,
  experiment: (experimentId: string) =>
    [...createRunKeys.all(), 'experiment', experimentId] as const,
  recurringRun: (recurringRunId: string) =>
    [...createRunKeys.all(), 'recurring-run', recurringRunId] as const,
};
