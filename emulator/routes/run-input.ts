import { badRequest } from '../lib/errors.ts';
import { checkNamespace, checkPipelineNamespace } from '../http/access.ts';
import type { AppContext, RouteDeps } from '../http/env.ts';
import { has, msg, str, struct, type ParsedMessage } from '../lib/proto-json.ts';
import { ensureDefaultExperiment, getExperiment } from '../store/experiment-ops.ts';
import { checkParameters } from '../store/parameters.ts';
import type { ExperimentRecord } from '../store/records.ts';
import { resolveSource, type ResolvedSource } from '../store/source-ops.ts';

export interface ExperimentChoice {
  readonly namespace: string;
  /** The experiment; the single-user "Default" one is only created here, once the request is valid. */
  readonly commit: () => ExperimentRecord;
}

/** The experiment of a new run or recurring run, and so its namespace (KFP GetValidExperimentNamespacePair). */
export function experimentOfNew(
  c: AppContext,
  deps: RouteDeps,
  experimentId: string,
  namespace: string,
  what: string,
): ExperimentChoice {
  if (experimentId === '') {
    if (deps.multiUser)
      throw badRequest(
        `Failed to create a ${what}: Experiment id can not be empty in multi-user mode`,
      );
    return { namespace: '', commit: () => ensureDefaultExperiment(deps.store, '', deps.now()) };
  }
  const experiment = getExperiment(deps.store, experimentId);
  if (deps.multiUser && namespace !== '' && namespace !== experiment.namespace) {
    throw badRequest(
      `Failed to create a ${what}: Experiment ${experimentId} belongs to namespace '${experiment.namespace}' instead of '${namespace}'`,
    );
  }
  checkNamespace(c, experiment.namespace, 'create', what === 'run' ? 'runs' : 'recurringruns');
  return { namespace: experiment.namespace, commit: () => experiment };
}

/** The pipeline_source oneof of a Run or RecurringRun body, resolved; a private pipeline must be the run's own. */
export function sourceOfNew(
  c: AppContext,
  deps: RouteDeps,
  body: ParsedMessage,
  namespace: string,
  what: string,
): ResolvedSource {
  const ref = msg(body, 'pipeline_version_reference');
  const deprecatedVersion = str(body, 'pipeline_version_id');
  const resolved = resolveSource(
    deps.store,
    {
      pipelineId: str(ref, 'pipeline_id'),
      pipelineVersionId: str(ref, 'pipeline_version_id') || deprecatedVersion,
      hasReference: has(body, 'pipeline_version_reference') || deprecatedVersion !== '',
      spec: struct(body, 'pipeline_spec'),
    },
    what,
  );
  const pipeline = resolved.pipeline;
  if (pipeline && pipeline.namespace !== '') {
    checkPipelineNamespace(c, pipeline.namespace, 'get');
    if (deps.multiUser && pipeline.namespace !== namespace) {
      throw badRequest(
        `Failed to create a ${what}: pipeline ${pipeline.id} belongs to namespace '${pipeline.namespace}', not '${namespace}'`,
      );
    }
  }
  return resolved;
}

/** runtime_config.parameters (native JSON values), checked against the spec's inputs. */
export function parametersOfNew(body: ParsedMessage, resolved: ResolvedSource) {
  const config = msg(body, 'runtime_config');
  const parameters = struct(config, 'parameters') ?? {};
  checkParameters(resolved.spec, parameters);
  return { parameters, pipelineRoot: str(config, 'pipeline_root') };
}

/** The service account a run gets when none is given (KFP's default runner account per mode). */
export function serviceAccountOf(deps: RouteDeps, given: string): string {
  return given || (deps.multiUser ? 'default-editor' : 'pipeline-runner');
}
