import { checkPipelineNamespace } from '../http/access.ts';
import { ApiError, GrpcCode, badRequest } from '../lib/errors.ts';
import type { AppContext, RouteDeps } from '../http/env.ts';
import { list, msg, str, struct, type ParsedMessage } from '../lib/proto-json.ts';
import { checkParameters } from '../store/parameters.ts';
import { resolveSource, type ResolvedSource } from '../store/source-ops.ts';
import { experimentOfNew, type ExperimentChoice } from './run-input.ts';
import { referenceId, referencesOf } from './v1-references.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

/**
 * A v1beta1 Run or Job body (api.Run / api.Job) → what the shared store ops need, after toModelRun
 * and toModelJob in backend/src/apiserver/server/api_converter.go: the experiment and namespace
 * from the EXPERIMENT and NAMESPACE references, the pipeline from `pipeline_spec.workflow_manifest`
 * (an Argo workflow as a JSON string), `pipeline_spec.pipeline_manifest` (a v2 spec), a
 * PIPELINE_VERSION reference, or `pipeline_spec.pipeline_id` / a PIPELINE reference (its latest
 * version); parameters as `pipeline_spec.parameters` [{name, value}] (strings) or, for a v2 spec,
 * `pipeline_spec.runtime_config`.
 */
export interface V1RunInput {
  readonly name: string;
  readonly experiment: ExperimentChoice;
  readonly resolved: ResolvedSource;
  readonly parameters: JsonObject;
  readonly pipelineRoot: string;
  /** A PIPELINE_VERSION reference named the version (else a pipeline means its latest version). */
  readonly versionPinned: boolean;
}

function manifest(text: string, field: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badRequest(`Invalid input error: failed to parse pipeline_spec.${field}: ${reason}`);
  }
  if (!isJsonObject(parsed))
    throw badRequest(`Invalid input error: pipeline_spec.${field} is not a JSON object`);
  return parsed;
}

function isMessage(value: unknown): value is ParsedMessage {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function v1RunInput(
  c: AppContext,
  deps: RouteDeps,
  body: ParsedMessage,
  what: 'run' | 'recurring run',
): V1RunInput {
  const spec = msg(body, 'pipeline_spec');
  const refs = referencesOf(body);
  const name = str(body, 'name') || str(spec, 'pipeline_name');
  if (name === '') {
    // toModelRun wraps this as an internal error (the conversion fails before any validation).
    throw new ApiError(
      GrpcCode.Internal,
      `Failed to convert a v1beta1 API ${what === 'run' ? 'run detail' : 'job'} to its internal representation: Invalid input error: ${what === 'run' ? 'Run' : 'Job'} name cannot be empty`,
    );
  }
  const experiment = experimentOfNew(
    c,
    deps,
    referenceId(refs, 'EXPERIMENT'),
    referenceId(refs, 'NAMESPACE'),
    what,
  );
  const workflow = str(spec, 'workflow_manifest');
  const pipelineManifest = str(spec, 'pipeline_manifest');
  const inline =
    workflow !== ''
      ? manifest(workflow, 'workflow_manifest')
      : pipelineManifest !== ''
        ? manifest(pipelineManifest, 'pipeline_manifest')
        : undefined;
  const versionId = referenceId(refs, 'PIPELINE_VERSION');
  const pipelineId = str(spec, 'pipeline_id') || referenceId(refs, 'PIPELINE');
  const resolved = resolveSource(
    deps.store,
    {
      pipelineId: inline ? '' : pipelineId,
      pipelineVersionId: inline ? '' : versionId,
      hasReference: versionId !== '' || pipelineId !== '',
      spec: inline,
    },
    what,
  );
  const pipeline = resolved.pipeline;
  if (pipeline && pipeline.namespace !== '') {
    checkPipelineNamespace(c, pipeline.namespace, 'get');
    if (deps.multiUser && pipeline.namespace !== experiment.namespace)
      throw badRequest(
        `Failed to create a ${what}: pipeline ${pipeline.id} belongs to namespace '${pipeline.namespace}', not '${experiment.namespace}'`,
      );
  }
  const parameters: JsonObject = {};
  for (const p of list(spec, 'parameters'))
    if (isMessage(p)) parameters[str(p, 'name')] = str(p, 'value');
  const config = msg(spec, 'runtime_config');
  Object.assign(parameters, struct(config, 'parameters') ?? {});
  checkParameters(resolved.spec, parameters);
  return {
    name,
    experiment,
    resolved,
    parameters,
    pipelineRoot: str(config, 'pipeline_root'),
    versionPinned: !inline && versionId !== '',
  };
}
