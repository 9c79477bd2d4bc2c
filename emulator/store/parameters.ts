import { badRequest } from '../lib/errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';

/** The IR of a spec that may be a `{pipeline_spec, platform_spec}` pair. */
function irOf(spec: JsonObject): JsonObject | undefined {
  if (isJsonObject(spec.pipeline_spec)) return spec.pipeline_spec;
  return isJsonObject(spec.root) ? spec : undefined;
}

/**
 * The emulator's failure-injection convention: run parameters the simulator reads whatever the
 * pipeline declares. `fail_task` (a task, template or component name, or `*`) makes matching tasks
 * fail in the run's first attempt; `vanish_pods` (true) removes the pods' logs once the run ended;
 * `pending_task` (a name or `*`) keeps matching tasks' pods Pending on a GPU no node has;
 * `no_log_archive` (true): Argo archives none of the run's pod logs (`archiveLogs` off).
 * They are accepted without a declaration and echoed back as the run's parameters, like any other.
 */
export const failureInjectionParameters: ReadonlySet<string> = new Set([
  'fail_task',
  'vanish_pods',
  'pending_task',
  'no_log_archive',
]);

function typeMatches(type: string, value: JsonValue): boolean {
  switch (type) {
    case 'STRING':
      return typeof value === 'string';
    case 'NUMBER_INTEGER':
      return typeof value === 'number' && Number.isInteger(value);
    case 'NUMBER_DOUBLE':
      return typeof value === 'number';
    case 'BOOLEAN':
      return typeof value === 'boolean';
    case 'LIST':
      return Array.isArray(value);
    case 'STRUCT':
      return isJsonObject(value);
    default:
      return true;
  }
}

function checkV2(ir: JsonObject, parameters: JsonObject): void {
  const root = isJsonObject(ir.root) ? ir.root : {};
  const inputs = isJsonObject(root.inputDefinitions) ? root.inputDefinitions : {};
  const declared = isJsonObject(inputs.parameters) ? inputs.parameters : {};
  for (const [name, value] of Object.entries(parameters)) {
    const def = declared[name];
    if (!isJsonObject(def) && failureInjectionParameters.has(name)) continue;
    if (!isJsonObject(def))
      throw badRequest(
        `Failed to create a run: the pipeline has no input parameter named ${JSON.stringify(name)}`,
      );
    const type = typeof def.parameterType === 'string' ? def.parameterType : '';
    if (value !== null && !typeMatches(type, value)) {
      throw badRequest(
        `Failed to create a run: parameter ${JSON.stringify(name)} must be of type ${type}, got ${JSON.stringify(value)}`,
      );
    }
  }
  for (const [name, def] of Object.entries(declared)) {
    if (
      !isJsonObject(def) ||
      def.isOptional === true ||
      'defaultValue' in def ||
      name in parameters
    )
      continue;
    throw badRequest(
      `Failed to create a run: the required input parameter ${JSON.stringify(name)} has no value`,
    );
  }
}

function checkArgo(workflow: JsonObject, parameters: JsonObject): void {
  const spec = isJsonObject(workflow.spec) ? workflow.spec : {};
  const args = isJsonObject(spec.arguments) ? spec.arguments : {};
  const declared = Array.isArray(args.parameters) ? args.parameters : [];
  const names = new Set(
    declared.flatMap((p) => (isJsonObject(p) && typeof p.name === 'string' ? [p.name] : [])),
  );
  for (const [name, value] of Object.entries(parameters)) {
    if (!names.has(name) && failureInjectionParameters.has(name)) continue;
    if (!names.has(name))
      throw badRequest(`Failed to create a run: Unrecognized input parameter: ${name}`);
    if (typeof value === 'object' && value !== null) {
      throw badRequest(
        `Failed to create a run: parameter ${JSON.stringify(name)} of a v1 pipeline must be a string, number or boolean`,
      );
    }
  }
}

/**
 * Checks runtime_config.parameters against the spec: every name must be declared (but the
 * failure-injection parameters), values must have the declared type (v2 IR), and v2 inputs without
 * a default and not optional must be given.
 */
export function checkParameters(spec: JsonObject, parameters: JsonObject): void {
  if (spec.kind === 'Workflow') {
    checkArgo(spec, parameters);
    return;
  }
  const ir = irOf(spec);
  if (ir) checkV2(ir, parameters);
}

/** The root output directory of a v2 run: given, else the spec's default, else KFP's default bucket path. */
export function pipelineRootOf(spec: JsonObject, given: string): string {
  if (given !== '') return given;
  const ir = irOf(spec);
  if (ir && typeof ir.defaultPipelineRoot === 'string' && ir.defaultPipelineRoot !== '')
    return ir.defaultPipelineRoot;
  return 'minio://mlpipeline/v2/artifacts';
}
