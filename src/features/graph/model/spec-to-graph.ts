import { graphFromArgoWorkflow } from './from-argo-workflow.ts';
import { graphFromPipelineSpec } from './from-pipeline-spec.ts';
import { pipelineDocumentFromYaml, type YamlIssue } from './from-yaml.ts';
import { PipelineSpecError } from './graph-builder.ts';
import type { PipelineGraph } from './graph-model.ts';
import { detectPipelineSpec } from './parse-spec.ts';

export type GraphResult =
  | { readonly ok: true; readonly graph: PipelineGraph }
  /** `issues` holds YAML syntax errors with their positions, when that is what went wrong. */
  | { readonly ok: false; readonly error: string; readonly issues?: readonly YamlIssue[] };

/** Any parsed pipeline document (v2 IR, Argo Workflow, or the API's `{pipeline_spec, platform_spec}`) → graph. */
export function graphFromSpec(document: unknown): GraphResult {
  const detected = detectPipelineSpec(document);
  if (!detected.ok) return detected;
  const { spec } = detected;
  try {
    const graph =
      spec.kind === 'v2'
        ? graphFromPipelineSpec(spec.pipelineSpec, spec.platformSpec)
        : graphFromArgoWorkflow(spec.workflow);
    return { ok: true, graph };
  } catch (error) {
    if (error instanceof PipelineSpecError) return { ok: false, error: error.message };
    throw error;
  }
}

/** A pipeline file's text (YAML or JSON, as uploaded or as `templates` returns it) → graph. */
export function graphFromYaml(text: string): GraphResult {
  const parsed = pipelineDocumentFromYaml(text);
  if (parsed.ok) return graphFromSpec(parsed.value);
  const [first] = parsed.errors;
  const where =
    first && first.line > 0 ? `YAML error at line ${first.line}, column ${first.column}: ` : '';
  return {
    ok: false,
    error: `${where}${first?.message ?? 'The file is not valid YAML.'}`,
    issues: parsed.errors,
  };
}
