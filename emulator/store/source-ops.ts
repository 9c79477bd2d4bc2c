import { badRequest, notFound } from '../lib/errors.ts';
import { checkInlineSpec } from './pipeline-spec.ts';
import { getPipeline, getVersion, latestVersion } from './pipeline-ops.ts';
import type { PipelineRecord, PipelineSource } from './records.ts';
import { specHashOf, type Store } from './store.ts';
import type { JsonObject } from '../lib/json.ts';

/** The pipeline_source oneof of a Run or RecurringRun request. */
export interface SourceInput {
  readonly pipelineId: string;
  readonly pipelineVersionId: string;
  readonly hasReference: boolean;
  readonly spec?: JsonObject | undefined;
}

export interface ResolvedSource {
  readonly source: PipelineSource;
  readonly spec: JsonObject;
  /** The referenced pipeline (its namespace is checked against the run's). */
  readonly pipeline?: PipelineRecord;
}

/**
 * A version reference (a pipeline id alone means its latest version) or an inline spec; exactly one.
 */
export function resolveSource(store: Store, input: SourceInput, what: string): ResolvedSource {
  if (input.spec !== undefined) {
    const parsed = checkInlineSpec(input.spec);
    return { source: { kind: 'spec', specHash: specHashOf(parsed.spec) }, spec: parsed.spec };
  }
  if (!input.hasReference || (input.pipelineId === '' && input.pipelineVersionId === '')) {
    throw badRequest(
      `Failed to create a ${what}: a pipeline_version_reference or a pipeline_spec is required`,
    );
  }
  if (input.pipelineVersionId !== '') {
    const version = getVersion(store, input.pipelineVersionId);
    if (input.pipelineId !== '' && version.pipelineId !== input.pipelineId) {
      throw badRequest(
        `Failed to create a ${what}: pipeline version ${version.id} does not belong to pipeline ${input.pipelineId}`,
      );
    }
    return versionSource(store, version.pipelineId, version.id, version.specHash);
  }
  const latest = latestVersion(store, input.pipelineId);
  getPipeline(store, input.pipelineId);
  if (!latest)
    throw notFound(`Failed to create a ${what}: pipeline ${input.pipelineId} has no versions`);
  return versionSource(store, latest.pipelineId, latest.id, latest.specHash);
}

function versionSource(
  store: Store,
  pipelineId: string,
  pipelineVersionId: string,
  specHash: string,
): ResolvedSource {
  const spec = store.getSpec(specHash);
  if (!spec) throw notFound(`The spec of pipeline version ${pipelineVersionId} is missing`);
  return {
    source: { kind: 'version', pipelineId, pipelineVersionId, specHash },
    spec,
    pipeline: getPipeline(store, pipelineId),
  };
}
