import { CORE_SCHEMA, loadAll } from 'js-yaml';
import { stringify } from 'yaml';
import { ApiError, badRequest } from '../lib/errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';

/**
 * A pipeline file (YAML or JSON text) → `PipelineVersion.pipeline_spec`, following the real server
 * (backend/src/apiserver/template): a KFP v2 IR spec (`pipelineInfo.name` and `root`) or an Argo
 * `Workflow` (kfp 1.x SDK). A second YAML document holding a Kubernetes platform spec
 * (`platforms`) turns the answer into `{pipeline_spec, platform_spec}`.
 */
export type PipelineKind = 'v2' | 'argo';

export interface ParsedPipeline {
  readonly kind: PipelineKind;
  readonly spec: JsonObject;
}

/**
 * go-yaml's guard against alias bombs (yaml.v2/v3 decode.go, `allowedAliasRatio`), which the server's YAML reader
 * applies: once more than 100 aliases and 1,000 nodes were decoded, aliases may be at most 99% of the nodes up to
 * 400,000 nodes, falling to 10% at 4,000,000.
 */
function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}

/** Nodes a file may hold once its aliases are expanded, and in all (a 32 MB file of one-character items). */
export const maxExpandedNodes = 1_000_000;
export const maxNodes = 8_000_000;

const excessiveAliasing = () => invalidSpec('yaml: document contains excessive aliasing');

/**
 * js-yaml's result as plain JSON. An alias is the same object met again: each meeting is counted as go-yaml
 * counts a decoded alias, so a few hundred bytes of nested aliases stop at the ratio instead of expanding to
 * millions of nodes.
 */
function toJson(root: unknown): JsonValue {
  const seen = new Set<object>();
  let decoded = 0;
  let aliases = 0;
  const convert = (value: unknown): JsonValue => {
    decoded++;
    if (value === null || value === undefined) return null;
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'bigint') return Number(value);
    if (typeof value !== 'object') return null;
    if (seen.has(value)) aliases++;
    else seen.add(value);
    if (aliases > 100 && decoded > 1000 && aliases / decoded > allowedAliasRatio(decoded))
      throw excessiveAliasing();
    // Stricter than go-yaml: what aliases expand to is stored and answered, so it is bounded outright.
    if (aliases > 0 && decoded > maxExpandedNodes) throw excessiveAliasing();
    if (decoded > maxNodes) throw invalidSpec(`the document has more than ${maxNodes} nodes`);
    if (Array.isArray(value)) return value.map(convert);
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = convert(v);
    return out;
  };
  return convert(root);
}

export function isArgoWorkflow(doc: JsonValue | undefined): boolean {
  return isJsonObject(doc) && doc.apiVersion === 'argoproj.io/v1alpha1' && doc.kind === 'Workflow';
}

export function isPipelineSpec(doc: JsonValue | undefined): boolean {
  const info = isJsonObject(doc) ? doc.pipelineInfo : undefined;
  return (
    isJsonObject(doc) &&
    isJsonObject(info) &&
    typeof info.name === 'string' &&
    info.name !== '' &&
    isJsonObject(doc.root)
  );
}

const invalidSpec = (reason: string) =>
  badRequest(`Failed to read a pipeline spec file: ${reason}`);

/**
 * YAML is read like the server's go-yaml (a libyaml port) does: js-yaml, also a libyaml port, with
 * the core schema. The stricter `yaml` package refuses files the KFP SDK writes (PyYAML puts the
 * continuation lines of a long double-quoted string at the indentation of its `-`), which KFP accepts.
 */
function loadDocuments(text: string): JsonValue[] {
  try {
    return loadAll(text, undefined, { schema: CORE_SCHEMA, json: true }).map(toJson);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw invalidSpec(`invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * KFP only runs IR schema 2.1.0: backend/src/apiserver/template/v2_template.go refuses any other
 * `schemaVersion` (a missing one included) with this text.
 */
function checkSchemaVersion(ir: JsonObject): void {
  const version = typeof ir.schemaVersion === 'string' ? ir.schemaVersion : '';
  if (version !== '2.1.0') {
    throw badRequest(
      `Failed to read a pipeline spec file: InvalidInputError: KFP only supports schema version 2.1.0, but the pipeline spec has version ${version}: pipeline spec is invalid`,
    );
  }
}

/** Parses the text of a pipeline file; anything that is not a KFP pipeline is InvalidArgument. */
export function parsePipelineText(text: string): ParsedPipeline {
  const values = loadDocuments(text).filter((value) => value !== null);
  const [first, ...rest] = values;
  if (first === undefined) throw invalidSpec('the file is empty');
  if (!isJsonObject(first)) throw invalidSpec('the file does not hold a YAML mapping');
  if (isArgoWorkflow(first)) {
    if (rest.length > 0)
      throw invalidSpec('an Argo Workflow file must hold exactly one YAML document');
    return { kind: 'argo', spec: first };
  }
  if (!isPipelineSpec(first)) {
    throw invalidSpec(
      'unknown template format: expected a KFP v2 pipeline spec (pipelineInfo.name and root) or an Argo Workflow (apiVersion argoproj.io/v1alpha1, kind Workflow)',
    );
  }
  checkSchemaVersion(first);
  if (rest.length === 0) return { kind: 'v2', spec: first };
  const [platform, ...more] = rest;
  if (more.length > 0 || !isJsonObject(platform) || !isJsonObject(platform.platforms)) {
    throw invalidSpec('the second YAML document must be a platform spec (platforms)');
  }
  return { kind: 'v2', spec: { pipeline_spec: first, platform_spec: platform } };
}

/** A spec given inline (JSON) as YAML text, for the v1beta1 templates calls. */
export function specToYaml(spec: JsonObject): string {
  const { pipeline_spec: ir, platform_spec: platform } = spec;
  if (isJsonObject(ir) && isJsonObject(platform))
    return `${stringify(ir)}---\n${stringify(platform)}`;
  return stringify(spec);
}

/** Validates an inline pipeline_spec (CreateRun, CreatePipelineVersion) the way an uploaded file is. */
export function checkInlineSpec(spec: JsonObject): ParsedPipeline {
  if (isArgoWorkflow(spec)) return { kind: 'argo', spec };
  if (isPipelineSpec(spec)) {
    checkSchemaVersion(spec);
    return { kind: 'v2', spec };
  }
  const ir = spec.pipeline_spec;
  if (isJsonObject(ir) && isPipelineSpec(ir) && isJsonObject(spec.platform_spec)) {
    checkSchemaVersion(ir);
    return { kind: 'v2', spec };
  }
  throw badRequest(
    'Invalid pipeline spec: expected a KFP v2 pipeline spec (pipelineInfo.name and root), a {pipeline_spec, platform_spec} pair, or an Argo Workflow',
  );
}
