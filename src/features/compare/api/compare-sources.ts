import type { UseQueryResult } from '@tanstack/react-query';
import type { Experiment } from '@/lib/kfp/wire/experiment.ts';
import type { Pipeline, PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import type { V1RunDetail } from '@/lib/kfp/wire/v1-run.ts';
import type { RunMetadata } from '@/lib/mlmd/types.ts';
import type { CompareParameter, DeclaredParameter } from '../model/parameter-diff.ts';

/** One read (a query's result). */
export type Read<T> = UseQueryResult<T>;

/** A pipeline version by its pipeline. */
export interface VersionRef {
  readonly pipelineId: string;
  readonly versionId: string;
}

/**
 * The reads of the runs, pipelines, experiments and metadata features the comparison needs, passed
 * in by the route that composes them. Each `use…` is a hook (one result per request, in order): the
 * same queries as the run page and the lists, so their answers are shared. Pass one stable object.
 */
export interface CompareSources {
  /** The runs, polled while active like the run page. */
  readonly useRuns: (runIds: readonly string[]) => readonly Read<Run>[];
  readonly useVersions: (versions: readonly VersionRef[]) => readonly Read<PipelineVersion>[];
  readonly usePipelines: (pipelineIds: readonly string[]) => readonly Read<Pipeline>[];
  /** v1 (Argo) runs' v1beta1 reads, polled while `active`. */
  readonly useV1Runs: (
    requests: readonly { runId: string; active: boolean; enabled: boolean }[],
  ) => readonly Read<V1RunDetail>[];
  /** Released KFP: the runs' ML Metadata records, `stamp` being the run answer each goes with. */
  readonly useRunMetadata: (
    requests: readonly { runId: string; stamp: number; enabled: boolean }[],
  ) => readonly Read<RunMetadata | null>[];
  readonly useExperiments: (experimentIds: readonly string[]) => readonly Read<Experiment>[];
  /** Whether this server keeps a v2 run's outputs in ML Metadata, by the run's answer. */
  readonly keepsMetadata: (run: Run) => boolean;
  /** The runs feature's reading of a run. */
  readonly facts: {
    readonly isActive: (run: Run) => boolean;
    /** Whether the spec is a kfp 1.x (Argo) workflow. */
    readonly isArgoWorkflow: (spec: unknown) => boolean;
    readonly experimentIdOf: (run: Run, v1: V1RunDetail | undefined) => string | undefined;
    readonly parameters: (run: Run, v1: V1RunDetail | undefined) => CompareParameter[];
    /** The parameters a spec declares, with their defaults; undefined when it cannot be read. */
    readonly declaredParameters: (spec: unknown) => DeclaredParameter[] | undefined;
    readonly duration: (
      createdAt: string | undefined,
      finishedAt: string | undefined,
    ) => string | undefined;
  };
}
