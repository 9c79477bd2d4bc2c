import { randomUUID } from 'node:crypto';
import { alreadyExists, badRequest, notFound } from '../lib/errors.ts';
import type { PipelineRecord, VersionRecord } from './records.ts';
import type { Store } from './store.ts';
import type { JsonObject } from '../lib/json.ts';

export function getPipeline(store: Store, id: string): PipelineRecord {
  const pipeline = store.pipelines.get(id);
  if (!pipeline) throw notFound(`Failed to get pipeline: pipeline ${JSON.stringify(id)} not found`);
  return pipeline;
}

export function getVersion(store: Store, id: string): VersionRecord {
  const version = store.versions.get(id);
  if (!version)
    throw notFound(
      `Failed to get pipeline version: pipeline version ${JSON.stringify(id)} not found`,
    );
  return version;
}

export function versionsOf(store: Store, pipelineId: string): VersionRecord[] {
  return [...store.versions.values()].filter((v) => v.pipelineId === pipelineId);
}

/** The newest version (the pipeline's "default version"). */
export function latestVersion(store: Store, pipelineId: string): VersionRecord | undefined {
  return versionsOf(store, pipelineId).reduce<VersionRecord | undefined>(
    (latest, v) =>
      latest === undefined ||
      v.createdAtMs > latest.createdAtMs ||
      (v.createdAtMs === latest.createdAtMs && v.id > latest.id)
        ? v
        : latest,
    undefined,
  );
}

export interface NewPipeline {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly namespace: string;
  readonly tags: Readonly<Record<string, string>>;
}

export interface NewVersion {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly codeSourceUrl: string;
  readonly packageUrl: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly spec: JsonObject;
  readonly template: string;
}

const maxNameLength = 255;

function checkName(kind: string, name: string): void {
  if (name.trim() === '')
    throw badRequest(`${kind} name cannot be empty. Please specify a valid name`);
  if (name.length > maxNameLength)
    throw badRequest(`${kind} name is too long: at most ${maxNameLength} characters`);
}

/** Checks a new pipeline without storing it (so a failed upload changes nothing). */
export function checkNewPipeline(store: Store, input: NewPipeline): void {
  checkName('Pipeline', input.name);
  for (const p of store.pipelines.values()) {
    if (p.namespace === input.namespace && p.name === input.name) {
      throw alreadyExists(
        `Failed to create a pipeline: a pipeline named ${JSON.stringify(input.name)} already exists in ${input.namespace ? `namespace ${JSON.stringify(input.namespace)}` : 'the shared namespace'}`,
      );
    }
  }
}

export function checkNewVersion(
  store: Store,
  pipelineId: string,
  input: Pick<NewVersion, 'name'>,
): void {
  checkName('Pipeline version', input.name);
  if (versionsOf(store, pipelineId).some((v) => v.name === input.name)) {
    throw alreadyExists(
      `Failed to create a pipeline version: pipeline ${pipelineId} already has a version named ${JSON.stringify(input.name)}`,
    );
  }
}

export function createPipeline(store: Store, input: NewPipeline, now: Date): PipelineRecord {
  checkNewPipeline(store, input);
  const record: PipelineRecord = { id: randomUUID(), ...input, createdAtMs: now.getTime() };
  store.pipelines.put(record);
  return record;
}

export function createVersion(
  store: Store,
  pipelineId: string,
  input: NewVersion,
  now: Date,
): VersionRecord {
  getPipeline(store, pipelineId);
  checkNewVersion(store, pipelineId, input);
  const { spec, ...rest } = input;
  const record: VersionRecord = {
    id: randomUUID(),
    pipelineId,
    ...rest,
    specHash: store.putSpec(spec),
    createdAtMs: now.getTime(),
  };
  store.versions.put(record);
  return record;
}

/** A pipeline and its first version (named like the pipeline), atomically. */
export function createPipelineWithVersion(
  store: Store,
  pipeline: NewPipeline,
  version: NewVersion,
  now: Date,
): { pipeline: PipelineRecord; version: VersionRecord } {
  checkNewPipeline(store, pipeline);
  checkName('Pipeline version', version.name);
  return store.batch(() => {
    const p = createPipeline(store, pipeline, now);
    return { pipeline: p, version: createVersion(store, p.id, version, now) };
  });
}

/**
 * Without cascade a pipeline that still has versions is refused with InvalidArgument
 * (resource/resource_manager.go DeletePipeline) — so is every v1beta1 delete of a pipeline with versions.
 */
export function deletePipeline(store: Store, id: string, cascade: boolean): void {
  getPipeline(store, id);
  const versions = versionsOf(store, id);
  const latest = latestVersion(store, id);
  if (latest && !cascade) {
    throw badRequest(
      `Invalid input error: Failed to delete pipeline with id ${id} as it has existing pipeline versions (e.g. ${latest.id}). Set cascade=true to delete all versions`,
    );
  }
  store.batch(() => {
    for (const v of versions) store.versions.delete(v.id);
    store.pipelines.delete(id);
  });
}
