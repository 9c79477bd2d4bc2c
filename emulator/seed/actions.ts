import { query, request, SeedError, stringOf, type SeedCall, type SeedUser } from './api.ts';

/** Sets the API's clock for what the seed creates next (undefined = real time). */
export interface SeedClock {
  set(at: Date | undefined): void;
}

/** A run the large profile creates in bulk. */
export interface BulkRun {
  readonly experimentId: string;
  readonly pipelineId: string;
  readonly pipelineVersionId: string;
  readonly displayName: string;
  readonly parameters: { readonly [key: string]: string | number };
  readonly createdAt: Date;
}

/** Creates many runs at once (ids in order); without one, the seed creates them one by one through the API. */
export type BulkRunCreator = (runs: readonly BulkRun[]) => string[];

export interface SeedContext {
  readonly call: SeedCall;
  readonly multiUser: boolean;
  /** Real time when seeding started; `ago` offsets count back from it. */
  readonly start: number;
  readonly clock: SeedClock | undefined;
  readonly bulkRuns: BulkRunCreator | undefined;
}

/** The profile namespace of a user ('' in single-user mode). */
export const namespaceOf = (ctx: SeedContext, user: 'alice' | 'bob'): string =>
  ctx.multiUser ? `kubeflow-${user}` : '';

/** Creates what follows `agoMs` before the seed started (needs a clock; without one, now). */
export function at(ctx: SeedContext, agoMs: number): void {
  ctx.clock?.set(agoMs <= 0 ? undefined : new Date(ctx.start - agoMs));
}

export interface UploadedPipeline {
  readonly pipelineId: string;
  readonly versionId: string;
}

function fileForm(fileName: string, content: string): FormData {
  const form = new FormData();
  form.append('uploadfile', new File([content], fileName, { type: 'application/x-yaml' }));
  return form;
}

async function latestVersion(
  ctx: SeedContext,
  user: SeedUser,
  pipelineId: string,
): Promise<string> {
  const list = await request(
    ctx.call,
    user,
    'GET',
    `/apis/v2beta1/pipelines/${pipelineId}/versions?${query({ sort_by: 'created_at desc', page_size: '1' })}`,
  );
  const versions: unknown = list.pipeline_versions;
  const first: unknown = Array.isArray(versions) ? versions[0] : undefined;
  const id =
    typeof first === 'object' && first !== null && 'pipeline_version_id' in first
      ? first.pipeline_version_id
      : undefined;
  if (typeof id !== 'string') throw new SeedError(`pipeline ${pipelineId} has no version`);
  return id;
}

/** `POST /apis/v2beta1/pipelines/upload` (multipart `uploadfile`), shared when `namespace` is ''. */
export async function uploadPipeline(
  ctx: SeedContext,
  user: SeedUser,
  file: { name: string; content: string },
  meta: { name: string; displayName: string; description: string; namespace: string },
): Promise<UploadedPipeline> {
  const params: Record<string, string> = {
    name: meta.name,
    display_name: meta.displayName,
    description: meta.description,
  };
  if (meta.namespace !== '') params.namespace = meta.namespace;
  const pipeline = await request(
    ctx.call,
    user,
    'POST',
    `/apis/v2beta1/pipelines/upload?${query(params)}`,
    fileForm(file.name, file.content),
  );
  const pipelineId = stringOf(pipeline, 'pipeline_id');
  return { pipelineId, versionId: await latestVersion(ctx, user, pipelineId) };
}

/** `POST /apis/v2beta1/pipelines/upload_version`. */
export async function uploadVersion(
  ctx: SeedContext,
  user: SeedUser,
  pipelineId: string,
  file: { name: string; content: string },
  meta: { name: string; description: string },
): Promise<string> {
  const version = await request(
    ctx.call,
    user,
    'POST',
    `/apis/v2beta1/pipelines/upload_version?${query({ pipelineid: pipelineId, name: meta.name, description: meta.description })}`,
    fileForm(file.name, file.content),
  );
  return stringOf(version, 'pipeline_version_id');
}

export async function createExperiment(
  ctx: SeedContext,
  user: 'alice' | 'bob',
  displayName: string,
  description: string,
): Promise<string> {
  const experiment = await request(ctx.call, user, 'POST', '/apis/v2beta1/experiments', {
    display_name: displayName,
    description,
    namespace: namespaceOf(ctx, user),
  });
  return stringOf(experiment, 'experiment_id');
}

export interface NewRun {
  readonly user: 'alice' | 'bob';
  readonly experimentId: string;
  readonly pipeline: UploadedPipeline;
  readonly displayName: string;
  readonly description?: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
}

export async function createRun(ctx: SeedContext, run: NewRun): Promise<string> {
  const created = await request(ctx.call, run.user, 'POST', '/apis/v2beta1/runs', {
    display_name: run.displayName,
    description: run.description ?? '',
    experiment_id: run.experimentId,
    pipeline_version_reference: {
      pipeline_id: run.pipeline.pipelineId,
      pipeline_version_id: run.pipeline.versionId,
    },
    runtime_config: { parameters: run.parameters ?? {} },
  });
  return stringOf(created, 'run_id');
}

/** Whether the run is still pending or running (its state as the API answers it now). */
export async function isActive(
  ctx: SeedContext,
  user: 'alice' | 'bob',
  runId: string,
): Promise<boolean> {
  const run = await request(ctx.call, user, 'GET', `/apis/v2beta1/runs/${runId}`);
  return run.state === 'PENDING' || run.state === 'RUNNING';
}

/** `POST /apis/v2beta1/{runs|experiments}/{id}:{verb}`. */
export async function act(
  ctx: SeedContext,
  user: 'alice' | 'bob',
  collection: 'runs' | 'experiments',
  id: string,
  verb: 'terminate' | 'archive' | 'retry',
): Promise<void> {
  await request(ctx.call, user, 'POST', `/apis/v2beta1/${collection}/${id}:${verb}`, {});
}

export interface NewRecurringRun {
  readonly user: 'alice' | 'bob';
  readonly experimentId: string;
  readonly pipelineId: string;
  readonly displayName: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly trigger:
    | { readonly cron_schedule: { readonly cron: string } }
    | { readonly periodic_schedule: { readonly interval_second: string } };
  readonly enabled: boolean;
}

/** A recurring run that always uses the pipeline's latest version (a reference with only pipeline_id). */
export async function createRecurringRun(ctx: SeedContext, job: NewRecurringRun): Promise<string> {
  const created = await request(ctx.call, job.user, 'POST', '/apis/v2beta1/recurringruns', {
    display_name: job.displayName,
    description: job.description,
    experiment_id: job.experimentId,
    pipeline_version_reference: { pipeline_id: job.pipelineId },
    runtime_config: { parameters: job.parameters },
    trigger: job.trigger,
    max_concurrency: '1',
    mode: job.enabled ? 'ENABLE' : 'DISABLE',
    no_catchup: true,
  });
  return stringOf(created, 'recurring_run_id');
}
